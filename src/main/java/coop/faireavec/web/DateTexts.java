package coop.faireavec.web;

import coop.faireavec.config.FaireAvecProperties;
import coop.faireavec.people.Language;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the pages show them, in the page's language ({@link Language}, which holds the patterns) and in
 * the platform's time zone ({@code faireavec.time-zone}, default Europe/Paris) whatever the server's own zone.
 * Templates call it as {@code ${@dates.date(x)}}, {@code ${@dates.dateTime(x)}}, {@code ${@dates.time(x)}},
 * {@code ${@dates.longDate(x)}}; no template writes a pattern of its own.
 *
 * <p>Each method takes a {@link LocalDate}, a {@link LocalDateTime} (a wall-clock time already in the platform's
 * zone, e.g. a meeting's start), a {@link LocalTime}, a moment ({@link Instant}, {@link ZonedDateTime},
 * {@link OffsetDateTime}, {@link Date}: converted to the platform's zone), or null (an empty text). It throws
 * {@link IllegalArgumentException} for anything else, and for a plain date asked with a time.
 */
@Component("dates")
public class DateTexts {

    private final ZoneId zone;

    /**
     * @param settings the platform's settings; its zone ({@code faireavec.time-zone}, e.g. {@code Europe/Paris})
     * @throws IllegalStateException at start-up if the zone is unknown
     */
    @Autowired
    public DateTexts(FaireAvecProperties settings) {
        this(settings.timeZone());
    }

    /**
     * @param zoneId the platform's zone, e.g. {@code Europe/Paris}
     * @throws IllegalStateException if the zone is unknown
     */
    public DateTexts(String zoneId) {
        try {
            this.zone = ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new IllegalStateException("faireavec.time-zone is not a known time zone: " + zoneId, e);
        }
    }

    /** The platform's zone, in which every time is shown. */
    public ZoneId zone() {
        return zone;
    }

    /** A date in lists: "02/03/2026". */
    public String date(Object value) {
        return write(value, Language::shortDate);
    }

    /** A date and time in lists: "02/03/2026 14:30". */
    public String dateTime(Object value) {
        return write(value, Language::shortDateTime);
    }

    /** A time of day: "14:30". */
    public String time(Object value) {
        return write(value, Language::time);
    }

    /** Day and date in words: "lundi 2 mars 2026", "Monday 2 March 2026". */
    public String longDate(Object value) {
        return write(value, Language::dayAndDate);
    }

    /** A date in words, without the day: "2 mars 2026", "2 March 2026". */
    public String writtenDate(Object value) {
        return write(value, Language::date);
    }

    private String write(Object value, Function<Language, DateTimeFormatter> pattern) {
        if (value == null) {
            return "";
        }
        TemporalAccessor when = inZone(value);
        try {
            return pattern.apply(Language.of(LocaleContextHolder.getLocale())).format(when);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("cannot write " + value + " this way", e);
        }
    }

    private TemporalAccessor inZone(Object value) {
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof LocalTime) {
            return (TemporalAccessor) value;
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone);
        }
        throw new IllegalArgumentException(
                "not a date or time: " + value.getClass().getName());
    }
}
