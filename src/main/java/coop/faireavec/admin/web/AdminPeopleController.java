package coop.faireavec.admin.web;

import coop.faireavec.admin.AdminService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
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

/**
 * People and accounts across the platform: search, a person's memberships, disable/enable, administrator role,
 * access reset with an invitation code (the invitation card page), merge of two records of the same person.
 */
@Controller
@RequestMapping("/admin/people")
class AdminPeopleController {

    private final AdminService admin;

    AdminPeopleController(AdminService admin) {
        this.admin = admin;
    }

    @GetMapping
    String search(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long experimentation,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("experimentation", experimentation);
        model.addAttribute("experimentations", admin.experimentations(me.viewer()));
        model.addAttribute("found", admin.searchPeople(me.viewer(), q, experimentation, page));
        return "admin/people";
    }

    @GetMapping("/{personId}")
    String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long personId, Model model) {
        model.addAttribute("mergeForm", MergeForm.empty());
        return page(me, personId, model);
    }

    @PostMapping("/{personId}/enabled")
    String enabled(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long personId,
            @RequestParam(defaultValue = "true") boolean enabled,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return change(
                redirect,
                personId,
                enabled ? "flash.accountEnabled" : "flash.accountDisabled",
                () -> admin.setAccountEnabled(me.viewer(), AdminActor.of(me, request), personId, enabled));
    }

    @PostMapping("/{personId}/admin")
    String adminRole(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long personId,
            @RequestParam(defaultValue = "false") boolean admin,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return change(
                redirect,
                personId,
                admin ? "flash.adminGranted" : "flash.adminRemoved",
                () -> this.admin.setAdmin(me.viewer(), AdminActor.of(me, request), personId, admin));
    }

    /**
     * Hands over to the invitation card page of that membership, which makes the code, ends the person's sessions
     * and notes the access reset in the audit (invitation.InvitationService#create).
     */
    @PostMapping("/{personId}/invitation")
    String invitation(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long personId,
            @RequestParam(required = false) Long experimentation,
            RedirectAttributes redirect) {
        boolean member = experimentation != null
                && admin.person(me.viewer(), personId).memberships().stream()
                        .anyMatch(m -> m.experimentation().getId().equals(experimentation));
        if (!member) {
            redirect.addFlashAttribute("flash", "flash.pickExperimentation");
            return "redirect:/admin/people/" + personId;
        }
        return "forward:/experimentations/" + experimentation + "/members/" + personId + "/invitation";
    }

    @PostMapping("/{personId}/merge")
    String merge(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long personId,
            @Valid @ModelAttribute("mergeForm") MergeForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                admin.merge(me.viewer(), AdminActor.of(me, request), personId, form.otherPersonId());
                redirect.addFlashAttribute("flash", "flash.peopleMerged");
                return "redirect:/admin/people/" + personId;
            } catch (NotFoundException e) {
                errors.rejectValue("otherPersonId", "admin.merge.unknown");
            } catch (ConflictException e) {
                errors.rejectValue("otherPersonId", e.getMessageKey());
            } catch (DataIntegrityViolationException e) {
                // a constraint the merge does not know how to combine: nothing was changed (rolled back)
                errors.rejectValue("otherPersonId", "admin.merge.failed");
            }
        }
        return page(me, personId, model);
    }

    private String page(AccountPrincipal me, long personId, Model model) {
        model.addAttribute("detail", admin.person(me.viewer(), personId));
        model.addAttribute("self", me.getPersonId() == personId);
        return "admin/person";
    }

    private static String change(RedirectAttributes redirect, long personId, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.getMessageKey());
        }
        return "redirect:/admin/people/" + personId;
    }
}
