package coop.faireavec.admin;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.security.Viewer;
import java.io.Serializable;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform page of the administration: settings in force (read-only, from the environment; never the mail
 * password), the engine's health, and a test mail whose SMTP answer is reported rather than thrown.
 */
@Service
@Transactional(readOnly = true)
public class PlatformService {

    /** Settings in force. {@code mailHost} is empty when no SMTP server is configured. */
    public record PlatformInfo(
            String publicUrl,
            String timeZone,
            boolean mailEnabled,
            String mailHost,
            String mailPort,
            String mailFrom,
            long openIncidents,
            long failedJobs) {}

    /** The outcome of a test mail: sent, or the error the SMTP server (or its absence) gave (kept as a flash attribute, so serializable: sessions are stored in the database). */
    public record MailOutcome(boolean sent, String detail) implements Serializable {}

    private final Environment environment;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final WorkflowEngine engine;
    private final AuditLog audit;

    PlatformService(
            Environment environment, ObjectProvider<JavaMailSender> mailSender, WorkflowEngine engine, AuditLog audit) {
        this.environment = environment;
        this.mailSender = mailSender;
        this.engine = engine;
        this.audit = audit;
    }

    /** The settings in force and the engine's open incidents and failed jobs; administrators only. */
    public PlatformInfo info(Viewer viewer) {
        requireAdmin(viewer);
        WorkflowEngine.EngineHealth health = engine.health();
        return new PlatformInfo(
                environment.getProperty("faireavec.public-url", ""),
                ZoneId.systemDefault().getId(),
                environment.getProperty("faireavec.mail.enabled", Boolean.class, false),
                environment.getProperty("spring.mail.host", ""),
                environment.getProperty("spring.mail.port", ""),
                environment.getProperty("faireavec.mail.from", ""),
                health.openIncidents(),
                health.failedJobs());
    }

    /**
     * Sends a short test mail to {@code to} and reports the answer; never throws for a mail problem.
     *
     * @param to the administrator's own address, or null/blank (then nothing is sent and the outcome says so)
     */
    @Transactional
    public MailOutcome sendTestMail(Viewer viewer, AuditLog.Actor actor, String to) {
        requireAdmin(viewer);
        if (to == null || to.isBlank()) {
            return new MailOutcome(false, "admin.platform.mail.noAddress");
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || environment.getProperty("spring.mail.host", "").isBlank()) {
            return new MailOutcome(false, "admin.platform.mail.noServer");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(environment.getProperty("faireavec.mail.from", "ne-pas-repondre@localhost"));
        message.setTo(to.strip());
        message.setSubject("Faire-Avec : test d'envoi / test mail");
        message.setText("Ce message vérifie l'envoi des e-mails de Faire-Avec.\n"
                + "This message checks that Faire-Avec can send e-mails.\n");
        try {
            sender.send(message);
            audit.record(actor, AuditKind.TEST_MAIL_SENT, "platform", null, null);
            return new MailOutcome(true, null);
        } catch (MailException e) {
            String detail = e.getMostSpecificCause().getMessage();
            return new MailOutcome(false, detail == null ? e.getClass().getSimpleName() : detail);
        }
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("platform administrators only");
        }
    }
}
