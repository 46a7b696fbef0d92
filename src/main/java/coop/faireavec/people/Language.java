package coop.faireavec.people;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Faire-Avec speaks (messages.properties and messages_en.properties), and how each writes dates and
 * times: in running text, e.g. in an e-mail ("lundi 2 mars 2026 à 14h30", "Monday 2 March 2026 at 14:30"), and
 * short, in lists ("02/03/2026 14:30"). This is the one place the patterns live: pages use them through
 * {@code web.DateTexts} (the {@code @dates} bean), mails and texts built in Java through these formatters.
 */
public enum Language {
    FRENCH(
            "fr",
            Locale.FRENCH,
            "EEEE d MMMM yyyy 'à' HH'h'mm",
            "d MMMM yyyy",
            "EEEE d MMMM yyyy",
            "dd/MM/yyyy",
            "HH:mm"),
    ENGLISH(
            "en",
            Locale.ENGLISH,
            "EEEE d MMMM yyyy 'at' HH:mm",
            "d MMMM yyyy",
            "EEEE d MMMM yyyy",
            "dd/MM/yyyy",
            "HH:mm");

    /** When a person has not chosen: French. */
    public static final Language DEFAULT = FRENCH;

    private final String code;
    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dayAndDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;
    private final DateTimeFormatter shortDateTime;

    Language(
            String code,
            Locale locale,
            String dateTimePattern,
            String datePattern,
            String dayAndDatePattern,
            String shortDatePattern,
            String timePattern) {
        this.code = code;
        this.locale = locale;
        this.dateTime = DateTimeFormatter.ofPattern(dateTimePattern, locale);
        this.date = DateTimeFormatter.ofPattern(datePattern, locale);
        this.dayAndDate = DateTimeFormatter.ofPattern(dayAndDatePattern, locale);
        this.shortDate = DateTimeFormatter.ofPattern(shortDatePattern, locale);
        this.time = DateTimeFormatter.ofPattern(timePattern, locale);
        this.shortDateTime = DateTimeFormatter.ofPattern(shortDatePattern + " " + timePattern, locale);
    }

    /** The language of a page's locale (its language part: "en", "en_GB" → English); French for any other. */
    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : orDefault(locale.getLanguage());
    }

    /** The language with this code ("fr", "en"), if Faire-Avec speaks it; anything else is empty. */
    public static Optional<Language> fromCode(String code) {
        return code == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(l -> l.code.equals(code.strip().toLowerCase(Locale.ROOT)))
                        .findFirst();
    }

    /** The stored code of a person's choice (null: not chosen), as a language; French when none or unknown. */
    public static Language orDefault(String code) {
        return fromCode(code).orElse(DEFAULT);
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }
    /** Day, date and time, e.g. "Monday 2 March 2026 at 14:30". */
    public DateTimeFormatter dateTime() {
        return dateTime;
    }
    /** A date, e.g. "2 March 2026". */
    public DateTimeFormatter date() {
        return date;
    }
    /** Day and date, e.g. "Monday 2 March 2026", "lundi 2 mars 2026". */
    public DateTimeFormatter dayAndDate() {
        return dayAndDate;
    }
    /** A date in lists, e.g. "02/03/2026". */
    public DateTimeFormatter shortDate() {
        return shortDate;
    }
    /** A time of day, 24 hours, e.g. "14:30". */
    public DateTimeFormatter time() {
        return time;
    }
    /** A date and time in lists, e.g. "02/03/2026 14:30". */
    public DateTimeFormatter shortDateTime() {
        return shortDateTime;
    }
}
