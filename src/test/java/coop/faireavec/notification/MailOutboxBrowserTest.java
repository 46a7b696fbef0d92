package coop.faireavec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrators' page of mails that did not leave: axe-core (WCAG 2.1 A/AA) with a failed mail listed. */
@BrowserTest
class MailOutboxBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    OutboxMailRepository outbox;

    @Test
    void theFailedMailsPageWithItsSendAgainButtonIsAccessibleOnAPhoneAndADesktop(Browser browser) {
        String address = TestData.unique("browser") + "@example.org";
        Instant now = Instant.now();
        OutboxMail mail = new OutboxMail(
                now,
                now,
                address,
                "Faire-Avec : Rappel : « Parole entre pairs » est à faire.",
                "Subject: x\r\n\r\nBonjour".getBytes(StandardCharsets.US_ASCII),
                "<" + TestData.unique("id") + "@faireavec.example.org>");
        mail.failed("ConnectException: Connection refused", now, 1);
        outbox.save(mail);

        browser.phone().signIn(data.admin().getUsername());
        browser.open("/admin/mails").assertAccessible().assertNoHorizontalScroll();
        assertThat(browser.text("table")).contains(address).contains("En échec");
        browser.desktop().open("/admin/mails").assertAccessible().assertNoHorizontalScroll();

        browser.phone().open("/admin/mails");
        browser.submit("form[action='/admin/mails/" + mail.getId() + "/send-again'] button[type=submit]");
        assertThat(browser.text(".flash")).contains("va repartir");
        browser.assertAccessible();
    }
}
