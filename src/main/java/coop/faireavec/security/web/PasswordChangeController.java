package coop.faireavec.security.web;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.people.PasswordPolicy;
import coop.faireavec.people.PeopleService.PasswordChange;
import coop.faireavec.ratelimit.PasswordCheckThrottle;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.OwnPassword;
import coop.faireavec.security.SessionSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Change my password" for anyone signed in ({@code /me/password}): current password, new one twice. Once changed,
 * the person's other sessions end (on every node) and this one goes on ({@link OwnPassword}).
 */
@Controller
class PasswordChangeController {

    private final PasswordCheckThrottle checks;

    private static final String PAGE = "me/password";

    private final OwnPassword ownPassword;
    private final PasswordPolicy policy;
    private final SessionSignIn signIn;

    PasswordChangeController(
            OwnPassword ownPassword, PasswordPolicy policy, SessionSignIn signIn, PasswordCheckThrottle checks) {
        this.checks = checks;
        this.ownPassword = ownPassword;
        this.policy = policy;
        this.signIn = signIn;
    }

    @GetMapping("/me/password")
    String show(Model model) {
        model.addAttribute("form", PasswordChangeForm.empty());
        return PAGE;
    }

    @PostMapping("/me/password")
    String change(
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") PasswordChangeForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.current() == null || form.current().isEmpty()) {
            errors.rejectValue("current", "form.password.currentRequired");
        }
        policy.problem(form.password(), me.getUsername()).ifPresent(key -> errors.rejectValue("password", key));
        if (!errors.hasFieldErrors("password") && !form.password().equals(form.passwordConfirmation())) {
            errors.rejectValue("passwordConfirmation", "form.passwordMismatch");
        }
        if (errors.hasErrors()) {
            return PAGE;
        }
        AuditLog.Actor actor = new AuditLog.Actor(me.getPersonId(), me.getDisplayName(), request.getRemoteAddr());
        Optional<Long> wait = checks.refusal(actor, "mot de passe actuel");
        if (wait.isPresent()) {
            errors.rejectValue("current", "form.password.currentTooManyTries", new Object[] {wait.get()}, null);
            return PAGE;
        }
        PasswordChange outcome = ownPassword.change(me, form.current(), form.password());
        if (!outcome.done()) {
            errors.rejectValue(outcome.field(), outcome.problemKey());
            return PAGE;
        }
        checks.passed(me.getPersonId());
        // the change ended every session of the account; this one goes on with the new session version
        signIn.signIn(me.getUsername(), request, response);
        redirect.addFlashAttribute("flash", "flash.ownPasswordChanged");
        return "redirect:/";
    }
}
