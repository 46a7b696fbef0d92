package coop.faireavec.security;

import coop.faireavec.people.PeopleService;
import coop.faireavec.people.SignInState;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was disabled, removed, or whose session version was raised since sign-in (issue #11):
 * the version copied into the session at sign-in ({@link AccountPrincipal#getSessionVersion()}) is compared with the
 * account's on every request. A mismatch invalidates the session and sends the client to the sign-in page
 * ({@code /login?ended}). Works across several nodes: the account row is the only shared state.
 * Not a bean, so that it runs only inside the security chain ({@link SecurityConfig}), after the context is loaded.
 */
class SessionVersionFilter extends OncePerRequestFilter {

    private final PeopleService people;

    SessionVersionFilter(PeopleService people) {
        this.people = people;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal me && !stillValid(me)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?ended");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Static files carry nothing personal: no database look-up for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/images/")
                || path.startsWith("/webjars/")
                || path.startsWith("/vendor/")
                || path.equals("/favicon.ico");
    }

    private boolean stillValid(AccountPrincipal me) {
        Optional<SignInState> state = people.signInStateOf(me.getPersonId());
        return state.isPresent() && state.get().enabled() && state.get().sessionVersion() == me.getSessionVersion();
    }
}
