package coop.faireavec.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox (issue #15, point 4) against a real SMTP server (GreenMail on a fixed free port, stopped and
 * started again): a step that notifies while the server is down completes and its mails wait in the outbox; once the
 * server is back the sender job (on here, every 250 ms) delivers each exactly once with the Message-ID it was written
 * with; a rollback writes no row; past its attempts a mail is FAILED, listed on /admin/mails (never its body) and
 * "send again" sends it.
 */
@FaireAvecWebTest
@TestPropertySource(
        properties = {
            "faireavec.mail.enabled=true",
            "faireavec.mail.from=Faire-Avec <faireavec@example.org>",
            "faireavec.public-url=https://faireavec.example.org/",
            "spring.mail.host=127.0.0.1",
            "spring.mail.properties.mail.smtp.auth=false",
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "faireavec.mail.outbox.job.enabled=true",
            "faireavec.mail.outbox.every=250ms",
            "faireavec.mail.outbox.first-delay=200ms",
            "faireavec.mail.outbox.multiplier=2",
            "faireavec.mail.outbox.max-delay=2s",
            "faireavec.mail.outbox.max-attempts=6",
            "faireavec.mail.outbox.late-after=1h"
        })
class MailOutboxWebTest {

    static final int PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    PeopleService people;

    @Autowired
    MembershipService memberships;

    @Autowired
    ExperimentationService experimentations;

    @Autowired
    NotificationService notifications;

    @Autowired
    OutboxMailRepository outbox;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MailDelivery delivery;

    @Autowired
    MutableClock clock;

    @AfterEach
    void smtpRunsAgain() {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
    }

    private long member(long experimentationId, String name, String email, College college) {
        long id = people.createPerson(name, email, null).getId();
        memberships.addMember(id, experimentationId, college, Set.of(ExperimentationRole.PARTICIPANT));
        return id;
    }

