package coop.faireavec.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A meeting's remote link becomes a link on its page and in calendars: only http(s) addresses are kept. A start is
 * told apart when a clock change skips it or repeats it.
 */
class MeetingDetailsTest {

    private static MeetingDetails withLink(String link) {
        return new MeetingDetails(
                "Rencontre", MeetingKind.PLENARY, null, LocalDateTime.of(2027, 1, 5, 14, 0), 60, null, link, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://visio.example.org/salle-1", "http://example.org/r?id=4", "HTTPS://EXAMPLE.ORG/A"})
    void anHttpAddressIsKept(String link) {
        assertThat(withLink(link).remoteLink()).isEqualTo(link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "//example.org", "https://a b", "ftp://x.org"})
    void anythingElseIsRefused(String link) {
        assertThatThrownBy(() -> withLink(link)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        "2027-03-28T02:30, Europe/Paris, SKIPPED", // clocks jump from 02:00 to 03:00
        "2027-03-28T02:00, Europe/Paris, SKIPPED",
        "2027-03-28T01:59, Europe/Paris, NONE",
        "2027-03-28T03:00, Europe/Paris, NONE",
        "2027-10-31T02:30, Europe/Paris, REPEATED", // clocks go back from 03:00 to 02:00
        "2027-10-31T02:00, Europe/Paris, REPEATED",
        "2027-10-31T03:00, Europe/Paris, NONE",
        "2027-07-01T14:30, Europe/Paris, NONE",
        "2027-03-14T02:30, America/New_York, SKIPPED", // another zone, another date
        "2027-03-28T02:30, UTC, NONE"
    })
    void aStartIsToldApartWhenAClockChangeSkipsOrRepeatsIt(
            LocalDateTime start, String zone, MeetingDetails.ClockChange expected) {
        assertThat(MeetingDetails.clockChangeAt(start, ZoneId.of(zone))).isEqualTo(expected);
    }
}
