package coop.faireavec.directory;

import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import java.io.StringReader;

/**
 * Checks opening hours written in OpenStreetMap's {@code opening_hours} syntax (the data·inclusion schema's
 * {@code horaires_accueil}), e.g. {@code Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off}, with the
 * OpeningHoursParser library (the parser of OSM editors such as Vespucci and JOSM) in its non-strict mode.
 */
public final class OpeningHours {

    private OpeningHours() {}

    /** Whether the text is valid {@code opening_hours}; null or blank is not. */
    public static boolean isValid(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            new OpeningHoursParser(new StringReader(text.strip())).rules(false);
            return true;
        } catch (OpeningHoursParseException | RuntimeException e) {
            return false;
        }
    }
}
