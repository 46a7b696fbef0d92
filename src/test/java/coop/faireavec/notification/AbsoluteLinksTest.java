package coop.faireavec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Links printed in the log (set-up address, demo) and written in mails: without {@code faireavec.public-url} they
 * name the port the server really listens on, not a fixed 8080 (a newcomer copying the set-up address must reach
 * the page).
 */
class AbsoluteLinksTest {

    private static NotificationMails mails(String publicUrl) {
        return new NotificationMails(false, "", publicUrl, null, null, null, null);
    }

    @Test
    void withoutAPublicAddressTheLinkNamesThePortTheServerTook() {
        NotificationMails mails = mails("");
        mails.setEnvironment(
                new MockEnvironment().withProperty("server.port", "18081").withProperty("local.server.port", "18081"));
        assertThat(mails.absolute("/setup?token=abc")).isEqualTo("http://localhost:18081/setup?token=abc");
    }

    @Test
    void theConfiguredPortIsUsedBeforeTheServerStarts() {
        NotificationMails mails = mails(null);
        mails.setEnvironment(new MockEnvironment().withProperty("server.port", "9090"));
        assertThat(mails.absolute("login")).isEqualTo("http://localhost:9090/login");
    }

    @Test
    void aPublicAddressWinsWithoutItsTrailingSlash() {
        NotificationMails mails = mails("https://faireavec.example.org/");
        mails.setEnvironment(new MockEnvironment().withProperty("local.server.port", "18081"));
        assertThat(mails.absolute("/login")).isEqualTo("https://faireavec.example.org/login");
        assertThat(mails.absolute(null)).isEqualTo("https://faireavec.example.org/");
    }
}
