package coop.faireavec.experimentation.web;

import coop.faireavec.experimentation.DurationSettings;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import jakarta.validation.Valid;
import java.time.Clock;
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
 * The carrier adjusts the experimentation's durations (taken from its template at creation) and, in a second form of
 * the same page, how long its personal data are kept after it closes (issue #16, point 10), with the day they will be
 * anonymised.
 */
@Controller
@RequestMapping("/experimentations/{id}/settings")
class DurationsController {

    private final ExperimentationService experimentations;
    private final AccessGuard guard;
    private final Clock clock;

    DurationsController(ExperimentationService experimentations, AccessGuard guard, Clock clock) {
        this.experimentations = experimentations;
        this.guard = guard;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        guard.requireRole(me.viewer(), id, ExperimentationRole.CARRIER);
        Experimentation e = experimentations.get(me.viewer(), id);
        DurationSettings d = e.getDurations();
        model.addAttribute("experimentation", e);
        model.addAttribute("retentionForm", new RetentionForm(e.getRetentionMonths()));
        model.addAttribute(
                "form",
                new DurationsForm(
                        d.stepDueDays(),
                        d.escalationDays(),
                        d.callForLeadsDays(),
                        d.observationCycleDays(),
                        e.getVersion()));
        return page(id, e, model);
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
            Experimentation e = experimentations.get(me.viewer(), id);
            model.addAttribute("experimentation", e);
            model.addAttribute("retentionForm", new RetentionForm(e.getRetentionMonths()));
            return page(id, e, model);
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

    @PostMapping("/retention")
    String saveRetention(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("retentionForm") RetentionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        guard.requireRole(me.viewer(), id, ExperimentationRole.CARRIER);
        int max = experimentations.retentionMonthsMax(id);
        if (!errors.hasErrors() && (form.retentionMonths() < 1 || form.retentionMonths() > max)) {
            errors.rejectValue("retentionMonths", "form.retention.bounds", new Object[] {String.valueOf(max)}, null);
        }
        if (errors.hasErrors()) {
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
            return page(id, e, model);
        }
        experimentations.updateRetention(me.viewer(), id, form.retentionMonths());
        redirect.addFlashAttribute("flash", "flash.retentionSaved");
        return "redirect:/experimentations/" + id + "/settings";
    }

    /** The page with what both forms share: the template's maximum and the anonymisation day (if closed). */
    private String page(long id, Experimentation e, Model model) {
        model.addAttribute("retentionMax", experimentations.retentionMonthsMax(id));
        model.addAttribute(
                "anonymisationDay", e.anonymisationDay(clock.getZone()).orElse(null));
        return "experimentation/settings";
    }
}
