package coop.faireavec.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The outbox's gauges, on the actuator's metrics: {@code faireavec.mail.outbox.backlog} (mails PENDING, i.e. not
 * sent yet) and {@code faireavec.mail.outbox.failed} (mails FAILED, waiting for an administrator). Each reading
 * counts rows in the database.
 */
@Component
class MailOutboxMetrics implements MeterBinder {

    private final MailOutbox outbox;

    MailOutboxMetrics(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("faireavec.mail.outbox.backlog", outbox, o -> o.count(OutboxMail.Status.PENDING))
                .description("Mails in the outbox not sent yet")
                .register(registry);
        Gauge.builder("faireavec.mail.outbox.failed", outbox, o -> o.count(OutboxMail.Status.FAILED))
                .description("Mails in the outbox whose every attempt failed")
                .register(registry);
    }
}
