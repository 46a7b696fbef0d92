package coop.faireavec.experimentation.web;

import coop.faireavec.experimentation.DurationSettings;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
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

/** The carrier adjusts the experimentation's durations (taken from its template at creation). */
@Controller
@RequestMapping("/experimentations/{id}/settings")
class DurationsController {

    private final ExperimentationService experimentations;
    private final AccessGuard guard;

    DurationsController(ExperimentationService experimentations, AccessGuard guard) {
        this.experimentations = experimentations;
        this.guard = guard;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        guard.requireRole(me.viewer(), id, ExperimentationRole.CARRIER);
        Experimentation e = experimentations.get(me.viewer(), id);
        DurationSettings d = e.getDurations();
        model.addAttribute("experimentation", e);
        model.addAttribute(
                "form",
                new DurationsForm(
                        d.stepDueDays(),
                        d.escalationDays(),
                        d.callForLeadsDays(),
                        d.observationCycleDays(),
                        e.getVersion()));
        return "experimentation/settings";
    }

    @PostMapping
    String save(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") DurationsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        guard.requireRole(me.viewer(), id, ExperimentationRole.CARRIER);
        if (!errors.hasErrors() && form.escalationDays() <= form.stepDueDays()) {
            errors.rejectValue("escalationDays", "form.escalationAfterDue");
        }
        if (errors.hasErrors()) {
            model.addAttribute("experimentation", experimentations.get(me.viewer(), id));
            return "experimentation/settings";
        }
        experimentations.updateDurations(
                me.viewer(),
                id,
                new DurationSettings(
                        form.stepDueDays(),
                        form.escalationDays(),
                        form.callForLeadsDays(),
                        form.observationCycleDays()),
                form.version());
        redirect.addFlashAttribute("flash", "flash.settingsSaved");
        return "redirect:/experimentations/" + id;
    }
}
