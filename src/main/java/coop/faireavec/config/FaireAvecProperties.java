package coop.faireavec.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The platform's own settings, every {@code faireavec.*} property in one place, bound at start-up and validated:
 * a wrong value stops the start with a message naming the property. Set them in {@code application.properties},
 * with {@code --faireavec.x=y} or with environment variables ({@code FAIREAVEC_PUBLIC_URL}, ...); the list with
 * their defaults is in {@code docs/operations.md}. Features read this record instead of {@code @Value}.
 *
 * @param timeZone  the zone meeting times are in and written in calendar files ({@code faireavec.time-zone}),
 *                  an IANA id such as {@code Europe/Paris}
 * @param publicUrl the address people reach the platform at, without a trailing slash needed
 *                  ({@code faireavec.public-url}), printed on invitation cards and put in mails; empty: the address
 *                  of the request (cards) or {@code http://localhost:8080} (mails)
 * @param mail      e-mail copies of notifications ({@code faireavec.mail.*})
 * @param security  sign-in settings ({@code faireavec.security.*})
 * @param session   the session-end warning ({@code faireavec.session.*})
 */
@Validated
@ConfigurationProperties(prefix = "faireavec")
public record FaireAvecProperties(
        @DefaultValue("Europe/Paris") @NotBlank String timeZone,

        @DefaultValue("") @Pattern(regexp = "^$|^https?://\\S+$", message = "must be empty or an http(s) address")
        String publicUrl,

        @DefaultValue @Valid @NotNull Mail mail,
        @DefaultValue @Valid @NotNull Security security,
        @DefaultValue @Valid @NotNull Session session,
        @DefaultValue @Valid @NotNull Drafts drafts) {

    /**
     * E-mail copies of notifications.
     *
     * @param enabled whether mails are sent at all ({@code faireavec.mail.enabled}, env {@code FAIREAVEC_MAIL_ENABLED})
     * @param from    the sender, an address or "Name &lt;address&gt;" ({@code faireavec.mail.from}); also the organizer
     *                of calendar invitations that have none
     * @param outbox  how mails waiting in the outbox are retried ({@code faireavec.mail.outbox.*})
     */
    public record Mail(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("") String from,
            @DefaultValue @Valid @NotNull Outbox outbox) {}

    /**
     * The mail outbox's retries (issue #15): after a failed attempt a mail waits {@code firstDelay}, then that times
     * {@code multiplier} after each further failure, never more than {@code maxDelay}; after {@code maxAttempts}
     * attempts it is FAILED and shown to administrators.
     *
     * @param every       how often the sender job looks for mails due ({@code faireavec.mail.outbox.every}, e.g.
     *                    {@code 30s}); read by the job's {@code @Scheduled}
     * @param firstDelay  the wait after the first failure ({@code faireavec.mail.outbox.first-delay}, e.g. {@code 1m})
     * @param multiplier  how much longer each further wait is ({@code faireavec.mail.outbox.multiplier}), 1 to 10
     * @param maxDelay    the longest wait between two attempts ({@code faireavec.mail.outbox.max-delay})
     * @param maxAttempts attempts before a mail is FAILED ({@code faireavec.mail.outbox.max-attempts}), 1 to 100
     * @param lateAfter   a mail still waiting this long after it was written is shown to administrators too
     *                    ({@code faireavec.mail.outbox.late-after})
     * @param batchSize   how many due mails one node takes at a time ({@code faireavec.mail.outbox.batch-size})
     * @param keepSent    how long a sent mail's row (recipient, subject, Message-ID; never its body, dropped once
     *                    sent) is kept ({@code faireavec.mail.outbox.keep-sent})
     */
    public record Outbox(
            @DefaultValue("30s") @NotNull Duration every,
            @DefaultValue("1m") @NotNull Duration firstDelay,
            @DefaultValue("2") @Min(1) @Max(10) double multiplier,
            @DefaultValue("2h") @NotNull Duration maxDelay,
            @DefaultValue("8") @Min(1) @Max(100) int maxAttempts,
            @DefaultValue("15m") @NotNull Duration lateAfter,
            @DefaultValue("20") @Min(1) @Max(500) int batchSize,
            @DefaultValue("30d") @NotNull Duration keepSent) {}

    /**
     * Sign-in settings.
     *
     * @param bcryptStrength the bcrypt cost of stored passwords ({@code faireavec.security.bcrypt-strength}),
     *                       4 to 31; the platform never uses less than 10 whatever is set
     */
    public record Security(
            @DefaultValue("12") @Min(4) @Max(31) int bcryptStrength) {}

    /**
     * The warning shown before a session ends.
     *
     * @param warnBefore how long before the end of the session the page warns ({@code faireavec.session.warn-before},
     *                   e.g. {@code 2m}); at most half the session
     */
    public record Session(@DefaultValue("2m") @NotNull Duration warnBefore) {}

    /**
     * Drafts kept on people's devices.
     *
     * @param secret the key of the per-person draft owner codes ({@code faireavec.drafts.secret}); empty: a random
     *               one per start (drafts then do not come back after a restart), so set it when running several
     *               nodes
     */
    public record Drafts(@DefaultValue("") String secret) {}
}
