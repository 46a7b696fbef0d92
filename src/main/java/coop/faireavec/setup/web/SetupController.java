package coop.faireavec.setup.web;

import coop.faireavec.security.SessionSignIn;
import coop.faireavec.setup.SetupProblem;
import coop.faireavec.setup.SetupService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
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
 * Public, and only while the platform has no administrator: the one-time set-up address from the log opens a form
 * that creates the first administrator and signs them in. Once an administrator exists, {@code /setup} is a 404
 * (with any token); a missing or unknown token is a 404 too, an expired, used or replaced one a 410, each with a page
 * saying what to do.
 */
@Controller
@RequestMapping("/setup")
class SetupController {

    private final SetupService setup;
    private final SessionSignIn signIn;

    SetupController(SetupService setup, SessionSignIn signIn) {
        this.setup = setup;
        this.signIn = signIn;
    }

    @GetMapping
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<SetupProblem> problem = setup.check(token);
        if (problem.isPresent()) {
            return problemPage(problem.get(), model, response);
        }
        model.addAttribute("form", SetupForm.withToken(token.strip()));
        return "setup/form";
    }

    @PostMapping
    String create(
            @ModelAttribute("form") SetupForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<SetupProblem> problem = setup.check(form.token());
        if (problem.isPresent()) {
            return problemPage(problem.get(), model, response);
        }
        setup.problems(form.administrator()).forEach(errors::rejectValue);
        if (!errors.hasFieldErrors("password") && !form.password().equals(form.passwordConfirmation())) {
            errors.rejectValue("passwordConfirmation", "form.passwordMismatch");
        }
        if (errors.hasErrors()) {
            return "setup/form";
        }
        String username = setup.createFirstAdministrator(form.token(), form.administrator());
        signIn.signIn(username, request, response);
        redirect.addFlashAttribute("flash", "flash.administratorCreated");
        return "redirect:/";
    }

    private static String problemPage(SetupProblem problem, Model model, HttpServletResponse response) {
        boolean gone =
                problem == SetupProblem.EXPIRED || problem == SetupProblem.USED || problem == SetupProblem.REPLACED;
        response.setStatus(gone ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
        model.addAttribute("problem", problem);
        return "setup/problem";
    }
}
