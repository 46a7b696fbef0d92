package coop.faireavec.web;

import coop.faireavec.security.AccountPrincipal;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the session length on every page of a signed-in person, for the warning before it ends (session.js). */
@ControllerAdvice
class SessionModel {

    private final SessionSettings settings;
    private final DraftOwnerKeys draftOwners;

    SessionModel(SessionSettings settings, DraftOwnerKeys draftOwners) {
        this.settings = settings;
        this.draftOwners = draftOwners;
    }

    /** The opaque key of the signed-in person's drafts in this browser (session.js), or null when signed out. */
    @ModelAttribute("draftOwner")
    String draftOwner() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal me
                ? draftOwners.keyOf(me.getPersonId())
                : null;
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
