package coop.faireavec.experiment.web;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.experiment.ExperimentService;
import coop.faireavec.experiment.ExperimentView;
import coop.faireavec.experiment.NewObservation;
import coop.faireavec.experiment.ObservationForm;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.web.ConsentFields;
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

/**
 * The experiments of an experimentation (members only): the list, one experiment's page with its indicators drawn
 * over time and its journal, and the observation form team members use whenever they want (a carrier, or a
 * practitioner a carrier allowed, may record one for a team member who agreed).
 */
@Controller
@RequestMapping("/experimentations/{id}/experiments")
class ExperimentController {

    private static final String FORM = "observationForm";

    private final ExperimentService experiments;
    private final ExperimentationService experimentations;

    ExperimentController(ExperimentService experiments, ExperimentationService experimentations) {
        this.experiments = experiments;
        this.experimentations = experimentations;
    }

    @GetMapping
    String list(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("experiments", experiments.list(me.viewer(), id));
        model.addAttribute("experimentation", experimentations.get(me.viewer(), id));
        return "experiment/list";
    }

    @GetMapping("/{experimentId}")
    String show(
            @PathVariable long id,
            @PathVariable long experimentId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        ExperimentView view = experiments.page(me.viewer(), id, experimentId);
        model.addAttribute(FORM, ObservationForm.empty(view.activeIndicators().size(), experiments.today()));
        return page(view, me.viewer(), model);
    }

    @PostMapping("/{experimentId}/observations")
    String observe(
            @PathVariable long id,
            @PathVariable long experimentId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute(FORM) ObservationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        ExperimentView view = experiments.page(viewer, id, experimentId);
        Long forWhom = form.onBehalfOf() == null || form.onBehalfOf() == viewer.personId() ? null : form.onBehalfOf();
        if (forWhom == null && !view.viewerInTeam()) {
            if (view.recordableFor().isEmpty()) {
                throw new AccessDeniedException("only the team records observations");
            }
            errors.rejectValue("onBehalfOf", "form.observation.chooseWhom");
        }
        if (forWhom != null) {
            if (view.recordableFor().stream().noneMatch(m -> m.personId() == forWhom)) {
                throw new AccessDeniedException("may not record an observation for that person");
            }
            ConsentFields.check(form.consentKind(), form.consentNote(), errors);
        }
        NewObservation observation = form.check(view.activeIndicators(), experiments.today(), errors);
        if (errors.hasErrors() || observation == null) {
            return page(view, viewer, model);
        }
        experiments.addObservation(
                viewer, id, experimentId, observation, forWhom, form.consentKind(), form.consentNote());
        redirect.addFlashAttribute("flash", "flash.observationAdded");
        return "redirect:/experimentations/" + id + "/experiments/" + experimentId + "#journal";
    }

    private String page(ExperimentView view, Viewer viewer, Model model) {
        model.addAttribute("experiment", view);
        model.addAttribute("experimentation", experimentations.get(viewer, view.experimentationId()));
        model.addAttribute("charts", IndicatorChart.of(view));
        model.addAttribute("consentKinds", ConsentKind.values());
        return "experiment/show";
    }
}