    private List<OutboxMail> rowsTo(String recipientPart) {
        return outbox.findAll().stream()
                .filter(m -> m.getRecipient().contains(recipientPart))
                .toList();
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many times each Message-ID arrived. */
    private static Map<String, Long> received() {
        return Arrays.stream(SMTP.getReceivedMessages())
                .collect(Collectors.groupingBy(MailOutboxWebTest::messageId, Collectors.counting()));
    }

    private static void waitUntil(String what, Duration atMost, java.util.function.BooleanSupplier done)
            throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(end);
            Thread.sleep(50);
        }
    }

    @Test
    void withSmtpDownAStepCompletesItsMailsWaitAndOnceSmtpIsBackEachLeavesOnceWithItsMessageId() throws Exception {
        String tag = TestData.unique("down");
        TestData.Scenario s = data.draftExperimentation();
        long lou = member(s.experimentationId(), "Lou", "lou." + tag + "@example.org", College.LIVED_EXPERIENCE);
        long pat = member(s.experimentationId(), "Pat", "pat." + tag + "@example.org", College.PRACTITIONERS);
        long dom = member(s.experimentationId(), "Dom", null, College.DECISION_MAKERS);
        experimentations.start(s.carrier().viewer(), s.experimentationId());
        SMTP.stop();

        // the carrier holds the launch meeting through the web layer: the step completes although no mail can leave
        new WebScenario(mvc)
                .holdMeetingFor(
                        s.carrier(), s.experimentationId(), "KickOffMeeting", "Lancement", List.of(lou, pat, dom));

        List<OutboxMail> held = rowsTo("." + tag + "@");
        // Lou and Pat: asked to validate the minutes, and told about their college's new step
        assertThat(held).hasSizeGreaterThanOrEqualTo(4).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
            assertThat(m.getAttempts()).as("tried once right after commit").isGreaterThanOrEqualTo(1);
            assertThat(m.getLastError()).isNotBlank();
            assertThat(m.getMessageId()).matches("<[0-9a-f-]{36}@faireavec\\.example\\.org>");
        });
        Set<String> ids = held.stream().map(OutboxMail::getMessageId).collect(Collectors.toSet());
        assertThat(ids).hasSameSizeAs(held);

        SMTP.start();
        SMTP.purgeEmailFromAllMailboxes();
        long back = System.nanoTime();
        waitUntil(
                "every held mail delivered",
                Duration.ofSeconds(20),
                () -> received().keySet().containsAll(ids));
        long deliveredAfterMillis = (System.nanoTime() - back) / 1_000_000;
        Thread.sleep(1000); // the job runs four more times: a mail sent twice would arrive now

        Map<String, Long> arrived = received();
        assertThat(ids)
                .allSatisfy(id ->
                        assertThat(arrived.get(id)).as("times %s arrived", id).isEqualTo(1L));
        assertThat(rowsTo("." + tag + "@")).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(OutboxMail.Status.SENT);
            assertThat(m.getSentAt()).isNotNull();
        });
        System.out.printf(
                "mail outbox: %d mails held while SMTP was down, %d delivered once each, the last %d ms after SMTP was"
                        + " back (job every 250 ms)%n",
                held.size(), ids.size(), deliveredAfterMillis);
    }

    @Test
    void aRolledBackChangeWritesNoOutboxRowAndACommittedOneWritesAndSendsIt() throws Exception {
        String address = TestData.unique("rollback") + "@example.org";
        long lou = people.createPerson("Lou", address, null).getId();

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    notifications.notify(
                            List.of(lou),
                            null,
                            NotificationKind.REMINDER,
                            "notification.reminder",
                            "Étape",
                            "/tasks/1");
                    assertThat(rowsTo(address)).as("written in the transaction").hasSize(1);
                    throw new IllegalStateException("the step failed after notifying");
                }))
                .hasMessageContaining("the step failed");
        assertThat(rowsTo(address)).isEmpty();

        notifications.notify(
                List.of(lou), null, NotificationKind.REMINDER, "notification.reminder", "Étape", "/tasks/1");
        assertThat(rowsTo(address)).singleElement().satisfies(m -> {
            assertThat(m.getStatus()).isEqualTo(OutboxMail.Status.SENT);
            assertThat(m.getAttempts()).isEqualTo(1);
        });
        String id = rowsTo(address).get(0).getMessageId();
        waitUntil("the mail", Duration.ofSeconds(5), () -> received().containsKey(id));
        assertThat(rowsTo(address).get(0).getMime())
                .as("the body is dropped once sent")
                .isEmpty();

        // kept 30 days (faireavec.mail.outbox.keep-sent), then purged by the job
        delivery.purgeSent();
        assertThat(rowsTo(address)).hasSize(1);
        clock.advance(Duration.ofDays(31));
        try {
            delivery.purgeSent();
        } finally {
            clock.reset();
        }
        assertThat(rowsTo(address)).isEmpty();
    }

    @Test
    void pastItsAttemptsAMailIsFailedListedForAdministratorsWithoutItsBodyAndSendAgainSendsIt() throws Exception {
        String address = TestData.unique("failed") + "@example.org";
        long lou = people.createPerson("Lou Échec", address, null).getId();
        SMTP.stop();
        notifications.notify(
                List.of(lou), null, NotificationKind.REMINDER, "notification.reminder", "Étape", "/tasks/1");

        waitUntil(
                "the mail FAILED",
                Duration.ofSeconds(30),
                () -> rowsTo(address).get(0).getStatus() == OutboxMail.Status.FAILED);
        OutboxMail failed = rowsTo(address).get(0);
        assertThat(failed.getAttempts()).isEqualTo(6);
        assertThat(failed.getLastError()).isEqualTo("ConnectException: Connection refused");

        Document page = Jsoup.parse(mvc.perform(get("/admin/mails").with(user(data.admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("table caption").text()).contains("E-mails en échec");
        var row = page.select("tr").stream()
                .filter(tr -> tr.text().contains(address))
                .findFirst()
                .orElseThrow();
        assertThat(row.select("th[scope=row]").text()).isEqualTo(address);
        assertThat(row.text())
                .contains(failed.getSubject())
                .contains("En échec")
                .contains(failed.getLastError());
        assertThat(row.select("td").get(2).text()).isEqualTo("6");
        assertThat(page.text()).as("no mail body").doesNotContain("Bonjour Lou");
        String action = row.select("form").attr("action");
        assertThat(action).isEqualTo("/admin/mails/" + failed.getId() + "/send-again");
        assertThat(row.select("button").text()).isEqualTo("Renvoyer");
        assertThat(row.select("button").attr("aria-label")).isEqualTo("Renvoyer l'e-mail à " + address);

        SMTP.start();
        SMTP.purgeEmailFromAllMailboxes();
        mvc.perform(post(action).with(user(data.admin())).with(csrf()))
                .andExpect(redirectedUrl("/admin/mails"))
                .andExpect(flash().attribute("flash", "admin.mails.sentAgain"));

        OutboxMail sent = rowsTo(address).get(0);
        assertThat(sent.getStatus()).isEqualTo(OutboxMail.Status.SENT);
        waitUntil("the mail sent again", Duration.ofSeconds(5), () -> received().containsKey(failed.getMessageId()));
        assertThat(received().get(failed.getMessageId())).isEqualTo(1L);
        assertThat(audit.about("mail", failed.getId()))
                .singleElement()
                .satisfies(e -> assertThat(e.getKind()).isEqualTo(AuditKind.MAIL_SENT_AGAIN));
        assertThat(Jsoup.parse(mvc.perform(get("/admin/mails").with(user(data.admin())))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .text())
                .as("a sent mail leaves the list")
                .doesNotContain(address);
        // sending it again once it has left changes nothing and says so
        mvc.perform(post(action).with(user(data.admin())).with(csrf()))
                .andExpect(flash().attribute("flash", "admin.mails.gone"));
    }
}
