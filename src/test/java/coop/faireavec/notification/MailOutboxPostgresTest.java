package coop.faireavec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import coop.faireavec.support.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's sending on a real PostgreSQL: two sender runs at once (as two nodes would, or a run whose ShedLock
 * expired) claim rows with {@code FOR UPDATE SKIP LOCKED}, so every waiting mail leaves exactly once, with the
 * Message-ID it was written with.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@TestPropertySource(
        properties = {
            "faireavec.mail.enabled=true",
            "faireavec.mail.from=faireavec@example.org",
            "spring.mail.host=127.0.0.1",
            "spring.mail.properties.mail.smtp.auth=false",
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "faireavec.mail.outbox.first-delay=10ms",
            "faireavec.mail.outbox.batch-size=5"
        })
@DirtiesContext // close the engine and the pool while the database still runs
class MailOutboxPostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("mail_outbox_test");
    static final int PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void postgresAndMail(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
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
    MailOutbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    OutboxMailRepository rows;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MeterRegistry metrics;

    private double gauge(String name) {
        return metrics.get(name).gauge().value();
    }

    private MimeMessage mail(int i) {
        MimeMessage m = outbox.newMessage();
        try {
            m.setFrom(new InternetAddress("faireavec@example.org"));
            m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("person" + i + "@example.org"));
            m.setSubject("Faire-Avec : message " + i, "UTF-8");
            m.setText("Bonjour, message " + i, "UTF-8");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    @Test
    void twoSendersAtOnceNeverSendAMailTwice() throws Exception {
        int count = 40;
        // SMTP not started yet: the attempt right after commit fails for each, and all wait in the outbox
        tx.executeWithoutResult(status -> {
            List<MimeMessage> mails = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                mails.add(mail(i));
            }
            assertThat(outbox.queue(mails)).isEqualTo(count);
        });
        List<OutboxMail> waiting = rows.findAll();
        assertThat(waiting).hasSize(count).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
            assertThat(m.getAttempts()).isEqualTo(1);
        });
        Set<String> ids = waiting.stream().map(OutboxMail::getMessageId).collect(Collectors.toSet());
        assertThat(ids).hasSize(count);
        assertThat(gauge("faireavec.mail.outbox.backlog")).isEqualTo(count);
        assertThat(gauge("faireavec.mail.outbox.failed")).isZero();

        SMTP.start();
        try {
            Thread.sleep(100); // past every mail's next attempt (10 ms after the first failure)
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            long start = System.nanoTime();
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return delivery.sendDue();
                }));
            }
            int first = runs.get(0).get(60, TimeUnit.SECONDS);
            int second = runs.get(1).get(60, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            nodes.shutdown();

            Map<String, Long> arrived = Arrays.stream(SMTP.getReceivedMessages())
                    .collect(Collectors.groupingBy(
                            m -> {
                                try {
                                    return m.getMessageID();
                                } catch (MessagingException e) {
                                    throw new IllegalStateException(e);
                                }
                            },
                            Collectors.counting()));
            assertThat(arrived).as("each mail once, with its Message-ID").hasSize(count);
            assertThat(arrived.keySet()).isEqualTo(ids);
            assertThat(arrived.values()).containsOnly(1L);
            assertThat(first + second).as("the rows the two runs took").isEqualTo(count);
            assertThat(rows.findAll()).allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(OutboxMail.Status.SENT));
            assertThat(gauge("faireavec.mail.outbox.backlog")).isZero();
            System.out.printf(
                    "mail outbox on PostgreSQL: %d mails, two concurrent senders took %d and %d, delivered in %d ms%n",
                    count, first, second, millis);
        } finally {
            SMTP.stop();
        }
    }
}
