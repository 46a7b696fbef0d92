package coop.faireavec.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After the sign-in form: the {@link SignInGate}s (two-factor sign-in may hold the session unsigned until a code is
 * given, or send it to the enrolment page), then the person's language, then the page they asked for (or the
 * dashboard).
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final SignInLanguage language;
    private final List<SignInGate> gates;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInSuccessHandler(SignInLanguage language, List<SignInGate> gates) {
        this.language = language;
        this.gates = gates;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof AccountPrincipal me) {
            for (SignInGate gate : gates) {
                Optional<SignInGate.Detour> detour = gate.afterPassword(me, request, response);
                if (detour.isPresent()) {
                    if (detour.get().signedIn()) {
                        language.apply(me.getPersonId(), request, response);
                    } else {
                        // half-signed-in: the session keeps no authentication until the second step
                        SecurityContextHolder.clearContext();
                        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
                    }
                    getRedirectStrategy()
                            .sendRedirect(request, response, detour.get().path());
                    return;
                }
            }
            language.apply(me.getPersonId(), request, response);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
