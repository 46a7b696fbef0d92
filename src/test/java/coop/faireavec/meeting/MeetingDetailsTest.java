package coop.faireavec.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A meeting's remote link becomes a link on its page and in calendars: only http(s) addresses are kept. */
class MeetingDetailsTest {

    private static MeetingDetails withLink(String link) {
        return new MeetingDetails("Rencontre", MeetingKind.PLENARY, null, LocalDateTime.of(2027, 1, 5, 14, 0), 60,
                null, link, null);
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
}
