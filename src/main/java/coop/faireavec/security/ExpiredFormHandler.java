package coop.faireavec.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent with a CSRF token that is no longer valid (the session ended, the server restarted, the page stayed
 * open too long: {@link org.springframework.security.web.csrf.MissingCsrfTokenException} or
 * {@link org.springframework.security.web.csrf.InvalidCsrfTokenException}) is not "access denied": the person only
 * has to start again. The sign-in form goes back to {@code /login?expired} with the username that was typed kept (as
 * after a failed sign-in, {@link SignInFailureHandler}); signing out when already signed out goes to
 * {@code /login?logout}; any other form gets the 403 error page marked with {@link #FORM_EXPIRED}, which the error
 * page shows as "this page has expired" with a link back (web.ErrorPageController). Every other refusal is Spring
 * Security's usual 403.
 */
public class ExpiredFormHandler implements AccessDeniedHandler {

    /** Request attribute (Boolean.TRUE) set on a 403 answered because a form's CSRF token was no longer valid. */
    public static final String FORM_EXPIRED = "faireavec.formExpired";

    private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

    ExpiredFormHandler() {}

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        if (refusal instanceof CsrfException) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if ("/login".equals(path)) {
                String typed = request.getParameter("username");
                if (typed != null && !typed.isBlank()) {
                    request.getSession()
                            .setAttribute(
                                    SignInFailureHandler.LAST_USERNAME,
                                    typed.length() > 200 ? typed.substring(0, 200) : typed);
                }
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
            if ("/logout".equals(path) && !signedIn()) {
                response.sendRedirect(request.getContextPath() + "/login?logout");
                return;
            }
            request.setAttribute(FORM_EXPIRED, Boolean.TRUE);
        }
        denied.handle(request, response, refusal);
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
