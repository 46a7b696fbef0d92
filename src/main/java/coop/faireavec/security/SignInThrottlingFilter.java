package coop.faireavec.security;

import coop.faireavec.ratelimit.SignInThrottle;
import coop.faireavec.ratelimit.Verdict;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles {@code POST /login} before the password is checked ({@link SignInThrottle}; placed before Spring
 * Security's form-login filter, after CSRF): a refused attempt goes back to {@code /login?throttled} with the time to
 * wait and the typed username kept in the session for the page (never the password), and no password hash is
 * computed. An allowed attempt goes on; if it signs the person in, the throttle is told so.
 */
class SignInThrottlingFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottlingFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String address = request.getRemoteAddr();
        Verdict verdict = throttle.attempt(username, address);
        if (!verdict.allowed()) {
            if (username != null) {
                request.getSession()
                        .setAttribute(
                                SignInFailureHandler.LAST_USERNAME,
                                username.length() > 200 ? username.substring(0, 200) : username);
            }
            request.getSession().setAttribute(SignInFailureHandler.WAIT_MINUTES, verdict.minutesToWait());
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            throttle.signedIn(username, address);
        }
    }
}
