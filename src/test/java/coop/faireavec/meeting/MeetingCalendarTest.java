package coop.faireavec.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.meeting.MeetingCalendar.Attendee;
import coop.faireavec.meeting.MeetingCalendar.CalendarInvite;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Organizer;
import org.junit.jupiter.api.Test;

/** The .ics of a meeting, read back with ical4j as an agenda would: same event, right hour, text unchanged. */
class MeetingCalendarTest {

    static final Instant NOW = Instant.parse("2027-05-02T08:15:30Z");
    final MeetingCalendar calendar = new MeetingCalendar(Clock.fixed(NOW, ZoneOffset.UTC), "Europe/Paris",
            "Faire-Avec <ne-pas-repondre@faireavec.example.org>");

    private static CalendarInvite invite(boolean cancelled, LocalDateTime start, String title, String agenda,
                                         String place, String organizerEmail) {
        return new CalendarInvite("meeting-42@faireavec.example.org", 3, cancelled, title, agenda, place,
                "https://faireavec.example.org/meetings/42", start, 90, "Camille Porteuse", organizerEmail,
                List.of(new Attendee("Lou", "lou@example.org"), new Attendee("Momo sans adresse", null),
                        new Attendee("Pat", "pat@example.org")));
    }

    private static CalendarInvite summerInvite(boolean cancelled) {
        return invite(cancelled, LocalDateTime.of(2027, 7, 1, 14, 30), "Parole entre pairs", "Ordre du jour",
                "Maison des habitants", "camille@example.org");
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

    private static String tzid(VEvent e, String property) {
        return e.getRequiredProperty(property).getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
    }

    @Test
    void aSummerMeetingIsARequestAtTheParisWallClockTimeWithItsZone() throws Exception {
        String ics = calendar.toIcs(summerInvite(false));

        assertThat(ics).contains("DTSTART;TZID=Europe/Paris:20270701T143000\r\n");
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
        assertThat(tzid(e, "DTEND")).isEqualTo("Europe/Paris");
        assertThat(instant(e, "DTEND")).isEqualTo(Instant.parse("2027-07-01T14:00:00Z"));
        assertThat(value(e, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(e, "SUMMARY")).isEqualTo("Parole entre pairs");
        assertThat(value(e, "LOCATION")).isEqualTo("Maison des habitants");
        assertThat(value(e, "URL")).isEqualTo("https://faireavec.example.org/meetings/42");
        assertThat(value(e, "DESCRIPTION"))
                .isEqualTo("Ordre du jour\n\nhttps://faireavec.example.org/meetings/42");
        // the zone travels with the file, cut down to the rules in force
        List<VTimeZone> zones = c.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(z -> {
            assertThat(z.getProperty("TZID").map(Property::getValue)).hasValue("Europe/Paris");
            assertThat(z.getObservances()).extracting(o -> o.getName())
                    .containsExactlyInAnyOrder("DAYLIGHT", "STANDARD");
        });
    }

    @Test
    void aWinterMeetingKeepsItsWallClockTimeAndMovesItsUtcInstant() throws Exception {
        VEvent e = event(parse(calendar.toIcs(invite(false, LocalDateTime.of(2027, 1, 14, 14, 30), "Comité",
                null, null, "camille@example.org"))));

        assertThat(tzid(e, "DTSTART")).isEqualTo("Europe/Paris");
        assertThat(value(e, "DTSTART")).isEqualTo("20270114T143000");
        assertThat(instant(e, "DTSTART")).isEqualTo(Instant.parse("2027-01-14T13:30:00Z")); // CET, UTC+1
        assertThat(instant(e, "DTEND")).isEqualTo(Instant.parse("2027-01-14T15:00:00Z"));
        // no agenda and no place: only the link in DESCRIPTION, no LOCATION line
        assertThat(value(e, "DESCRIPTION")).isEqualTo("https://faireavec.example.org/meetings/42");
        assertThat(e.getProperty("LOCATION")).isEmpty();
    }

    @Test
    void aMeetingAcrossTheChangeToSummerTimeEndsAtTheRightHour() throws Exception {
        // 28 March 2027, 01:30 + 90 min: clocks jump from 02:00 to 03:00, so it ends at 04:00 local, 02:00 UTC
        VEvent e = event(parse(calendar.toIcs(invite(false, LocalDateTime.of(2027, 3, 28, 1, 30), "Nuit",
                null, null, "camille@example.org"))));

        assertThat(instant(e, "DTSTART")).isEqualTo(Instant.parse("2027-03-28T00:30:00Z"));
        assertThat(value(e, "DTEND")).isEqualTo("20270328T040000");
        assertThat(instant(e, "DTEND")).isEqualTo(Instant.parse("2027-03-28T02:00:00Z"));
    }

    @Test
    void theOrganizerAndTheAttendeesWithAnAddressAreListedForReplies() throws Exception {
        String ics = calendar.toIcs(summerInvite(false));
        VEvent e = event(parse(ics));

        Organizer organizer = e.getRequiredProperty("ORGANIZER");
        assertThat(organizer.getCalAddress().toString()).isEqualTo("mailto:camille@example.org");
        assertThat(organizer.getParameter(Parameter.CN).map(Parameter::getValue)).hasValue("Camille Porteuse");
        List<net.fortuna.ical4j.model.property.Attendee> attendees = e.getProperties("ATTENDEE");
        assertThat(attendees).extracting(a -> a.getCalAddress().toString())
                .containsExactly("mailto:lou@example.org", "mailto:pat@example.org");
        assertThat(ics).contains("ATTENDEE;CN=Lou;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:lou@example.org\r\n")
                .doesNotContain("Momo");
    }

    @Test
    void withoutAnOrganizerAddressThePlatformSenderOrganizes() throws Exception {
        VEvent e = event(parse(calendar.toIcs(invite(false, LocalDateTime.of(2027, 7, 1, 14, 30), "Sans adresse",
                null, null, null))));

        Organizer organizer = e.getRequiredProperty("ORGANIZER");
        assertThat(organizer.getCalAddress().toString()).isEqualTo("mailto:ne-pas-repondre@faireavec.example.org");
        assertThat(organizer.getParameter(Parameter.CN).map(Parameter::getValue)).hasValue("Camille Porteuse");
    }

    @Test
    void aCancelledMeetingIsACancelWithTheSameUidAndStatusCancelled() throws Exception {
        Calendar c = parse(calendar.toIcs(summerInvite(true)));

        assertThat(c.getProperty("METHOD").map(Property::getValue)).hasValue("CANCEL");
        VEvent e = event(c);
        assertThat(value(e, "UID")).isEqualTo("meeting-42@faireavec.example.org");
        assertThat(value(e, "SEQUENCE")).isEqualTo("3");
        assertThat(value(e, "STATUS")).isEqualTo("CANCELLED");
        assertThat(c.validate().hasErrors()).as("%s", c.validate()).isFalse();
    }

    @Test
    void userTextWithCommasSemicolonsNewLinesAndFormulasComesBackUnchanged() throws Exception {
        String title = "Bilan, étape 2; « on avance » =1+1";
        String agenda = "1. Accueil, café;\n2. Tour de table: \"qui\" \\ quoi ?\n=SUM(A1:A2)\n-- fin";
        String place = "Salle B; 2e étage, 12 rue des Lilas\nSonnez à « Faire-Avec »";
        CalendarInvite invite = new CalendarInvite("meeting-7@faireavec.example.org", 0, false, title, agenda, place,
                null, LocalDateTime.of(2027, 7, 1, 9, 0), 60, "Dupont, \"Jean\"; le porteur\nBIS",
                "jean@example.org", List.of(new Attendee("Lou; \"la\" voisine, ici", "lou@example.org")));

        String ics = calendar.toIcs(invite);
        Calendar c = parse(ics);
        VEvent e = event(c);

        assertThat(value(e, "SUMMARY")).isEqualTo(title);
        assertThat(value(e, "DESCRIPTION")).isEqualTo(agenda);
        assertThat(value(e, "LOCATION")).isEqualTo(place);
        assertThat(e.getProperty("URL")).isEmpty();
        assertThat(e.getRequiredProperty("ORGANIZER").getParameter(Parameter.CN).map(Parameter::getValue))
                .hasValue("Dupont, 'Jean'; le porteur BIS");
        assertThat(e.<net.fortuna.ical4j.model.property.Attendee>getProperties("ATTENDEE")).singleElement()
                .satisfies(a -> assertThat(a.getParameter(Parameter.CN).map(Parameter::getValue))
                        .hasValue("Lou; 'la' voisine, ici"));
        assertThat(c.validate().hasErrors()).as("%s", c.validate()).isFalse();
    }

    @Test
    void controlCharactersInUserTextCannotBreakTheFile() throws Exception {
        String ics = calendar.toIcs(invite(false, LocalDateTime.of(2027, 7, 1, 14, 30),
                "Titre\rEND:VEVENT\u0007", "a\r\nb\rc\u0000d", "ici\u000b", "camille@example.org"));

        // every line ends with CRLF, no line is longer than 75 octets, nothing else breaks a line
        assertThat(ics).endsWith("\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line).doesNotContain("\r", "\n");
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.equals("END:VEVENT"))).hasSize(1);
        VEvent e = event(parse(ics));
        assertThat(value(e, "SUMMARY")).isEqualTo("Titre\nEND:VEVENT");
        assertThat(value(e, "DESCRIPTION")).startsWith("a\nb\nc d");
        assertThat(value(e, "LOCATION")).isEqualTo("ici");
    }

    @Test
    void theWrittenCalendarPassesIcal4jValidation() throws Exception {
        String ics = calendar.toIcs(summerInvite(false));
        Calendar c = parse(ics);

        assertThat(c.validate().hasErrors()).as("%s", c.validate()).isFalse();
        assertThat(event(c).validate(c.<net.fortuna.ical4j.model.property.Method>getRequiredProperty("METHOD"))
                .hasErrors()).isFalse();
    }
}
