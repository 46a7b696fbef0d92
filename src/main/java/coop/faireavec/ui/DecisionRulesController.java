package coop.faireavec.ui;

import coop.faireavec.decision.ConsentRule;
import coop.faireavec.decision.DecisionRulesService;
import coop.faireavec.decision.EqualFootingRules;
import coop.faireavec.decision.Quorum;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.meeting.MeetingRules;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * The equal-footing rules page (issue #13, point 1): every member reads, in plain words, the rules of votes and
 * validations and, beside them, the composition rules of meetings (which stay in the meeting module); the carrier
 * changes the former here. It lives in {@code ui} because it shows two features (decision and meeting).
 */
@Controller
@RequestMapping("/experimentations/{id}/decision-rules")
class DecisionRulesController {

    /** College sizes shown as examples of the quorum. */
    static final List<Integer> EXAMPLE_SIZES = List.of(1, 2, 3, 8, 30);

    private final DecisionRulesService decisionRules;
    private final MeetingRules meetingRules;
    private final ExperimentationService experimentations;
    private final AccessGuard guard;

    DecisionRulesController(
            DecisionRulesService decisionRules,
            MeetingRules meetingRules,
            ExperimentationService experimentations,
            AccessGuard guard) {
        this.decisionRules = decisionRules;
        this.meetingRules = meetingRules;
        this.experimentations = experimentations;
        this.guard = guard;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        EqualFootingRules rules = decisionRules.rulesOf(me.viewer(), id);
        model.addAttribute("form", DecisionRulesForm.of(rules));
        return page(me.viewer(), id, rules, model);
    }

    @PostMapping
    String save(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") DecisionRulesForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        guard.requireRole(me.viewer(), id, ExperimentationRole.CARRIER);
        EqualFootingRules typed = form.validate(errors);
        if (errors.hasErrors()) {
            return page(me.viewer(), id, decisionRules.rulesOf(me.viewer(), id), model);
        }
        decisionRules.change(me.viewer(), id, typed, request.getRemoteAddr());
        redirect.addFlashAttribute("flash", "decisionRules.saved");
        return "redirect:/experimentations/" + id + "/decision-rules";
    }

    private String page(Viewer viewer, long id, EqualFootingRules rules, Model model) {
        Map<Integer, Integer> quorumExamples = new LinkedHashMap<>();
        EXAMPLE_SIZES.forEach(size -> quorumExamples.put(size, Quorum.required(size, rules)));
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        model.addAttribute("rules", rules);
        model.addAttribute("quorumExamples", quorumExamples);
        model.addAttribute("changed", decisionRules.changed(viewer, id));
        model.addAttribute("meetingRules", meetingRules.rulesOf(viewer, id));
        model.addAttribute("isCarrier", guard.hasRole(viewer, id, ExperimentationRole.CARRIER));
        model.addAttribute("consentRules", ConsentRule.values());
        return "experimentation/decision-rules";
    }
}
