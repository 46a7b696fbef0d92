package coop.faireavec.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * in the session; and the same language handling ({@link SignInLanguage}).
 */
@Component
public class SessionSignIn {

    private final UserDetailsService userDetails;
    private final SignInLanguage language;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionSignIn(UserDetailsService userDetails, SignInLanguage language) {
        this.userDetails = userDetails;
        this.language = language;
    }

    public void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
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
        }
    }
}
