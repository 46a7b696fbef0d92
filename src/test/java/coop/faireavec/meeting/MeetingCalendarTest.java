package coop.faireavec.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.faireavec.meeting.MeetingCalendar.Attendee;
import coop.faireavec.meeting.MeetingCalendar.CalendarInvite;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The .ics of a meeting, read back with ical4j as an agenda would: same event, right hour, text unchanged. */
class MeetingCalendarTest {

    static final Instant NOW = Instant.parse("2027-05-02T08:15:30Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    final MeetingCalendar calendar = new MeetingCalendar(
            Clock.fixed(NOW, ZoneOffset.UTC), "Europe/Paris", "Faire-Avec <ne-pas-repondre@faireavec.example.org>");

    static final Attendee LOU = new Attendee("Lou", "lou@example.org");
    static final String NOTE = "Répondez sur la page de la rencontre : https://faireavec.example.org/meetings/42";

    private static CalendarInvite invite(
            boolean cancelled, LocalDateTime start, String title, String agenda, String place, String organizerEmail) {
        return new CalendarInvite(
                "meeting-42@faireavec.example.org",
                3,
                cancelled,
                title,
                agenda,
                place,
                "https://faireavec.example.org/meetings/42",
                start,
                90,
                "Camille Porteuse",
                organizerEmail);
    }

    private static CalendarInvite summerInvite(boolean cancelled) {
        return invite(
                cancelled,
                LocalDateTime.of(2027, 7, 1, 14, 30),
                "Parole entre pairs",
                "Ordre du jour",
                "Maison des habitants",
                "camille@example.org");
    }

    /** The file mailed to Lou. */
    private String mailed(CalendarInvite invite) {
        return calendar.mailed(invite, LOU, NOTE);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar c) {
        return c.<VEvent>getComponents("VEVENT").get(0);
    }

