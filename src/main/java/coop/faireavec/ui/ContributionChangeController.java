package coop.faireavec.ui;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionChanges;
import coop.faireavec.contribution.ContributionChanges.Changeable;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.web.ConsentFields;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An author corrects or withdraws what was recorded in their name (reached from "my contributions"); a carrier does
 * it for a member (reached from the members page), saying how the member agreed. The rules (until the phase report,
 * then correction only) are {@link ContributionChanges}'.
 */
@Controller
@RequestMapping("/experimentations/{id}")
class ContributionChangeController {

    private final ContributionChanges changes;
    private final ExperimentationService experimentations;
    private final PeopleService people;

    ContributionChangeController(
            ContributionChanges changes, ExperimentationService experimentations, PeopleService people) {
        this.changes = changes;
        this.experimentations = experimentations;
        this.people = people;
    }

    @GetMapping("/contributions/{contributionId}")
    String show(
            @PathVariable long id,
            @PathVariable long contributionId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Changeable c = changes.changeable(me.viewer(), id, contributionId);
        model.addAttribute("form", new NamingForms.ChangeForm(c.contribution().getBody(), null, null, null));
        return page(id, me.viewer(), c, model);
    }

    @PostMapping("/contributions/{contributionId}/correct")
    String correct(
            @PathVariable long id,
            @PathVariable long contributionId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") NamingForms.ChangeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        Changeable c = changes.changeable(viewer, id, contributionId);
        if (!c.byAuthor()) {
            ConsentFields.check(form.consentKind(), form.consentNote(), errors);
        }
        if (errors.hasErrors()) {
            return page(id, viewer, c, model);
        }
        changes.correct(viewer, id, contributionId, form.body(), form.consentKind(), note(form));
        redirect.addFlashAttribute("flash", c.reported() ? "flash.correctedAfterReport" : "flash.corrected");
        return back(id, c);
    }

    @PostMapping("/contributions/{contributionId}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long contributionId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") NamingForms.ChangeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        Changeable c = changes.changeable(viewer, id, contributionId);
        if (!Boolean.TRUE.equals(form.confirmWithdraw()) && !errors.hasFieldErrors("confirmWithdraw")) {
            errors.rejectValue("confirmWithdraw", "form.contribution.confirmWithdraw");
        }
        if (!c.byAuthor()) {
            ConsentFields.check(form.consentKind(), form.consentNote(), errors);
            if (form.consentNote() != null && form.consentNote().length() > 1000) {
                errors.rejectValue("consentNote", "form.consentNote.tooLong");
            }
        }
        if (errors.hasErrors()) {
            return page(id, viewer, c, model);
        }
        changes.withdraw(viewer, id, contributionId, form.consentKind(), note(form));
        redirect.addFlashAttribute("flash", "flash.withdrawn");
        return back(id, c);
    }

    /** What is recorded in one member's name, for a carrier who corrects or withdraws for them. */
    @GetMapping("/members/{personId}/contributions")
    String ofMember(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        List<Contribution> list = changes.ofMember(me.viewer(), id, personId);
        Set<Long> ids = new HashSet<>();
        ids.add(personId);
        list.forEach(c -> ids.add(c.getRecordedById()));
        Map<Long, String> names =
                people.byIds(ids).values().stream().collect(Collectors.toMap(Person::getId, Person::getDisplayName));
        Map<Long, String> titles = new HashMap<>();
        titles.put(id, experimentations.get(me.viewer(), id).getTitle());
        model.addAttribute("contributions", list);
        model.addAttribute("names", names);
        model.addAttribute("titles", titles);
        model.addAttribute("memberName", names.get(personId));
        model.addAttribute("memberId", personId);
        model.addAttribute("experimentationId", id);
        return "contribution/mine";
    }

    private static String note(NamingForms.ChangeForm form) {
        return form.consentKind() == ConsentKind.OTHER ? form.consentNote() : null;
    }

    private static String back(long id, Changeable c) {
        if (!c.byAuthor() && c.contribution().getAuthorId() == null) {
            return "redirect:/experimentations/" + id;
        }
        return c.byAuthor()
                ? "redirect:/me/contributions"
                : "redirect:/experimentations/" + id + "/members/"
                        + c.contribution().getAuthorId() + "/contributions";
    }

    private String page(long id, Viewer viewer, Changeable c, Model model) {
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        model.addAttribute("change", c);
        model.addAttribute("consentKinds", ConsentKind.values());
        Contribution contribution = c.contribution();
        model.addAttribute(
                "authorName",
                contribution.getAuthorId() == null
                        ? null
                        : people.get(contribution.getAuthorId()).getDisplayName());
        return "contribution/change";
    }
}
