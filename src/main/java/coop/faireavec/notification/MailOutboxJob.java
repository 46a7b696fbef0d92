package coop.faireavec.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The outbox's sender job: every {@code faireavec.mail.outbox.every} (30 s by default), sends the mails whose next
 * attempt is due ({@link MailDelivery#sendDue()}) and deletes those sent more than
 * {@code faireavec.mail.outbox.keep-sent} ago ({@link MailDelivery#purgeSent()}). With several application nodes only the node holding the ShedLock
 * row {@code mailOutbox} runs it in a period (config.SchedulingConfig); the rows themselves are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so even overlapping runs never send a mail twice. Off where
 * {@code faireavec.mail.outbox.job.enabled=false} (most tests, which call {@code sendDue()} themselves).
 */
@Configuration
@ConditionalOnProperty(name = "faireavec.mail.outbox.job.enabled", havingValue = "true", matchIfMissing = true)
class MailOutboxJob {

    private final MailDelivery delivery;

    MailOutboxJob(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${faireavec.mail.outbox.every:PT30S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "mailOutbox", lockAtMostFor = "PT10M")
    void sendDue() {
        delivery.sendDue();
        delivery.purgeSent();
    }
}
