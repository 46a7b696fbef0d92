package coop.faireavec.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.TestData;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one-click unsubscribe of RFC 8058 (issue #16, point 9): a mail received by a real SMTP server carries
 * {@code List-Unsubscribe} (the https link with its signed token, and a mailto to the operator's contact) and
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}, and links to the preferences; a POST to that link with no
 * session and no CSRF token withdraws consent once (a second POST changes nothing) and no mail follows; GET only shows
 * a confirmation button; a token the platform did not sign gets the "not found" page.
 */
class OneClickUnsubscribeTest extends MailConsentWebTestBase {

    private static final Pattern HTTPS_LINK =
            Pattern.compile("<(https://faireavec\\.example\\.org(/unsubscribe/[^>]+))>");

    @Autowired
    MockMvc mvc;

    @Autowired
    NotificationService notifications;

    @Autowired
    MailConsentChangeRepository changes;

    @Test
    void aSentMailCarriesTheOneClickHeadersAndLinksToThePreferences() throws Exception {
        String address = TestData.unique("eli") + "@example.org";
        AccountPrincipal eli = personWithAddress(address);

        MimeMessage mail = remindAndReceive(eli, address);

        String listUnsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertThat(listUnsubscribe)
                .matches("<https://faireavec\\.example\\.org/unsubscribe/" + eli.getPersonId()
                        + "\\.[A-Za-z0-9_-]{43}>, <mailto:donnees@example\\.org\\?subject=unsubscribe%20"
                        + eli.getPersonId() + "\\.[A-Za-z0-9_-]{43}>");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String body = (String) mail.getContent();
        assertThat(body).contains("https://faireavec.example.org/me/preferences");
        assertThat(body).contains(path(listUnsubscribe));
    }

    @Test
    void aPostWithoutSessionNorCsrfTokenWithdrawsConsentOnceAndNoMailFollows() throws Exception {
        String address = TestData.unique("max") + "@example.org";
        AccountPrincipal max = personWithAddress(address);
        String path = path(remindAndReceive(max, address).getHeader("List-Unsubscribe", null));

        String first = mvc.perform(post(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = mvc.perform(post(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(first).select("main .intro").text())
                .isEqualTo("Vous ne recevrez plus d'e-mails de Faire-Avec.");
        assertThat(Jsoup.parse(second).select("main .intro").text()).contains("déjà arrêtés");
        assertThat(changes.findByPersonIdOrderByChangedAtDescIdDesc(max.getPersonId()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.getTopic()).isEqualTo(MailPreferences.EMAIL);
                    assertThat(c.isGranted()).isFalse();
                    assertThat(c.getChannel()).isEqualTo(MailConsentChange.Channel.ONE_CLICK);
                    assertThat(c.getChangedBy()).isNull();
                });
        int before = mailsQueuedTo(address);
        remind(max);
        assertThat(mailsQueuedTo(address)).isEqualTo(before);
    }

    @Test
    void getOnlyShowsAConfirmationButtonAndChangesNothing() throws Exception {
        String address = TestData.unique("ana") + "@example.org";
        AccountPrincipal ana = personWithAddress(address);
        String path = path(remindAndReceive(ana, address).getHeader("List-Unsubscribe", null));

        Document page = Jsoup.parse(mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("form[method=post][action=\"" + path + "\"] button[type=submit]"))
                .hasSize(1);
        assertThat(changes.findByPersonIdOrderByChangedAtDescIdDesc(ana.getPersonId()))
                .isEmpty();
    }

    @Test
    void aTokenThePlatformDidNotSignGetsTheNotFoundPage() throws Exception {
        String address = TestData.unique("ivy") + "@example.org";
        AccountPrincipal ivy = personWithAddress(address);
        String path = path(remindAndReceive(ivy, address).getHeader("List-Unsubscribe", null));
        String signature = path.substring(path.indexOf('.') + 1);
        AccountPrincipal other = personWithAddress(TestData.unique("other") + "@example.org");
        char last = signature.charAt(signature.length() - 1);
        List<String> forged = List.of(
                "/unsubscribe/" + other.getPersonId() + "." + signature, // another person, ivy's signature
                path.substring(0, path.length() - 1) + (last == 'A' ? 'B' : 'A'), // one character changed
                "/unsubscribe/" + ivy.getPersonId(), // no signature
                "/unsubscribe/not-a-token");

        for (String bad : forged) {
            String html = mvc.perform(post(bad))
                    .andExpect(status().isNotFound())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(html).select("h1").text()).as(bad).isNotBlank();
            mvc.perform(get(bad)).andExpect(status().isNotFound());
        }
        assertThat(changes.findByPersonIdOrderByChangedAtDescIdDesc(other.getPersonId()))
                .isEmpty();
        assertThat(changes.findByPersonIdOrderByChangedAtDescIdDesc(ivy.getPersonId()))
                .isEmpty();
    }

    private MimeMessage remindAndReceive(AccountPrincipal who, String address) throws Exception {
        remind(who);
        for (int i = 0; i < 50; i++) {
            MimeMessage[] mine = Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return address.equals(m.getAllRecipients()[0].toString());
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    })
                    .toArray(MimeMessage[]::new);
            if (mine.length > 0) {
                return mine[0];
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail reached " + address);
    }

    private void remind(AccountPrincipal who) {
        notifications.notify(
                List.of(who.getPersonId()),
                null,
                NotificationKind.REMINDER,
                "notification.reminder",
                "Étape",
                "/tasks/1");
    }

    /** The path of the https link of a List-Unsubscribe header. */
    private static String path(String listUnsubscribe) {
        Matcher m = HTTPS_LINK.matcher(listUnsubscribe);
        assertThat(m.find()).as(listUnsubscribe).isTrue();
        return m.group(2);
    }
}
