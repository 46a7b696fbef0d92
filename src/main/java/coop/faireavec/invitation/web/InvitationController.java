package coop.faireavec.invitation.web;

import coop.faireavec.invitation.InvitationProblem;
import coop.faireavec.invitation.InvitationService;
import coop.faireavec.invitation.InvitationService.CodeCheck;
import coop.faireavec.invitation.InvitationService.OpenedInvitation;
import coop.faireavec.people.PasswordPolicy;
import coop.faireavec.people.PeopleService;
import coop.faireavec.ratelimit.InvitationCodeThrottle;
import coop.faireavec.ratelimit.Verdict;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.SessionSignIn;
import coop.faireavec.shared.ConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.regex.Pattern;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
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
 * Public: someone with an invitation code types it (or scans the card), then chooses a password (and a username
 * if they have no account yet), and is signed in. Wrong codes are counted per client address, on every node
 * ({@link InvitationCodeThrottle}), so a new cookie does not start again from zero.
 */
@Controller
@RequestMapping("/invitation")
class InvitationController {

    private static final Pattern USERNAME = Pattern.compile("^[a-zA-Z0-9._-]{3,60}$");

    private final InvitationService invitations;
    private final PeopleService people;
    private final PasswordPolicy passwords;
    private final SessionSignIn signIn;
    private final InvitationCodeThrottle throttle;

    InvitationController(
            InvitationService invitations,
            PeopleService people,
            PasswordPolicy passwords,
            SessionSignIn signIn,
            InvitationCodeThrottle throttle) {
        this.invitations = invitations;
        this.people = people;
        this.passwords = passwords;
        this.signIn = signIn;
        this.throttle = throttle;
    }

    @GetMapping
    String enter(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("form", RedeemForm.withCode(code));
        return "invitation/enter";
    }

    @PostMapping
    String submit(
            @ModelAttribute("form") RedeemForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        HttpSession session = request.getSession(true);
        String address = request.getRemoteAddr();
        Verdict verdict = throttle.attempt(address);
        if (!verdict.allowed()) {
            errors.rejectValue("code", "invitation.tooManyAttempts", new Object[] {verdict.minutesToWait()}, null);
            return "invitation/enter";
        }
        CodeCheck check = invitations.open(form.code());
        if (check.ok() || !check.problem().countsAsFailedAttempt()) {
            throttle.notCounted(address);
        }
        if (!check.ok() && check.problem() == InvitationProblem.USED && signedInWithThisCode(session, form.code())) {
            return "redirect:/tasks"; // the second click of a double click: the first one signed them in
        }
        if (!check.ok()) {
            errors.rejectValue("code", check.problem().messageKey());
            return "invitation/enter";
        }
        OpenedInvitation invitation = check.invitation();
        model.addAttribute("invitation", invitation);
        if (!form.choosingPassword()) {
            model.addAttribute(
                    "form",
                    new RedeemForm(
                            invitation.code(), RedeemForm.ACCOUNT_STEP, invitation.suggestedUsername(), null, null));
            return "invitation/account";
        }
        String username = invitation.hasAccount() ? invitation.username() : form.username();
        if (!invitation.hasAccount()) {
            checkNewUsername(form.username(), errors);
        }
        passwords.problem(form.password(), username).ifPresent(key -> errors.rejectValue("password", key));
        if (!errors.hasFieldErrors("password") && !form.password().equals(form.passwordConfirmation())) {
            errors.rejectValue("passwordConfirmation", "form.passwordMismatch");
        }
        if (errors.hasErrors()) {
            return "invitation/account";
        }
        String signedIn;
        try {
            signedIn = invitations.redeem(form.code(), username, form.password());
        } catch (ConflictException | ConcurrencyFailureException usedMeanwhile) {
            // the other click of a double click (or someone else with the same card) used the code first
            if (signedInWithThisCode(session, form.code())) {
                return "redirect:/tasks";
            }
            errors.rejectValue(
                    "code",
                    usedMeanwhile instanceof ConflictException c
                            ? c.getMessageKey()
                            : InvitationProblem.USED.messageKey());
            return "invitation/enter";
        } catch (DataIntegrityViolationException usernameTakenMeanwhile) {
            errors.rejectValue("username", "form.usernameTaken");
            return "invitation/account";
        }
        signIn.signIn(signedIn, request, response);
        redirect.addFlashAttribute("flash", invitation.hasAccount() ? "flash.accessReset" : "flash.accountCreated");
        return "redirect:/tasks";
    }

    /** Whether this session is already signed in as the person who used this code. */
    private boolean signedInWithThisCode(HttpSession session, String code) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext c
                && c.getAuthentication() != null
                && c.getAuthentication().getPrincipal() instanceof AccountPrincipal me
                && invitations.usedBy(code, me.getPersonId());
    }

    private void checkNewUsername(String username, BindingResult errors) {
        if (username == null || username.isBlank()) {
            errors.rejectValue("username", "form.member.username.required");
        } else if (!USERNAME.matcher(username.strip()).matches()) {
            errors.rejectValue("username", "form.username");
        } else if (people.usernameTaken(username)) {
            errors.rejectValue("username", "form.usernameTaken");
        }
    }
}
