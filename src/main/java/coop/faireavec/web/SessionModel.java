package coop.faireavec.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the session length on every page of a signed-in person, for the warning before it ends (session.js). */
@ControllerAdvice
class SessionModel {

    private final SessionSettings settings;

    SessionModel(SessionSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("sessionSeconds")
    Long sessionSeconds() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        return signedIn ? settings.timeoutSeconds() : null;
    }

    @ModelAttribute("sessionWarnBefore")
    long sessionWarnBefore() {
        return settings.warnBeforeSeconds();
    }
}
