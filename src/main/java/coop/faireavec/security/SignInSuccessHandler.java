package coop.faireavec.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After the sign-in form: the person's language, then the page they asked for (or the dashboard). */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final SignInLanguage language;

    SignInSuccessHandler(SignInLanguage language) {
        this.language = language;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof AccountPrincipal me) {
            language.apply(me.getPersonId(), request, response);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
