package coop.faireavec.experimentation.web;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.NewExperimentation;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.template.TemplateCatalog;
import coop.faireavec.web.PlausibleDates;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
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

/** Creating and starting an experimentation (its page, which shows several features, is in {@code ui}). */
@Controller
@RequestMapping("/experimentations")
class ExperimentationController {

    private final ExperimentationService experimentations;
    private final TemplateCatalog templates;

    ExperimentationController(ExperimentationService experimentations, TemplateCatalog templates) {
        this.experimentations = experimentations;
        this.templates = templates;
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        requireMayCreate(me.viewer());
        model.addAttribute("form", ExperimentationForm.empty(templates.defaultKey()));
        return formView(me.viewer(), model);
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") ExperimentationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        requireMayCreate(viewer);
        boolean typedNewTerritory =
                form.newTerritoryName() != null && !form.newTerritoryName().isBlank();
        if (typedNewTerritory && !viewer.admin()) {
            // nothing typed is ignored: only administrators create (and rename) territories
            errors.rejectValue(
                    "newTerritoryName",
                    "form.territoryOnlyAdmins",
                    new Object[] {form.newTerritoryName().strip()},
                    null);
        } else if (typedNewTerritory && form.territoryId() != null) {
            errors.rejectValue("newTerritoryName", "form.territoryEitherOr");
        } else if (form.territoryId() == null && !typedNewTerritory) {
            errors.rejectValue("territoryId", "form.territoryRequired");
        } else if (form.territoryId() != null && !experimentations.mayUseTerritory(viewer, form.territoryId())) {
            errors.rejectValue("territoryId", "form.territoryNotYours");
        }
        if (form.startDate() != null
                && form.plannedEndDate() != null
                && !form.plannedEndDate().isAfter(form.startDate())) {
            errors.rejectValue("plannedEndDate", "form.endAfterStart");
        }
        PlausibleDates.check(form.startDate(), "startDate", "form.experimentation.startDateOutOfRange", errors);
        PlausibleDates.check(form.plannedEndDate(), "plannedEndDate", "form.experimentation.endDateOutOfRange", errors);
        if (!templates.exists(form.templateKey())) {
            errors.rejectValue("templateKey", "form.templateUnknown");
        }
        if (errors.hasErrors()) {
            return formView(viewer, model);
        }
        Experimentation e = experimentations.create(
                viewer,
                new NewExperimentation(
                        form.title(),
                        form.territoryId(),
                        form.newTerritoryName(),
                        form.carrierOrganisation(),
                        form.description(),
                        form.startDate(),
                        form.plannedEndDate(),
                        form.templateKey()));
        redirect.addFlashAttribute("flash", "flash.experimentationCreated");
        return "redirect:/experimentations/" + e.getId();
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        experimentations.start(me.viewer(), id);
        redirect.addFlashAttribute("flash", "flash.experimentationStarted");
        return "redirect:/experimentations/" + id;
    }

    private String formView(Viewer viewer, Model model) {
        model.addAttribute("territories", experimentations.territoriesWhereViewerMayCreate(viewer));
        model.addAttribute("templates", templates.all());
        model.addAttribute("mayOpenTerritory", viewer.admin());
        return "experimentation/new";
    }

    private void requireMayCreate(Viewer viewer) {
        if (!experimentations.mayCreate(viewer)) {
            throw new AccessDeniedException("only administrators and carriers create experimentations");
        }
    }
}
