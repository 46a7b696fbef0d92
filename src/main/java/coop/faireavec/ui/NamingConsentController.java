package coop.faireavec.ui;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.NamingConsentKind;
import coop.faireavec.participation.NamingConsentService;
import coop.faireavec.participation.ReportNames;
import coop.faireavec.people.PeopleService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.web.ConsentFields;
import jakarta.validation.Valid;
import java.util.Locale;
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
 * "My name in the reports": a member of the lived-experience college chooses to appear under their pseudonym (the
 * default) or with their name; a carrier notes that choice for a member, with how the member told it.
 */
@Controller
@RequestMapping("/experimentations/{id}")
class NamingConsentController {

    private final NamingConsentService consents;
    private final ReportNames reportNames;
    private final ExperimentationService experimentations;
    private final PeopleService people;

    NamingConsentController(
            NamingConsentService consents,
            ReportNames reportNames,
            ExperimentationService experimentations,
            PeopleService people) {
        this.consents = consents;
        this.reportNames = reportNames;
        this.experimentations = experimentations;
        this.people = people;
    }

    @GetMapping("/naming")
    String own(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Locale locale, Model model) {
        Membership m = consents.consentOf(me.viewer(), id, me.getPersonId());
        model.addAttribute("form", new NamingForms.ChoiceForm(m.isNamedInReports()));
        return page(id, me.viewer(), m, false, locale, model);
    }

    @PostMapping("/naming")
    String chooseOwn(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") NamingForms.ChoiceForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        if (errors.hasErrors()) {
            return page(id, viewer, consents.consentOf(viewer, id, viewer.personId()), false, locale, model);
        }
        consents.chooseOwn(viewer, id, form.named());
        redirect.addFlashAttribute("flash", form.named() ? "flash.namingGiven" : "flash.namingWithdrawn");
        return "redirect:/experimentations/" + id + "/naming";
    }

    @GetMapping("/members/{personId}/naming")
    String forMember(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal AccountPrincipal me,
            Locale locale,
            Model model) {
        Viewer viewer = me.viewer();
        consents.requireCarrier(viewer, id);
        Membership m = consents.consentOf(viewer, id, personId);
        model.addAttribute("form", new NamingForms.NoteForm(m.isNamedInReports(), null, null));
        return page(id, viewer, m, true, locale, model);
    }

    @PostMapping("/members/{personId}/naming")
    String noteForMember(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") NamingForms.NoteForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        consents.requireCarrier(viewer, id);
        ConsentFields.check(form.consentKind(), form.consentNote(), errors);
        if (errors.hasErrors()) {
            return page(id, viewer, consents.consentOf(viewer, id, personId), true, locale, model);
        }
        consents.noteFor(
                viewer,
                id,
                personId,
                form.named(),
                NamingConsentKind.valueOf(form.consentKind().name()),
                form.consentKind() == ConsentKind.OTHER ? form.consentNote() : null);
        redirect.addFlashAttribute("flash", form.named() ? "flash.namingGiven" : "flash.namingWithdrawn");
        return "redirect:/experimentations/" + id + "/members/" + personId + "/naming";
    }

    private String page(long id, Viewer viewer, Membership m, boolean forMember, Locale locale, Model model) {
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        model.addAttribute("membership", m);
        model.addAttribute("pseudonymised", m.getCollege() == College.LIVED_EXPERIENCE);
        model.addAttribute("pseudonym", reportNames.pseudonymOf(m, locale).orElse(null));
        model.addAttribute("displayName", people.get(m.getPersonId()).getDisplayName());
        model.addAttribute(
                "notedByName",
                m.getNamingConsentNotedBy() == null
                        ? null
                        : people.get(m.getNamingConsentNotedBy()).getDisplayName());
        model.addAttribute("forMember", forMember);
        model.addAttribute("consentKinds", ConsentKind.values());
        return "participation/naming";
    }
}
