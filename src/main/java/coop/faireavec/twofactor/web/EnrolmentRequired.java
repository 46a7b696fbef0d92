package coop.faireavec.twofactor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An administrator or carrier who signed in without two-factor sign-in, where it is required, reaches nothing but the
 * enrolment page until they enrol (issue #16, point 2): the session carries {@link #ATTRIBUTE} from the sign-in
 * ({@link TwoFactorGate}) until enrolment (or "later", only while the demo data are on). Every other address is
 * answered with a redirect to the enrolment page. Registered after the security filters ({@link TwoFactorWebConfig}).
 */
class EnrolmentRequired extends OncePerRequestFilter {

    static final String ATTRIBUTE = "faireavec.twoFactor.enrolmentRequired";
    static final String PAGE = "/me/security/two-factor";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) != null && !allowed(path(request))) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * The enrolment page itself, signing out, the public notices linked from every page's footer (privacy, legal
     * notice, accessibility: a person must be able to read them before enrolling), and what any page needs (static
     * files, error page, health).
     */
    static boolean allowed(String path) {
        return path.equals(PAGE)
                || path.equals("/privacy")
                || path.equals("/legal")
                || path.equals("/accessibility")
                || path.startsWith(PAGE + "/")
                || path.equals("/logout")
                || path.equals("/login")
                || path.equals("/error")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/images/")
                || path.startsWith("/webjars/")
                || path.startsWith("/vendor/")
                || path.startsWith("/favicon.")
                || path.startsWith("/actuator/health");
    }
}
