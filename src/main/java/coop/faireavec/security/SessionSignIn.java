package coop.faireavec.security;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs someone in without the sign-in form, once they have proved who they are another way (an invitation code
 * and the password they just chose). Same protections as the form: new session id, new CSRF token, context kept
 * in the session; and the same language handling ({@link SignInLanguage}) and {@link SignInGate}s (a person with
 * two-factor sign-in still gives a code: the session is then not signed in and the sign-in page sends them on).
 */
@Component
public class SessionSignIn {

    private final UserDetailsService userDetails;
    private final SignInLanguage language;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    private final List<SignInGate> gates;

    /** The audit detail of a sign-in finished without the password form: the two-factor code or an access link. */
    static final String SECOND_STEP = "code de double authentification ou lien d'accès";

    private final AuditLog audit;

    SessionSignIn(UserDetailsService userDetails, SignInLanguage language, List<SignInGate> gates, AuditLog audit) {
        this.userDetails = userDetails;
        this.language = language;
        this.gates = gates;
        this.audit = audit;
    }

    /**
     * Signs in the account {@code username}, unless a {@link SignInGate} holds it (then the session is not signed in
     * and the next page asked for leads to the sign-in page, which sends the person to the step still to take).
     *
     * @throws org.springframework.security.core.userdetails.UsernameNotFoundException if there is no such account
     */
    public void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = userDetails.loadUserByUsername(username);
        if (user instanceof AccountPrincipal me) {
            for (SignInGate gate : gates) {
                Optional<SignInGate.Detour> detour = gate.afterPassword(me, request, response);
                if (detour.isPresent() && !detour.get().signedIn()) {
                    return;
                }
            }
        }
        signInAfterSecondStep(username, request, response);
    }

    /**
     * Signs in the account {@code username} without asking the {@link SignInGate}s: only for the gate's own last
     * step, once the person gave what it asked (a two-factor code).
     *
     * @throws org.springframework.security.core.userdetails.UsernameNotFoundException if there is no such account
     */
    public void signInAfterSecondStep(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        request.getSession(true);
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        if (user instanceof AccountPrincipal me) {
            language.apply(me.getPersonId(), request, response);
            // no authentication event is published on this way in (a two-factor code, an invitation code, a
            // password link): the audit is written here; the form's password step is written by SignInAudit
            audit.record(
                    new AuditLog.Actor(me.getPersonId(), me.getDisplayName(), request.getRemoteAddr()),
                    AuditKind.SIGNED_IN,
                    SignInAudit.ACCOUNT,
                    me.getPersonId(),
                    SECOND_STEP,
                    null,
                    me.getPersonId());
        }
    }
}
