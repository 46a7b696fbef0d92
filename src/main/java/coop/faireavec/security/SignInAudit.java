package coop.faireavec.security;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.UserAccount;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins and failed sign-ins to the audit (issue #16, point 4), from Spring Security's authentication
 * events (published by Spring Boot's {@code DefaultAuthenticationEventPublisher}), not from the sign-in handlers.
 * A failed sign-in keeps the username as typed, cut to 60 characters, and the kind of failure; never the password.
 * When the typed username is an account's, the event is about that person (the administrators' person filter
 * finds it).
 */
@Component
class SignInAudit {

    /** The longest username kept for a failed sign-in (an account's username is at most 60 characters). */
    static final int USERNAME_KEPT = 60;

    /**
     * The record type of sign-in events: the account's person id, as subject too (so the person filter finds them),
     * but not "person", so that the administration's page of a person lists only what administrators did to it.
     */
    static final String ACCOUNT = "account";

    private final AuditLog audit;
    private final PeopleService people;

    SignInAudit(AuditLog audit, PeopleService people) {
        this.audit = audit;
        this.people = people;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (!(auth.getPrincipal() instanceof AccountPrincipal me)) {
            return;
        }
        audit.record(
                new AuditLog.Actor(me.getPersonId(), me.getDisplayName(), address(auth)),
                AuditKind.SIGNED_IN,
                ACCOUNT,
                me.getPersonId(),
                null,
                null,
                me.getPersonId());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String typed = auth.getName() == null ? "" : auth.getName().strip();
        if (typed.length() > USERNAME_KEPT) {
            typed = typed.substring(0, USERNAME_KEPT);
        }
        Optional<UserAccount> account = typed.isEmpty() ? Optional.empty() : people.accountByUsername(typed);
        String reason = event.getException().getClass().getSimpleName().replace("Exception", "");
        Long personId = account.map(a -> a.getPerson().getId()).orElse(null);
        audit.record(
                new AuditLog.Actor(null, null, address(auth)),
                AuditKind.SIGN_IN_FAILED,
                ACCOUNT,
                personId,
                "username \"" + typed + "\": " + reason,
                null,
                personId);
    }

    private static String address(Authentication auth) {
        if (auth.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return AuditLog.currentClientAddress();
    }
}
