package coop.faireavec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The host part of the outbox's Message-IDs: the public address's, else the sender's domain, else localhost. */
class MessageIdHostTest {

    @Test
    void thePublicAddressGivesTheHost() {
        assertThat(MailOutbox.messageIdHost("https://faireavec.example.org/", "a@mail.example.net"))
                .isEqualTo("faireavec.example.org");
    }

    @Test
    void withoutAPublicAddressTheSendersDomainDoes() {
        assertThat(MailOutbox.messageIdHost("", "Faire-Avec <ne-pas-repondre@asso.example.net>"))
                .isEqualTo("asso.example.net");
    }

    @Test
    void withNeitherItIsLocalhost() {
        assertThat(MailOutbox.messageIdHost(null, "")).isEqualTo("localhost");
        assertThat(MailOutbox.messageIdHost("", "not an address")).isEqualTo("localhost");
    }
}
