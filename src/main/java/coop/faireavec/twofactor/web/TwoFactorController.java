package coop.faireavec.twofactor.web;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.ratelimit.PasswordCheckThrottle;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.shared.QrCodePng;
import coop.faireavec.twofactor.TwoFactorService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One's own two-factor sign-in ({@code /me/security/two-factor}): while off, the enrolment (QR code and the secret
 * as text, confirmed with a first code, then the 10 recovery codes shown once); while on, new recovery codes or
 * turning it off, each with a current code or the password. While the demo data are on, a person held here at sign-in
 * may choose "later" for this session.
 */
@Controller
@RequestMapping(EnrolmentRequired.PAGE)
class TwoFactorController {

    private final PasswordCheckThrottle checks;

    private final TwoFactorService twoFactor;
    private final boolean demo;

    /** {@code demo}: {@code faireavec.demo.enabled}, the same switch as the demo data's own beans. */
    TwoFactorController(
            TwoFactorService twoFactor,
            @Value("${faireavec.demo.enabled:false}") boolean demo,
            PasswordCheckThrottle checks) {
        this.checks = checks;
        this.twoFactor = twoFactor;
        this.demo = demo;
    }

    @GetMapping
    String page(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model) {
        return show(me, request, model, ConfirmForm.empty(), ProofForm.empty());
    }

    @PostMapping
    String confirm(
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("confirmForm") ConfirmForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        if (twoFactor.isOn(me.getPersonId())) {
            return "redirect:" + EnrolmentRequired.PAGE;
        }
        if (!errors.hasErrors()) {
            Optional<List<String>> codes = twoFactor.confirm(me.viewer(), actor(me, request), form.code());
            if (codes.isPresent()) {
                release(request);
                return codes(model, codes.get(), true);
            }
            errors.rejectValue("code", "form.twoFactor.firstCodeWrong");
        }
        return show(me, request, model, form, ProofForm.empty());
    }

    @PostMapping("/recovery-codes")
    String recoveryCodes(
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("proofForm") ProofForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        if (!twoFactor.isOn(me.getPersonId())) {
            return "redirect:" + EnrolmentRequired.PAGE;
        }
        if (!errors.hasErrors() && mayCheck(me, request, errors)) {
            Optional<List<String>> codes = twoFactor.regenerateRecoveryCodes(me.viewer(), form.proof());
            if (codes.isPresent()) {
                checks.passed(me.getPersonId());
                return codes(model, codes.get(), false);
            }
            errors.rejectValue("proof", "form.twoFactor.proofWrong");
        }
        return show(me, request, model, ConfirmForm.empty(), form);
    }

    @PostMapping("/disable")
    String disable(
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("proofForm") ProofForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!twoFactor.isOn(me.getPersonId())) {
            return "redirect:" + EnrolmentRequired.PAGE;
        }
        if (!errors.hasErrors() && mayCheck(me, request, errors)) {
            if (twoFactor.disable(me.viewer(), actor(me, request), form.proof())) {
                checks.passed(me.getPersonId());
                redirect.addFlashAttribute("flash", "flash.twoFactor.disabled");
                return "redirect:" + EnrolmentRequired.PAGE;
            }
            errors.rejectValue("proof", "form.twoFactor.proofWrong");
        }
        return show(me, request, model, ConfirmForm.empty(), form);
    }

    /** Takes one try of the person's password checks; when refused, says how long to wait on the proof field. */
    private boolean mayCheck(AccountPrincipal me, HttpServletRequest request, BindingResult errors) {
        Optional<Long> wait = checks.refusal(actor(me, request), "code ou mot de passe (double authentification)");
        wait.ifPresent(minutes ->
                errors.rejectValue("proof", "form.twoFactor.proofTooManyTries", new Object[] {minutes}, null));
        return wait.isEmpty();
    }

    /** "Later": only while the demo data are on, and only for this session. */
    @PostMapping("/later")
    String later(HttpServletRequest request) {
        if (!demo) {
            throw new NotFoundException("two-factor later", 0);
        }
        release(request);
        return "redirect:/";
    }

    private String show(
            AccountPrincipal me, HttpServletRequest request, Model model, ConfirmForm confirm, ProofForm proof) {
        boolean on = twoFactor.isOn(me.getPersonId());
        model.addAttribute("on", on);
        model.addAttribute("confirmForm", confirm);
        model.addAttribute("proofForm", proof);
        model.addAttribute("held", held(request));
        model.addAttribute("laterOffered", demo && held(request));
        if (on) {
            model.addAttribute("codesLeft", twoFactor.recoveryCodesLeft(me.getPersonId()));
        } else {
            TwoFactorService.Enrolment enrolment = twoFactor.enrolment(me.viewer());
            model.addAttribute("qrCode", QrCodePng.dataUrl(enrolment.otpauthUri()));
            model.addAttribute("secretGroups", groupsOfFour(enrolment.secret()));
        }
        return "twofactor/page";
    }

    private static String codes(Model model, List<String> codes, boolean justEnabled) {
        model.addAttribute("codes", codes);
        model.addAttribute("justEnabled", justEnabled);
        return "twofactor/codes";
    }

    private static boolean held(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(EnrolmentRequired.ATTRIBUTE) != null;
    }

    private static void release(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(EnrolmentRequired.ATTRIBUTE);
        }
    }

    private static AuditLog.Actor actor(AccountPrincipal me, HttpServletRequest request) {
        return new AuditLog.Actor(me.getPersonId(), me.getDisplayName(), request.getRemoteAddr());
    }

    /** The secret in groups of four characters, easier to type from the screen. */
    static String groupsOfFour(String secret) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < secret.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(secret, i, Math.min(secret.length(), i + 4));
        }
        return grouped.toString();
    }
}
