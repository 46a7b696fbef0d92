package coop.faireavec.meeting.web;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.meeting.CompositionRule;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.meeting.MeetingRules;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import java.util.Map;
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

/** The carrier sets, per kind of meeting, which colleges must be there and how many (equal footing). */
@Controller
@RequestMapping("/experimentations/{id}/meeting-rules")
class MeetingRulesController {

    private final MeetingRules meetingRules;
    private final ExperimentationService experimentations;
    private final AccessGuard guard;

    MeetingRulesController(MeetingRules meetingRules, ExperimentationService experimentations, AccessGuard guard) {
        this.meetingRules = meetingRules;
        this.experimentations = experimentations;
        this.guard = guard;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        guard.requireRole(me.viewer(), id, ExperimentationRole.CARRIER);
        Map<MeetingKind, CompositionRule> rules = meetingRules.rulesOf(me.viewer(), id);
        model.addAttribute("form", MeetingRulesForm.of(rules));
        return page(me.viewer(), id, rules, model);
    }

    @PostMapping
    String save(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") MeetingRulesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        guard.requireRole(me.viewer(), id, ExperimentationRole.CARRIER);
        Map<MeetingKind, CompositionRule> typed = form.validate(errors);
        if (errors.hasErrors()) {
            return page(me.viewer(), id, meetingRules.rulesOf(me.viewer(), id), model);
        }
        if (typed.isEmpty()) {
            return "redirect:/experimentations/" + id + "/meeting-rules"; // nothing sent: show what is in force
        }
        meetingRules.changeAll(me.viewer(), id, typed);
        redirect.addFlashAttribute("flash", "meetingRules.saved");
        return "redirect:/experimentations/" + id + "/meeting-rules";
    }

    private String page(Viewer viewer, long id, Map<MeetingKind, CompositionRule> rules, Model model) {
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        model.addAttribute("rules", rules);
        model.addAttribute("changed", meetingRules.changedKinds(viewer, id));
        model.addAttribute("colleges", College.values());
        return "meeting/rules";
    }
}
