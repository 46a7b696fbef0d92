package coop.faireavec.people;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Faire-Avec speaks (messages.properties and messages_en.properties), and how each writes a date in
 * running text, e.g. in an e-mail: "lundi 2 mars 2026 à 14h30", "Monday 2 March 2026 at 14:30".
 */
public enum Language {

    FRENCH("fr", Locale.FRENCH, "EEEE d MMMM yyyy 'à' HH'h'mm", "d MMMM yyyy"),
    ENGLISH("en", Locale.ENGLISH, "EEEE d MMMM yyyy 'at' HH:mm", "d MMMM yyyy");

    /** When a person has not chosen: French. */
    public static final Language DEFAULT = FRENCH;

    private final String code;
    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    Language(String code, Locale locale, String dateTimePattern, String datePattern) {
        this.code = code;
        this.locale = locale;
        this.dateTime = DateTimeFormatter.ofPattern(dateTimePattern, locale);
        this.date = DateTimeFormatter.ofPattern(datePattern, locale);
    }

    /** The language with this code ("fr", "en"), if Faire-Avec speaks it; anything else is empty. */
    public static Optional<Language> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l.code.equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The stored code of a person's choice (null: not chosen), as a language; French when none or unknown. */
    public static Language orDefault(String code) {
        return fromCode(code).orElse(DEFAULT);
    }

    public String code() { return code; }
    public Locale locale() { return locale; }
    /** Day, date and time, e.g. "Monday 2 March 2026 at 14:30". */
    public DateTimeFormatter dateTime() { return dateTime; }
    /** A date, e.g. "2 March 2026". */
    public DateTimeFormatter date() { return date; }
}
