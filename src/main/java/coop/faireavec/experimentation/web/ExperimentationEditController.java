package coop.faireavec.experimentation.web;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationDetails;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.ExperimentationStatus;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.web.PlausibleDates;
import jakarta.validation.Valid;
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
 * Correcting an experimentation (its carriers and administrators): name, territory, description and dates before
 * it starts, the description after.
 */
@Controller
@RequestMapping("/experimentations/{id}/edit")
class ExperimentationEditController {

    private final ExperimentationService experimentations;

    ExperimentationEditController(ExperimentationService experimentations) {
        this.experimentations = experimentations;
    }

    @GetMapping
    String form(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Experimentation e = experimentations.forEdit(me.viewer(), id);
        model.addAttribute("form", ExperimentationEditForm.of(e));
        return page(me.viewer(), e, model);
    }

    @PostMapping
    String save(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") ExperimentationEditForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        Experimentation e = experimentations.forEdit(viewer, id);
        if (e.getStatus() == ExperimentationStatus.DRAFT) {
            checkBeforeStart(viewer, e, form, errors);
        }
        if (errors.hasErrors()) {
            return page(viewer, e, model);
        }
        // after the start, a name, territory or date that differs is refused (409), never silently dropped
        experimentations.correct(
                viewer,
                id,
                new ExperimentationDetails(
                        form.title(), form.territoryId(), form.description(), form.startDate(), form.plannedEndDate()));
        redirect.addFlashAttribute("flash", "flash.experimentationUpdated");
        return "redirect:/experimentations/" + id;
    }

    private void checkBeforeStart(
            Viewer viewer, Experimentation e, ExperimentationEditForm form, BindingResult errors) {
        if (form.title() == null || form.title().isBlank()) {
            errors.rejectValue("title", "form.experimentation.title.required");
        }
        if (form.territoryId() == null) {
            errors.rejectValue("territoryId", "form.territoryRequired");
        } else if (!form.territoryId().equals(e.getTerritory().getId())
                && !experimentations.mayUseTerritory(viewer, form.territoryId())) {
            errors.rejectValue("territoryId", "form.territoryNotYours");
        }
        if (form.startDate() == null && !errors.hasFieldErrors("startDate")) {
            errors.rejectValue("startDate", "form.experimentation.startDate.required");
        }
        if (form.startDate() != null
                && form.plannedEndDate() != null
                && !form.plannedEndDate().isAfter(form.startDate())) {
            errors.rejectValue("plannedEndDate", "form.endAfterStart");
        }
        PlausibleDates.check(form.startDate(), "startDate", "form.experimentation.startDateOutOfRange", errors);
        PlausibleDates.check(form.plannedEndDate(), "plannedEndDate", "form.experimentation.endDateOutOfRange", errors);
    }

    private String page(Viewer viewer, Experimentation e, Model model) {
        model.addAttribute("experimentation", e);
        model.addAttribute("started", e.getStatus() != ExperimentationStatus.DRAFT);
        // a carrier of this experimentation may always use its territory, so it is in the list
        model.addAttribute("territories", experimentations.territoriesWhereViewerMayCreate(viewer));
        model.addAttribute("mayOpenTerritory", viewer.admin());
        return "experimentation/edit";
    }
}
