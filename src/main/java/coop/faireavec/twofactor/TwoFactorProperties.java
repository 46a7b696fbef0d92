package coop.faireavec.twofactor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-factor sign-in settings ({@code faireavec.two-factor.*}, issue #16 point 2).
 *
 * @param requiredForCarriersAndAdmins an administrator, or a carrier of any experimentation, without two-factor
 *                                     sign-in is sent to the enrolment page after signing in and reaches nothing
 *                                     else until enrolled ({@code faireavec.two-factor.required-for-carriers-and-admins},
 *                                     default true)
 * @param rememberDays                 how long a device the person asked to remember skips the code (days, default 30;
 *                                     below 1 counts as 1)
 */
@ConfigurationProperties(prefix = "faireavec.two-factor")
public record TwoFactorProperties(
        @DefaultValue("true") boolean requiredForCarriersAndAdmins,
        @DefaultValue("30") int rememberDays) {

    /** The remembered-device duration in days, never below 1. */
    public int rememberDaysAtLeastOne() {
        return Math.max(1, rememberDays);
    }
}
