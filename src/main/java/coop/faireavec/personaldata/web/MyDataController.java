package coop.faireavec.personaldata.web;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.personaldata.PersonalDataFiles;
import coop.faireavec.personaldata.PersonalDataService;
import coop.faireavec.ratelimit.PasswordCheckThrottle;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.shared.ConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "My data" (issue #16, point 9): the signed-in person downloads everything held about them (JSON, Excel), and may
 * erase themself at once after typing their password again. Done directly rather than as a request an administrator
 * carries out: the password proves it is really them, nothing waits in a queue for weeks, and an erasure never
 * needs an administrator's judgement (what is kept is decided by the one definition of a person's data).
 */
@Controller
class MyDataController {

    private final PasswordCheckThrottle checks;

    private final PersonalDataService data;
    private final PersonalDataFiles files;

    MyDataController(PersonalDataService data, PersonalDataFiles files, PasswordCheckThrottle checks) {
        this.checks = checks;
        this.data = data;
        this.files = files;
    }

    @GetMapping("/me/data")
    String page(Model model) {
        model.addAttribute("form", EraseOwnForm.empty());
        return "personaldata/mine";
    }

    @GetMapping("/me/data.json")
    ResponseEntity<byte[]> json(@AuthenticationPrincipal AccountPrincipal me, Locale locale) {
        return Downloads.attachment(
                files.json(data.ownData(me.viewer()), locale), MediaType.APPLICATION_JSON, "mes-donnees.json");
    }

    @GetMapping("/me/data.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal AccountPrincipal me, Locale locale) {
        return Downloads.attachment(files.xlsx(data.ownData(me.viewer()), locale), Downloads.XLSX, "mes-donnees.xlsx");
    }

    @PostMapping("/me/data/erase")
    String erase(
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") EraseOwnForm form,
            BindingResult errors,
            HttpServletRequest request) {
        if (!errors.hasFieldErrors("password")) {
            Optional<Long> wait = checks.refusal(
                    new AuditLog.Actor(me.getPersonId(), me.getDisplayName(), request.getRemoteAddr()),
                    "mot de passe avant effacement");
            if (wait.isPresent()) {
                errors.rejectValue("password", "form.erase.passwordTooManyTries", new Object[] {wait.get()}, null);
                return "personaldata/mine";
            }
            if (data.passwordMatches(me.viewer(), form.password())) {
                checks.passed(me.getPersonId());
            } else {
                errors.rejectValue("password", "form.erase.passwordWrong");
            }
        }
        if (!Boolean.TRUE.equals(form.confirmed())) {
            errors.rejectValue("confirmed", "form.erase.confirmRequired");
        }
        if (errors.hasErrors()) {
            return "personaldata/mine";
        }
        try {
            data.eraseOwn(
                    me.viewer(),
                    new AuditLog.Actor(me.getPersonId(), me.getDisplayName(), request.getRemoteAddr()),
                    form.password());
        } catch (ConflictException e) {
            errors.reject(e.getMessageKey());
            return "personaldata/mine";
        }
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/login?erased";
    }
}
