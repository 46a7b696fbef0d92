package coop.faireavec.task.web;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.process.StepView;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.task.StepService;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My steps: the open user tasks offered to me, and the forms that complete them. */
@Controller
@RequestMapping("/tasks")
class TaskController {

    private final StepService steps;
    private final ExperimentationService experimentations;

    TaskController(StepService steps, ExperimentationService experimentations) {
        this.steps = steps;
        this.experimentations = experimentations;
    }

    /** A step with what the page needs around it. */
    record StepCard(StepView step, Experimentation experimentation, Phase phase) {
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        Viewer viewer = me.viewer();
        Map<Long, Experimentation> byId = new HashMap<>();
        experimentations.visibleTo(viewer).forEach(e -> byId.put(e.getId(), e));
        List<StepCard> cards = steps.mySteps(viewer).stream()
                .filter(s -> byId.containsKey(s.experimentationId()))
                .map(s -> new StepCard(s, byId.get(s.experimentationId()), Phase.ofProcessKey(s.processKey())))
                .toList();
        model.addAttribute("cards", cards);
        return "task/list";
    }

    @GetMapping("/{taskId}")
    String show(@PathVariable String taskId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("reviewForm", ReviewForm.empty());
        return page(taskId, me.viewer(), model);
    }

    @PostMapping("/{taskId}/close-phase")
    String closePhase(@PathVariable String taskId, @AuthenticationPrincipal AccountPrincipal me,
                      RedirectAttributes redirect) {
        steps.closePhase(me.viewer(), taskId);
        redirect.addFlashAttribute("flash", "flash.phaseClosed");
        return "redirect:/tasks";
    }

    @PostMapping("/{taskId}/review")
    String review(@PathVariable String taskId, @AuthenticationPrincipal AccountPrincipal me,
                  @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (Boolean.FALSE.equals(form.approved()) && (form.comment() == null || form.comment().isBlank())) {
            errors.rejectValue("comment", "form.commentRequired");
        }
        if (errors.hasErrors()) {
            return page(taskId, me.viewer(), model);
        }
        steps.review(me.viewer(), taskId, form.approved(), form.comment());
        redirect.addFlashAttribute("flash", form.approved() ? "flash.phaseApproved" : "flash.changesRequested");
        return "redirect:/tasks";
    }

    private String page(String taskId, Viewer viewer, Model model) {
        StepView step = steps.step(viewer, taskId);
        model.addAttribute("step", step);
        model.addAttribute("experimentation", experimentations.get(viewer, step.experimentationId()));
        model.addAttribute("phase", Phase.ofProcessKey(step.processKey()));
        return "task/show";
    }
}