    private static String value(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Instant instant(VEvent e, String property) {
        DateProperty<Temporal> p = e.getRequiredProperty(property);
        return Instant.from(p.getDate());
    }

    /** When the event ends, as an agenda reads it: DTEND, or DTSTART plus DURATION (exact time). */
    private static Instant end(VEvent e) {
        if (e.getProperty("DTEND").isPresent()) {
            return instant(e, "DTEND");
        }
        net.fortuna.ical4j.model.property.Duration d = e.getRequiredProperty("DURATION");
        return instant(e, "DTSTART").plus((Duration) d.getDuration());
    }

    private static String tzid(VEvent e, String property) {
        return e.getRequiredProperty(property)
                .getParameter(Parameter.TZID)
                .map(Parameter::getValue)
                .orElse(null);
    }

    private static void assertValid(Calendar c) {
        assertThat(c.validate().hasErrors()).as("%s", c.validate()).isFalse();
        assertThat(event(c).validate(c.<Method>getRequiredProperty("METHOD")).hasErrors())
                .as("%s", event(c).validate(c.<Method>getRequiredProperty("METHOD")))
                .isFalse();
    }

    @Test
    void aSummerMeetingIsARequestAtTheParisWallClockTimeWithItsZone() throws Exception {
        String ics = mailed(summerInvite(false));

        assertThat(ics)
                .contains("DTSTART;TZID=Europe/Paris:20270701T143000\r\n")
                .contains("DURATION:PT1H30M\r\n")
                .doesNotContain("DTEND");
        Calendar c = parse(ics);
        assertThat(c.getProperty("PRODID").map(Property::getValue)).hasValue("-//Faire-Avec//Meetings//FR");
        assertThat(c.getProperty("VERSION").map(Property::getValue)).hasValue("2.0");
        assertThat(c.getProperty("METHOD").map(Property::getValue)).hasValue("REQUEST");
        VEvent e = event(c);
        assertThat(value(e, "UID")).isEqualTo("meeting-42@faireavec.example.org");
        assertThat(value(e, "SEQUENCE")).isEqualTo("3");
        assertThat(value(e, "DTSTAMP")).isEqualTo("20270502T081530Z");
        assertThat(tzid(e, "DTSTART")).isEqualTo("Europe/Paris");
        assertThat(value(e, "DTSTART")).isEqualTo("20270701T143000");
        assertThat(instant(e, "DTSTART")).isEqualTo(Instant.parse("2027-07-01T12:30:00Z")); // CEST, UTC+2
        assertThat(end(e)).isEqualTo(Instant.parse("2027-07-01T14:00:00Z"));
        assertThat(value(e, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(e, "SUMMARY")).isEqualTo("Parole entre pairs");
        assertThat(value(e, "LOCATION")).isEqualTo("Maison des habitants");
        assertThat(value(e, "URL")).isEqualTo("https://faireavec.example.org/meetings/42");
        assertThat(value(e, "DESCRIPTION")).isEqualTo("Ordre du jour\n\n" + NOTE);
        // the zone travels with the file, cut down to the rules in force
        List<VTimeZone> zones = c.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(z -> {
            assertThat(z.getProperty("TZID").map(Property::getValue)).hasValue("Europe/Paris");
            assertThat(z.getObservances())
                    .extracting(o -> o.getName())
                    .containsExactlyInAnyOrder("DAYLIGHT", "STANDARD");
        });
    }

    @Test
    void aWinterMeetingKeepsItsWallClockTimeAndMovesItsUtcInstant() throws Exception {
        VEvent e = event(parse(calendar.published(
                invite(false, LocalDateTime.of(2027, 1, 14, 14, 30), "Comité", null, null, "camille@example.org"))));

        assertThat(tzid(e, "DTSTART")).isEqualTo("Europe/Paris");
        assertThat(value(e, "DTSTART")).isEqualTo("20270114T143000");
        assertThat(instant(e, "DTSTART")).isEqualTo(Instant.parse("2027-01-14T13:30:00Z")); // CET, UTC+1
        assertThat(end(e)).isEqualTo(Instant.parse("2027-01-14T15:00:00Z"));
        // no agenda and no place: only the link in DESCRIPTION, no LOCATION line
        assertThat(value(e, "DESCRIPTION")).isEqualTo("https://faireavec.example.org/meetings/42");
        assertThat(e.getProperty("LOCATION")).isEmpty();
    }

    /**
     * Across both clock changes of 2027 in Paris, the file says what the page says: the start written as the page
     * writes it (its wall-clock time; in the hour repeated in autumn, the first one) and the length in minutes the page
     * gives, as elapsed time. With a DTEND, a meeting ending in the repeated hour came back 60 minutes short.
     */
    @ParameterizedTest(name = "{0} for {1} min")
    @CsvSource({
        "2027-03-28T01:30, 90, 2027-03-28T00:30:00Z", // spring forward during the meeting: ends 04:00 CEST
        "2027-03-28T03:00, 60, 2027-03-28T01:00:00Z", // the first hour after the jump
        "2027-03-28T01:59, 15, 2027-03-28T00:59:00Z",
        "2027-10-31T01:30, 90, 2027-10-30T23:30:00Z", // ends in the repeated hour, the second time (CET)
        "2027-10-31T02:30, 60, 2027-10-31T00:30:00Z", // starts in the repeated hour: the first time (CEST)
        "2027-10-31T02:00, 120, 2027-10-31T00:00:00Z",
        "2027-10-31T03:00, 60, 2027-10-31T02:00:00Z"
    })
    void acrossEachClockChangeTheFileHasTheStartAndTheLengthThePageShows(
            LocalDateTime start, int minutes, Instant startInstant) throws Exception {
        CalendarInvite invite = new CalendarInvite(
                "meeting-9@faireavec.example.org",
                0,
                false,
                "Nuit",
                null,
                null,
                null,
                start,
                minutes,
                "Camille",
                "camille@example.org");
        String pageStart = start.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")); // as the page shows it

        for (String ics : List.of(mailed(invite), calendar.published(invite))) {
            VEvent e = event(parse(ics));
            assertThat(tzid(e, "DTSTART")).isEqualTo("Europe/Paris");
            assertThat(value(e, "DTSTART")).isEqualTo(pageStart);
            assertThat(instant(e, "DTSTART"))
                    .isEqualTo(startInstant)
                    .isEqualTo(start.atZone(PARIS).toInstant());
            assertThat(Duration.between(instant(e, "DTSTART"), end(e))).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void aMailedFileNamesItsInviteeAloneWhoAnswersOnTheMeetingPage() throws Exception {
        String ics = mailed(summerInvite(false));
        VEvent e = event(parse(ics));

        Organizer organizer = e.getRequiredProperty("ORGANIZER");
        assertThat(organizer.getCalAddress().toString()).isEqualTo("mailto:camille@example.org");
        assertThat(organizer.getParameter(Parameter.CN).map(Parameter::getValue))
                .hasValue("Camille Porteuse");
        assertThat(e.<net.fortuna.ical4j.model.property.Attendee>getProperties("ATTENDEE"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getCalAddress().toString()).isEqualTo("mailto:lou@example.org");
                    assertThat(a.getParameter(Parameter.CN).map(Parameter::getValue))
                            .hasValue("Lou");
                    assertThat(a.getParameter(Parameter.RSVP).map(Parameter::getValue))
                            .hasValue("FALSE");
                    assertThat(a.getParameter(Parameter.PARTSTAT).map(Parameter::getValue))
                            .hasValue("NEEDS-ACTION");
                });
        assertThat(ics).contains("ATTENDEE;CN=Lou;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:lou@example.org\r\n");
        assertThat(value(e, "DESCRIPTION")).endsWith(NOTE);
        assertValid(parse(ics));
    }

    @Test
    void aMailedFileNeedsAnAddress() {
        assertThatThrownBy(() -> new Attendee("Momo", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attendee("Momo", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDownloadedFileIsAPublishWithNoAttendee() throws Exception {
        for (boolean cancelled : List.of(false, true)) {
            String ics = calendar.published(summerInvite(cancelled));
            Calendar c = parse(ics);

            assertThat(c.getProperty("METHOD").map(Property::getValue)).hasValue("PUBLISH");
            assertThat(ics).doesNotContain("ATTENDEE");
            VEvent e = event(c);
            assertThat(value(e, "STATUS")).isEqualTo(cancelled ? "CANCELLED" : "CONFIRMED");
            assertThat(value(e, "DESCRIPTION")).isEqualTo("Ordre du jour\n\nhttps://faireavec.example.org/meetings/42");
            assertValid(c);
        }
    }

    @Test
    void withoutAnOrganizerAddressThePlatformSenderOrganizes() throws Exception {
        VEvent e = event(
                parse(mailed(invite(false, LocalDateTime.of(2027, 7, 1, 14, 30), "Sans adresse", null, null, null))));

        Organizer organizer = e.getRequiredProperty("ORGANIZER");
        assertThat(organizer.getCalAddress().toString()).isEqualTo("mailto:ne-pas-repondre@faireavec.example.org");
        assertThat(organizer.getParameter(Parameter.CN).map(Parameter::getValue))
                .hasValue("Camille Porteuse");
    }

    @Test
    void aCancelledMeetingIsACancelWithTheSameUidAndStatusCancelledForItsInvitee() throws Exception {
        Calendar c = parse(mailed(summerInvite(true)));

        assertThat(c.getProperty("METHOD").map(Property::getValue)).hasValue("CANCEL");
        VEvent e = event(c);
        assertThat(value(e, "UID")).isEqualTo("meeting-42@faireavec.example.org");
        assertThat(value(e, "SEQUENCE")).isEqualTo("3");
        assertThat(value(e, "STATUS")).isEqualTo("CANCELLED");
        assertThat(e.<net.fortuna.ical4j.model.property.Attendee>getProperties("ATTENDEE"))
                .extracting(a -> a.getCalAddress().toString())
                .containsExactly("mailto:lou@example.org");
        assertValid(c);
    }

    @Test
    void userTextWithCommasSemicolonsNewLinesAndFormulasComesBackUnchanged() throws Exception {
        String title = "Bilan, étape 2; « on avance » =1+1";
        String agenda = "1. Accueil, café;\n2. Tour de table: \"qui\" \\ quoi ?\n=SUM(A1:A2)\n-- fin";
        String place = "Salle B; 2e étage, 12 rue des Lilas\nSonnez à « Faire-Avec »";
        CalendarInvite invite = new CalendarInvite(
                "meeting-7@faireavec.example.org",
                0,
                false,
                title,
                agenda,
                place,
                null,
                LocalDateTime.of(2027, 7, 1, 9, 0),
                60,
                "Dupont, \"Jean\"; le porteur\nBIS",
                "jean@example.org");

        String ics = calendar.mailed(invite, new Attendee("Lou; \"la\" voisine, ici", "lou@example.org"), null);
        Calendar c = parse(ics);
        VEvent e = event(c);

        assertThat(value(e, "SUMMARY")).isEqualTo(title);
        assertThat(value(e, "DESCRIPTION")).isEqualTo(agenda);
        assertThat(value(e, "LOCATION")).isEqualTo(place);
        assertThat(e.getProperty("URL")).isEmpty();
        assertThat(e.getRequiredProperty("ORGANIZER").getParameter(Parameter.CN).map(Parameter::getValue))
                .hasValue("Dupont, 'Jean'; le porteur BIS");
        assertThat(e.<net.fortuna.ical4j.model.property.Attendee>getProperties("ATTENDEE"))
                .singleElement()
                .satisfies(a -> assertThat(a.getParameter(Parameter.CN).map(Parameter::getValue))
                        .hasValue("Lou; 'la' voisine, ici"));
        assertThat(c.validate().hasErrors()).as("%s", c.validate()).isFalse();
    }

    @Test
    void controlCharactersInUserTextCannotBreakTheFile() throws Exception {
        String ics = mailed(invite(
                false,
                LocalDateTime.of(2027, 7, 1, 14, 30),
                "Titre\rEND:VEVENT\u0007",
                "a\r\nb\rc\u0000d",
                "ici\u000b",
                "camille@example.org"));

        // every line ends with CRLF, no line is longer than 75 octets, nothing else breaks a line
        assertThat(ics).endsWith("\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line).doesNotContain("\r", "\n");
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.equals("END:VEVENT")))
                .hasSize(1);
        VEvent e = event(parse(ics));
        assertThat(value(e, "SUMMARY")).isEqualTo("Titre\nEND:VEVENT");
        assertThat(value(e, "DESCRIPTION")).startsWith("a\nb\nc d");
        assertThat(value(e, "LOCATION")).isEqualTo("ici");
    }

    /**
     * RFC 5545 §3.1: lines of at most 75 octets, not characters; accented letters take two octets in UTF-8, « » two,
     * — three, an emoji four. Each line must still be whole UTF-8 (no character cut in two), and reading the file
     * back must give the exact text.
     */
    @Test
    void everyLineOfEveryFileIsAtMost75OctetsCutBetweenCharactersAndReadsBackExactly() throws Exception {
        String title = "Réunion « précarité énergétique » ; bilan, étapes et priorités — Mordelles";
        String agenda = "Étape 1 : accueil des personnes concernées — café, thé 🙂 et gâteaux ; tour de table.\n"
                + "Étape 2 : « Qu'est-ce qui a changé depuis la dernière fois ? » — échanges en sous-groupes,"
                + " puis mise en commun 🗣️ avec les élus, éducateurs·rices et bénévoles de l'épicerie solidaire.";
        String place = "Maison des solidarités, salle « Hélène-Boucher », 2ᵉ étage — entrée par la rue de l'Église";
        String name = "Frédérique Lefèvre-Bénédicte Éléonore Müller-Sørensen de la Châtaigneraie";
        CalendarInvite request = new CalendarInvite(
                "meeting-8@faireavec.example.org",
                1,
                false,
                title,
                agenda,
                place,
                "https://faireavec.example.org/experimentations/12/meetings/8",
                LocalDateTime.of(2027, 7, 1, 9, 0),
                120,
                name,
                "frederique@example.org");
        CalendarInvite cancel = new CalendarInvite(
                "meeting-8@faireavec.example.org",
                2,
                true,
                title,
                agenda,
                place,
                request.url(),
                request.start(),
                120,
                name,
                "frederique@example.org");
        String note = "Pour dire si vous venez, répondez sur la page de la rencontre (pas en répondant à cet e-mail)"
                + " : " + request.url();
        Attendee invitee = new Attendee("Éléonore « Léo » Gauthier-Pérès", "eleonore@example.org");

        Map<String, String> files = Map.of(
                "REQUEST",
                calendar.mailed(request, invitee, note),
                "CANCEL",
                calendar.mailed(cancel, invitee, note),
                "PUBLISH",
                calendar.published(request));
        for (Map.Entry<String, String> file : files.entrySet()) {
            String ics = file.getValue();
            assertThat(ics).endsWith("\r\n");
            for (String line : ics.split("\r\n")) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                        .as(line)
                        .isLessThanOrEqualTo(75);
                assertThat(line.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp)))
                        .as("a character cut in two: %s", line)
                        .isTrue();
            }
            assertThat(ics).contains("\r\n "); // it was folded

            Calendar c = parse(ics);
            assertThat(c.getProperty("METHOD").map(Property::getValue)).hasValue(file.getKey());
            VEvent e = event(c);
            assertThat(value(e, "SUMMARY")).isEqualTo(title);
            assertThat(value(e, "LOCATION")).isEqualTo(place);
            assertThat(value(e, "DESCRIPTION"))
                    .isEqualTo(agenda + "\n\n" + (file.getKey().equals("PUBLISH") ? request.url() : note));
            assertThat(e.getRequiredProperty("ORGANIZER")
                            .getParameter(Parameter.CN)
                            .map(Parameter::getValue))
                    .hasValue(name);
            if (!file.getKey().equals("PUBLISH")) {
                assertThat(e.getRequiredProperty("ATTENDEE")
                                .getParameter(Parameter.CN)
                                .map(Parameter::getValue))
                        .hasValue(invitee.name());
            }
            assertValid(c);
        }
    }

    @Test
    void foldingCountsOctetsAndLeavesALineOfExactly75OctetsWhole() {
        String ascii75 = "SUMMARY:" + "a".repeat(67);
        assertThat(MeetingCalendar.fold(ascii75 + "\r\n")).isEqualTo(ascii75 + "\r\n");
        // 8 + 33 × 2 = 74 octets, then "é" (2) would make 76: the fold comes before it, not inside it
        String accented = "SUMMARY:" + "é".repeat(34);
        assertThat(MeetingCalendar.fold(accented + "\r\n")).isEqualTo("SUMMARY:" + "é".repeat(33) + "\r\n é\r\n");
        // a 4-octet emoji that does not fit goes whole to the next line
        String emoji = "SUMMARY:" + "a".repeat(64) + "🙂";
        assertThat(MeetingCalendar.fold(emoji + "\r\n")).isEqualTo("SUMMARY:" + "a".repeat(64) + "\r\n 🙂\r\n");
    }
}
