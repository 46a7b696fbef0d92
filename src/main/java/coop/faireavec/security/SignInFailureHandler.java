package coop.faireavec.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed sign-in goes back to {@code /login?error} with the username the person typed kept for the form (in the
 * session, read once by the login page), so that only the password has to be typed again. The password is never
 * kept.
 */
public class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    /** Session attribute holding the username of the last failed attempt (a String, at most 200 characters). */
    public static final String LAST_USERNAME = "faireavec.signIn.lastUsername";

    /** Session attribute: minutes to wait after a throttled sign-in (a Long, {@link SignInThrottlingFilter}). */
    public static final String WAIT_MINUTES = "faireavec.signIn.waitMinutes";

    public SignInFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, jakarta.servlet.ServletException {
        String typed = request.getParameter("username");
        if (typed != null) {
            request.getSession().setAttribute(LAST_USERNAME, typed.length() > 200 ? typed.substring(0, 200) : typed);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
