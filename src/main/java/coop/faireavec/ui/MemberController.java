package coop.faireavec.ui;

import coop.faireavec.config.FaireAvecProperties;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MemberService;
import coop.faireavec.participation.ReportNames;
import coop.faireavec.people.PasswordPolicy;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The members of one experimentation: everyone in it may look, carriers add people. */
@Controller
@RequestMapping("/experimentations/{id}/members")
class MemberController {

    private final MemberService members;
    private final ExperimentationService experimentations;
    private final AccessGuard guard;
    private final PasswordPolicy passwords;
    private final boolean mailEnabled;
    private final ReportNames reportNames;

    MemberController(
            MemberService members,
            ExperimentationService experimentations,
            AccessGuard guard,
            PasswordPolicy passwords,
            FaireAvecProperties settings,
            ReportNames reportNames) {
        this.reportNames = reportNames;
        this.passwords = passwords;
        this.members = members;
        this.experimentations = experimentations;
        this.guard = guard;
        this.mailEnabled = settings.mail().enabled();
    }

    @GetMapping
    String list(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("form", MemberForm.empty());
        model.addAttribute("existingForm", ExistingMemberForm.empty());
        return page(id, me.viewer(), model);
    }

    @PostMapping
    String addNew(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        guard.requireRole(viewer, id, ExperimentationRole.CARRIER);
        boolean wantsAccount = form.username() != null && !form.username().isBlank();
        if (wantsAccount && members.usernameTaken(form.username())) {
            errors.rejectValue("username", "form.usernameTaken");
        }
        if (wantsAccount) {
            // the same policy as every other place a password is chosen (invitation codes)
            passwords.problem(form.password(), form.username()).ifPresent(key -> errors.rejectValue("password", key));
        }
        if (form.role() == ExperimentationRole.PARTICIPANT
                && form.college() == null
                && !errors.hasFieldErrors("college")) {
            errors.rejectValue("college", "form.collegeRequired");
        }
        if (errors.hasErrors()) {
            model.addAttribute("existingForm", ExistingMemberForm.empty());
            return page(id, viewer, model);
        }
        members.addNewPerson(
                viewer,
                id,
                new MemberService.NewMember(
                        form.displayName(),
                        form.email(),
                        form.phone(),
                        form.college(),
                        form.role(),
                        wantsAccount ? form.username() : null,
                        form.password(),
                        form.language()));
        redirect.addFlashAttribute("flash", "flash.memberAdded");
        return "redirect:/experimentations/" + id + "/members";
    }

    @PostMapping("/existing")
    String addExisting(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("existingForm") ExistingMemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        guard.requireRole(viewer, id, ExperimentationRole.CARRIER);
        if (!errors.hasFieldErrors("username") && !members.usernameTaken(form.username())) {
            errors.rejectValue("username", "form.usernameUnknown");
        }
        if (form.role() == ExperimentationRole.PARTICIPANT
                && form.college() == null
                && !errors.hasFieldErrors("college")) {
            errors.rejectValue("college", "form.collegeRequired");
        }
        if (errors.hasErrors()) {
            model.addAttribute("form", MemberForm.empty());
            return page(id, viewer, model);
        }
        members.addExistingAccount(viewer, id, form.username(), form.college(), form.role());
        redirect.addFlashAttribute("flash", "flash.memberAdded");
        return "redirect:/experimentations/" + id + "/members";
    }

    /** The carrier allows a practitioner to record for others (allowed=true) or withdraws it (allowed=false). */
    @PostMapping("/{personId}/record-for-others")
    String allowRecording(
            @PathVariable long id,
            @PathVariable long personId,
            @RequestParam(defaultValue = "false") boolean allowed,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        members.allowRecordingForOthers(me.viewer(), id, personId, allowed);
        redirect.addFlashAttribute("flash", allowed ? "flash.recordingAllowed" : "flash.recordingWithdrawn");
        return "redirect:/experimentations/" + id + "/members";
    }

    private String page(long id, Viewer viewer, Model model) {
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        model.addAttribute("membersByCollege", members.membersByCollege(viewer, id));
        boolean carrier = viewer.admin() || guard.hasRole(viewer, id, ExperimentationRole.CARRIER);
        model.addAttribute("isCarrier", carrier);
        model.addAttribute("canInvite", carrier);
        model.addAttribute("mailEnabled", mailEnabled);
        model.addAttribute("canAllowRecording", carrier);
        model.addAttribute("canNoteNaming", carrier);
        model.addAttribute(
                "reportNames", carrier ? reportNames.namesFor(id, LocaleContextHolder.getLocale()) : Map.of());
        model.addAttribute("colleges", College.values());
        model.addAttribute("roles", ExperimentationRole.values());
        model.addAttribute("languages", MemberForm.LANGUAGES);
        return "experimentation/members";
    }
}
