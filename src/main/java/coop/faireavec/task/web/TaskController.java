package coop.faireavec.task.web;

import static coop.faireavec.process.ProcessConstants.*;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.task.MyStepsService;
import coop.faireavec.task.RecordedFor;
import coop.faireavec.task.StepInput;
import coop.faireavec.task.StepPage;
import coop.faireavec.task.StepService;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms that complete my steps (the list of my steps is {@link MyStepsController}). */
@Controller
@RequestMapping("/tasks")
class TaskController {

    private final StepService steps;
    private final ExperimentationService experimentations;
    private final MeetingService meetings;
    private final MyStepsService mySteps;

    TaskController(StepService steps, ExperimentationService experimentations, MeetingService meetings,
                   MyStepsService mySteps) {
        this.mySteps = mySteps;
        this.steps = steps;
        this.experimentations = experimentations;
        this.meetings = meetings;
    }

    @GetMapping("/{taskId}")
    String show(@PathVariable String taskId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        if (mySteps.isFinished(taskId)) {
            // an old message or mail about a step that is done: show what was done (members only, checked there)
            return "redirect:/tasks/done/" + taskId;
        }
        model.addAttribute("reviewForm", ReviewForm.empty());
        model.addAttribute("stepForm", StepForm.empty());
        return page(taskId, me.viewer(), model);
    }

    @PostMapping("/{taskId}")
    String complete(@PathVariable String taskId, @AuthenticationPrincipal AccountPrincipal me,
                    @Valid @ModelAttribute("stepForm") StepForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        StepPage page = steps.page(viewer, taskId);
        if (MEETING_FORM_KEYS.contains(page.step().formKey())) {
            // a meeting step completes when its meeting's minutes are validated, not from a form
            throw new ConflictException("conflict.meetingStep");
        }
        if (form.onBehalfOf() != null && !page.mayRecordFor(form.onBehalfOf())) {
            throw new AccessDeniedException("may not record this step for that person");
        }
        validate(page, form, errors);
        validateRecordedFor(page, form, errors);
        if (errors.hasErrors()) {
            model.addAttribute("reviewForm", ReviewForm.empty());
            return page(taskId, viewer, model);
        }
        RecordedFor recordedFor = form.onBehalfOf() == null ? null
                : new RecordedFor(form.onBehalfOf(), form.consentKind(),
                        form.consentKind() == ConsentKind.OTHER ? form.consentNote() : null);
        steps.complete(viewer, taskId, new StepInput(form.body(), form.decision(), form.leadIds(), form.whatWorked(),
                form.conditions(), form.transferKit()), recordedFor);
        redirect.addFlashAttribute("flash", "flash.stepDone");
        // the confirmation page shows what was just stored; closing the call stores nothing, so back to my steps
        return FORM_CLOSE_CALL_FOR_LEADS.equals(page.step().formKey()) ? "redirect:/tasks" : "redirect:/tasks/done/" + taskId;
    }

    @PostMapping("/{taskId}/review")
    String review(@PathVariable String taskId, @AuthenticationPrincipal AccountPrincipal me,
                  @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (Boolean.FALSE.equals(form.approved()) && (form.comment() == null || form.comment().isBlank())) {
            errors.rejectValue("comment", "form.commentRequired");
        }
        if (errors.hasErrors()) {
            model.addAttribute("stepForm", StepForm.empty());
            return page(taskId, me.viewer(), model);
        }
        steps.review(me.viewer(), taskId, form.approved(), form.comment());
        redirect.addFlashAttribute("flash", form.approved() ? "flash.phaseApproved" : "flash.changesRequested");
        return "redirect:/tasks";
    }

    /** What each kind of step requires, in plain words next to the field. */
    private static void validate(StepPage page, StepForm form, BindingResult errors) {
        String kind = page.step().formKey();
        switch (kind) {
            case FORM_COMMITTEE_REVIEW -> errors.reject("conflict.wrongStepKind");
            case FORM_CLOSE_CALL_FOR_LEADS -> { }
            case FORM_LEAD_VOTE -> {
                if (form.leadIds() == null || form.leadIds().isEmpty()) {
                    if (!page.leads().isEmpty()) {
                        errors.rejectValue("leadIds", "form.chooseLeads");
                    }
                }
            }
            case FORM_ACTION_PLAN -> {
                if ((form.leadIds() == null || form.leadIds().isEmpty()) && !page.leads().isEmpty()) {
                    errors.rejectValue("leadIds", "form.chooseLeads");
                }
                requireText(form.body(), "body", errors);
            }
            case FORM_COLLEGE_VALIDATION -> {
                if (!StepService.AGREE.equals(form.decision()) && !StepService.DISAGREE.equals(form.decision())) {
                    errors.rejectValue("decision", "form.decisionRequired");
                } else if (StepService.DISAGREE.equals(form.decision())) {
                    requireText(form.body(), "body", errors, "form.disagreeCommentRequired");
                }
            }
            case FORM_MID_TERM_REVIEW -> {
                if (!StepService.EXPERIMENT_DECISIONS.contains(form.decision())) {
                    errors.rejectValue("decision", "form.decisionRequired");
                }
                requireText(form.body(), "body", errors);
            }
            case FORM_CAPITALISATION -> {
                requireText(form.whatWorked(), "whatWorked", errors);
                requireText(form.conditions(), "conditions", errors);
                requireText(form.transferKit(), "transferKit", errors);
            }
            default -> requireText(form.body(), "body", errors);
        }
        if (form.leadIds() != null) {
            List<Long> known = page.leads().stream().map(l -> l.lead().getId()).toList();
            if (!known.containsAll(form.leadIds())) {
                errors.rejectValue("leadIds", "form.chooseLeads");
            }
        }
    }

    /**
     * Filling a step in for someone needs how they agreed; someone who may only fill it in for others must say for
     * whom.
     */
    private static void validateRecordedFor(StepPage page, StepForm form, BindingResult errors) {
        if (form.onBehalfOf() == null) {
            if (!page.offeredToMe()) {
                errors.rejectValue("onBehalfOf", "form.chooseWhom");
            }
            return;
        }
        coop.faireavec.web.ConsentFields.check(form.consentKind(), form.consentNote(), errors);
    }

    private static void requireText(String value, String field, BindingResult errors) {
        requireText(value, field, errors, "form.textRequired");
    }

    private static void requireText(String value, String field, BindingResult errors, String key) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, key);
        }
    }

    private String page(String taskId, Viewer viewer, Model model) {
        StepPage page = steps.page(viewer, taskId);
        model.addAttribute("page", page);
        model.addAttribute("step", page.step());
        model.addAttribute("experimentation", experimentations.get(viewer, page.step().experimentationId()));
        model.addAttribute("phase", page.phase());
        model.addAttribute("leads", page.leads());
        model.addAttribute("experimentDecisions", StepService.EXPERIMENT_DECISIONS);
        model.addAttribute("consentKinds", ConsentKind.values());
        boolean meetingStep = MEETING_FORM_KEYS.contains(page.step().formKey());
        model.addAttribute("meetingStep", meetingStep);
        if (meetingStep) {
            long exp = page.step().experimentationId();
            model.addAttribute("stepMeeting", meetings.forStep(taskId).orElse(null));
            model.addAttribute("linkableMeetings",
                    meetings.isCarrier(viewer, exp) ? meetings.linkableTo(viewer, exp) : List.of());
            model.addAttribute("carrier", meetings.isCarrier(viewer, exp));
        }
        return "task/show";
    }

}
