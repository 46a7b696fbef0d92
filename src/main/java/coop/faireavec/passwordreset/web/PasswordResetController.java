package coop.faireavec.passwordreset.web;

import coop.faireavec.passwordreset.PasswordResetProblem;
import coop.faireavec.passwordreset.PasswordResetService;
import coop.faireavec.passwordreset.PasswordResetService.ResetCheck;
import coop.faireavec.people.PasswordPolicy;
import coop.faireavec.security.SessionSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Public: "forgotten password". The person types their e-mail address and always sees the same page next, whether
 * the address is known or not; the mailed link opens a page where they choose a new password (the one password
 * policy) and are signed in. A link that never existed is a 404, one expired, used or replaced a 410, each with a
 * page saying what to do.
 */
@Controller
@RequestMapping("/password")
class PasswordResetController {

    private final PasswordResetService resets;
    private final PasswordPolicy passwords;
    private final SessionSignIn signIn;

    PasswordResetController(PasswordResetService resets, PasswordPolicy passwords, SessionSignIn signIn) {
        this.resets = resets;
        this.passwords = passwords;
        this.signIn = signIn;
    }

    @GetMapping("/forgotten")
    String forgotten(Model model) {
        model.addAttribute("form", ForgottenForm.empty());
        return "password/forgotten";
    }

    @PostMapping("/forgotten")
    String sendLink(@Valid @ModelAttribute("form") ForgottenForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return "password/forgotten";
        }
        resets.sendLinks(form.email());
        return "redirect:/password/forgotten/sent";
    }

    @GetMapping("/forgotten/sent")
    String sent() {
        return "password/sent";
    }

    @GetMapping("/reset")
    String choose(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        ResetCheck check = resets.open(token);
        if (!check.ok()) {
            return problemPage(check.problem(), model, response);
        }
        model.addAttribute("reset", check.reset());
        model.addAttribute("form", NewPasswordForm.withToken(token.strip()));
        return "password/reset";
    }

    @PostMapping("/reset")
    String change(
            @ModelAttribute("form") NewPasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ResetCheck check = resets.open(form.token());
        if (!check.ok()) {
            return problemPage(check.problem(), model, response);
        }
        passwords
                .problem(form.password(), check.reset().username())
                .ifPresent(key -> errors.rejectValue("password", key));
        if (!errors.hasFieldErrors("password") && !form.password().equals(form.passwordConfirmation())) {
            errors.rejectValue("passwordConfirmation", "form.passwordMismatch");
        }
        if (errors.hasErrors()) {
            model.addAttribute("reset", check.reset());
            return "password/reset";
        }
        String username = resets.reset(form.token(), form.password());
        signIn.signIn(username, request, response);
        redirect.addFlashAttribute("flash", "flash.passwordChanged");
        return "redirect:/";
    }

    private static String problemPage(PasswordResetProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.gone() ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
        model.addAttribute("problem", problem);
        return "password/problem";
    }
}
