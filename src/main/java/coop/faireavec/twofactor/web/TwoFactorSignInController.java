package coop.faireavec.twofactor.web;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.ratelimit.TwoFactorCodeThrottle;
import coop.faireavec.ratelimit.Verdict;
import coop.faireavec.security.SessionSignIn;
import coop.faireavec.security.SignInFailureHandler;
import coop.faireavec.twofactor.TwoFactorProperties;
import coop.faireavec.twofactor.TwoFactorService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in ({@code /login/two-factor}): only for a session whose password was right and that
 * waits for its code ({@link PendingSignIn}); any other visitor is sent to the sign-in page. A right code (or unused
 * recovery code) signs the session in (new session id and CSRF token); {@value PendingSignIn#MAX_FAILURES} wrong ones
 * send the person back to the password.
 */
@Controller
class TwoFactorSignInController {

    private final TwoFactorService twoFactor;
    private final TwoFactorProperties settings;
    private final SessionSignIn signIn;
    private final Clock clock;
    private final TwoFactorCodeThrottle throttle;

    TwoFactorSignInController(
            TwoFactorService twoFactor,
            TwoFactorProperties settings,
            SessionSignIn signIn,
            Clock clock,
            TwoFactorCodeThrottle throttle) {
        this.twoFactor = twoFactor;
        this.settings = settings;
        this.signIn = signIn;
        this.clock = clock;
        this.throttle = throttle;
    }

    @GetMapping(TwoFactorGate.CODE_PAGE)
    String page(HttpServletRequest request, Model model) {
        Optional<PendingSignIn> pending = PendingSignIn.of(request, clock.instant());
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        return show(model, CodeForm.empty(), pending.get());
    }

    @PostMapping(TwoFactorGate.CODE_PAGE)
    String code(
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Optional<PendingSignIn> waiting = PendingSignIn.of(request, clock.instant());
        if (waiting.isEmpty()) {
            return "redirect:/login";
        }
        PendingSignIn pending = waiting.get();
        if (errors.hasErrors()) {
            return show(model, form, pending);
        }
        AuditLog.Actor actor = new AuditLog.Actor(pending.personId(), pending.displayName(), request.getRemoteAddr());
        // counted per account, on every node: typing the password again does not give more guesses
        Verdict verdict = throttle.attempt(pending.personId(), actor);
        if (!verdict.allowed()) {
            PendingSignIn.clear(request);
            request.getSession().setAttribute(SignInFailureHandler.LAST_USERNAME, pending.username());
            request.getSession().setAttribute(SignInFailureHandler.WAIT_MINUTES, verdict.minutesToWait());
            return "redirect:/login?throttled";
        }
        TwoFactorService.Check check = twoFactor.check(pending.personId(), form.code(), actor);
        if (check == TwoFactorService.Check.REFUSED) {
            PendingSignIn failed = pending.failedOnce();
            if (failed.attemptsLeft() == 0) {
                PendingSignIn.clear(request);
                return "redirect:/login?tooManyCodes";
            }
            failed.store(request);
            errors.rejectValue("code", "form.twoFactor.codeWrong");
            return show(model, form, failed);
        }
        throttle.rightCode(pending.personId());
        PendingSignIn.clear(request);
        signIn.signInAfterSecondStep(pending.username(), request, response);
        if (form.rememberAsked()) {
            RememberedDeviceCookie.write(
                    request, response, twoFactor.rememberDevice(pending.personId()), settings.rememberDaysAtLeastOne());
        }
        if (check == TwoFactorService.Check.RECOVERY_CODE) {
            redirect.addFlashAttribute("flash", "flash.twoFactor.recoveryCodeUsed");
        }
        return "redirect:/";
    }

    /** Gives up the waiting sign-in: back to the password. */
    @PostMapping(TwoFactorGate.CODE_PAGE + "/cancel")
    String cancel(HttpServletRequest request) {
        PendingSignIn.clear(request);
        return "redirect:/login";
    }

    private static String show(Model model, CodeForm form, PendingSignIn pending) {
        model.addAttribute("form", form);
        model.addAttribute("attemptsLeft", pending.attemptsLeft());
        model.addAttribute("failures", pending.failures());
        return "twofactor/code";
    }
}
