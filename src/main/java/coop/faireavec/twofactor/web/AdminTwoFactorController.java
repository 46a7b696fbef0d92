package coop.faireavec.twofactor.web;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.twofactor.TwoFactorService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Réinitialiser la double authentification" on the administration's person page: a platform administrator turns a
 * person's two-factor sign-in off (lost phone and recovery codes); audited. Administrators only ({@code /admin/**}
 * in the security configuration, and the service checks again).
 */
@Controller
class AdminTwoFactorController {

    private final TwoFactorService twoFactor;

    AdminTwoFactorController(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @PostMapping("/admin/people/{personId}/two-factor/reset")
    String reset(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long personId,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        AuditLog.Actor actor = new AuditLog.Actor(me.getPersonId(), me.getDisplayName(), request.getRemoteAddr());
        boolean wasOn = twoFactor.reset(me.viewer(), actor, personId);
        redirect.addFlashAttribute("flash", wasOn ? "flash.twoFactor.reset" : "flash.twoFactor.nothingToReset");
        return "redirect:/admin/people/" + personId;
    }
}
