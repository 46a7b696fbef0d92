package coop.faireavec.task.web;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.report.ReportService;
import coop.faireavec.review.ReportPart;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.AlreadyDoneException;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.task.MyStepsService;
import coop.faireavec.task.RecordedFor;
import coop.faireavec.task.Rework;
import coop.faireavec.task.ReworkAnswers;
import coop.faireavec.task.StepPage;
import coop.faireavec.task.StepService;
import coop.faireavec.task.kind.ExperimentDecision;
import coop.faireavec.task.kind.StepKind;
import coop.faireavec.web.ConsentFields;
import coop.faireavec.web.DateTexts;
import coop.faireavec.web.FormRecordBinder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one step and the form that completes it (the list of my steps is {@link MyStepsController}). The
 * step's kind says which form record to bind and how to check it; this class only binds, re-renders on error, and
 * redirects with a flash message.
 */
@Controller
@RequestMapping("/tasks")
class TaskController {

    private static final String STEP_FORM = "stepForm";
    private static final String ON_BEHALF = "onBehalf";
    /** The field naming for whom a step is filled in ({@link OnBehalfForm#onBehalfOf()}). */
    private static final String ON_BEHALF_OF = "onBehalfOf";

    private static final String REWORK = "rework";
    private static final String CLOSING = "closing";
    private static final String EXTEND = "extension";
    /** The submit button that adds a row to a form with rows (kept without JavaScript). */
    private static final String ADD_ROW = "addRow";

    private final StepService steps;
    private final ExperimentationService experimentations;
    private final MeetingService meetings;
    private final SpringValidatorAdapter validator;
    private final MyStepsService mySteps;
    private final ReportService reports;
    private final DateTexts dates;
    private final Clock clock;
    /** The MVC conversions (ISO dates as the date inputs send them, spring.mvc.format.date=iso) for forms bound here. */
    private final ConversionService conversions;

    TaskController(
            StepService steps,
            ExperimentationService experimentations,
            MeetingService meetings,
            Validator validator,
            MyStepsService mySteps,
            ReportService reports,
            DateTexts dates,
            Clock clock,
            @Qualifier("mvcConversionService") ConversionService conversions) {
        this.conversions = conversions;
        this.dates = dates;
        this.clock = clock;
        this.mySteps = mySteps;
        this.reports = reports;
        this.steps = steps;
        this.experimentations = experimentations;
        this.meetings = meetings;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/{taskId}")
    String show(@PathVariable String taskId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        StepPage page;
        try {
            page = steps.page(me.viewer(), taskId);
        } catch (NotFoundException | AccessDeniedException e) {
            if (mySteps.isFinished(taskId)) {
                // an old message or mail about a step that is done, or done by someone else since the first look:
                // show what was done (members only, checked there). Asked only when the step cannot be shown, so
                // that an open step's page does not pay for the question (statements per page, issue #14)
                return "redirect:/tasks/done/" + taskId;
            }
            throw e;
        }
        model.addAttribute(STEP_FORM, formFor(page.kind(), page));
        model.addAttribute(ON_BEHALF, OnBehalfForm.empty());
        model.addAttribute(REWORK, ReworkAnswers.empty(pointsOf(page)));
        return page(page, me.viewer(), model);
    }

    /** Completes a step with its kind's form ({@code /review} is the committee's form, kept for its address). */
    @PostMapping({"/{taskId}", "/{taskId}/review"})
    String complete(
            @PathVariable String taskId,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        refuseFinished(viewer, taskId);
        StepPage page = pageOrFinished(viewer, taskId);
        StepKind<?> kind = page.kind();
        if (kind.formType() == null) {
            // a meeting step completes when its meeting's minutes are validated, not from a form
            throw new ConflictException("conflict.meetingStep");
        }
        if (!page.access().mayAct()) {
            throw new ConflictException("conflict.stepTaken");
        }
        if (!page.offeredToMe() && request.getParameter(ON_BEHALF_OF) == null) {
            // completing in one's own name a step that is not one's own (a carrier on a college's own step, an allowed
            // practitioner on another college's): refused. The page's form always sends the field; left on "choose",
            // it gets the message naming the choice (validateOnBehalf)
            throw new AccessDeniedException("this step is only filled in here for a member it is offered to");
        }
        BindingResult stepErrors = bind(kind.formType(), kind.emptyForm(), STEP_FORM, request);
        Record form = (Record) stepErrors.getTarget();
        BindingResult onBehalfErrors = bind(OnBehalfForm.class, OnBehalfForm.empty(), ON_BEHALF, request);
        OnBehalfForm onBehalf = (OnBehalfForm) onBehalfErrors.getTarget();
        if (onBehalf.onBehalfOf() != null && !page.mayRecordFor(onBehalf.onBehalfOf())) {
            throw new AccessDeniedException("may not record this step for that person");
        }
        BindingResult reworkErrors = bind(ReworkAnswers.class, ReworkAnswers.empty(pointsOf(page)), REWORK, request);
        ReworkAnswers answers = (ReworkAnswers) reworkErrors.getTarget();
        if (answers.answers() == null || answers.answers().size() < pointsOf(page)) {
            // no field posted for some point: show them all again, empty where nothing came
            List<String> padded = new java.util.ArrayList<>(answers.answers() == null ? List.of() : answers.answers());
            while (padded.size() < pointsOf(page)) {
                padded.add(null);
            }
            answers = new ReworkAnswers(padded);
            BindingResult again = new BeanPropertyBindingResult(answers, REWORK);
            again.addAllErrors(reworkErrors);
            reworkErrors = again;
        }
        if (request.getParameter(ADD_ROW) != null) {
            Record more = withMoreRows(kind, form);
            if (more != null) {
                // "add a row": the same page with one more row, everything typed kept, nothing checked yet
                model.addAttribute(STEP_FORM, more);
                model.addAttribute(ON_BEHALF, onBehalf);
                model.addAttribute(REWORK, answers);
                return page(page, viewer, model);
            }
        }
        validate(kind, form, page, stepErrors);
        validateOnBehalf(page, onBehalf, onBehalfErrors);
        validateAnswers(page, answers, reworkErrors);
        if (stepErrors.hasErrors() || onBehalfErrors.hasErrors() || reworkErrors.hasErrors()) {
            model.addAllAttributes(stepErrors.getModel());
            model.addAllAttributes(onBehalfErrors.getModel());
            model.addAllAttributes(reworkErrors.getModel());
            return page(page, viewer, model);
        }
        RecordedFor recordedFor = onBehalf.onBehalfOf() == null
                ? null
                : new RecordedFor(
                        onBehalf.onBehalfOf(),
                        onBehalf.consentKind(),
                        onBehalf.consentKind() == ConsentKind.OTHER ? onBehalf.consentNote() : null);
        ReworkAnswers given = answers;
        raced(viewer, taskId, () -> steps.complete(viewer, taskId, form, recordedFor, given));
        redirect.addFlashAttribute("flash", flash(kind, form));
        return kind.showsWhatWasStored() ? "redirect:/tasks/done/" + taskId : "redirect:/tasks";
    }

    /**
     * A carrier closes a step shared by every member; a reason is required when a college is below its quorum.
     * Bad input shows the step again with the message next to the field.
     */
    @PostMapping("/{taskId}/close")
    String close(
            @PathVariable String taskId,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        StepPage page = carriersSharedPage(me.viewer(), taskId);
        BindingResult errors = bind(ClosingForm.class, ClosingForm.empty(), CLOSING, request);
        ClosingForm closing = (ClosingForm) errors.getTarget();
        if (page.shared().closingNeedsReason()
                && (closing.reason() == null || closing.reason().isBlank())) {
            errors.rejectValue("reason", "form.closingReason.required");
        }
        if (errors.hasErrors()) {
            model.addAllAttributes(errors.getModel());
            return freshPage(page, me.viewer(), model);
        }
        raced(me.viewer(), taskId, () -> steps.close(me.viewer(), taskId, closing.reason()));
        redirect.addFlashAttribute("flash", "flash.stepClosed");
        return "redirect:/experimentations/" + page.step().experimentationId();
    }

    /** A carrier gives a shared step more time (a later last day); bad input shows the step again with the message. */
    @PostMapping("/{taskId}/extend")
    String extend(
            @PathVariable String taskId,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        StepPage page = carriersSharedPage(me.viewer(), taskId);
        BindingResult errors = bind(ExtendForm.class, ExtendForm.empty(), EXTEND, request);
        ExtendForm extension = (ExtendForm) errors.getTarget();
        Instant until = null;
        if (!errors.hasFieldErrors("until") && extension.until() != null) {
            until = extension
                    .until()
                    .plusDays(1)
                    .atStartOfDay(dates.zone())
                    .toInstant()
                    .minusSeconds(1);
            boolean afterNow = until.isAfter(clock.instant());
            boolean afterDue =
                    page.step().due() == null || until.isAfter(page.step().due());
            if (!afterNow || !afterDue) {
                errors.rejectValue("until", "form.extendUntil.later");
            }
        }
        if (errors.hasErrors()) {
            model.addAllAttributes(errors.getModel());
            return freshPage(page, me.viewer(), model);
        }
        steps.extend(me.viewer(), taskId, until);
        redirect.addFlashAttribute("flash", "flash.stepExtended");
        return "redirect:/tasks/" + taskId;
    }

    /**
     * A form sent to a step that is done (a ballot after the vote closed, a second click): a 409 page saying so, for
     * the members of its experimentation (403 for anyone else, as its done page).
     */
    private void refuseFinished(Viewer viewer, String taskId) {
        mySteps.refuseIfFinished(viewer, taskId);
    }

    /**
     * Runs a completion or a close; when it lost a race (someone completed or closed the same step at the same
     * moment, its transaction already rolled back), the 409 page says who did it and when, if the step is finished
     * now; any other refusal goes on to the error pages as it is.
     */
    private void raced(Viewer viewer, String taskId, Runnable action) {
        try {
            action.run();
        } catch (ConflictException
                | ConcurrencyFailureException
                | DataIntegrityViolationException
                | NotFoundException
                | AccessDeniedException e) {
            if (e instanceof AlreadyDoneException) {
                throw e;
            }
            refuseFinished(viewer, taskId);
            throw e;
        }
    }

    /**
     * The step's page; when the step was completed by someone else since {@link #refuseFinished} looked (two people at
     * the same moment), the 409 page saying who did it rather than a 404 or a 403 (a step half-read as it ended).
     */
    private StepPage pageOrFinished(Viewer viewer, String taskId) {
        try {
            return steps.page(viewer, taskId);
        } catch (NotFoundException | AccessDeniedException e) {
            refuseFinished(viewer, taskId);
            throw e;
        }
    }

    /** The page of a shared step for one of its carriers: 403 for anyone else, 409 for a step that is not shared. */
    private StepPage carriersSharedPage(Viewer viewer, String taskId) {
        refuseFinished(viewer, taskId);
        StepPage page = pageOrFinished(viewer, taskId);
        if (!page.access().carrier()) {
            throw new AccessDeniedException("only a carrier closes or extends a shared step");
        }
        if (page.shared() == null) {
            throw new ConflictException("conflict.notShared");
        }
        return page;
    }

    /** The step's page with its own form as it starts (the carrier's closing or extending form failed). */
    private String freshPage(StepPage page, Viewer viewer, Model model) {
        model.addAttribute(STEP_FORM, formFor(page.kind(), page));
        model.addAttribute(ON_BEHALF, OnBehalfForm.empty());
        return page(page, viewer, model);
    }

    /** Binds a form record from the request's parameters and checks its annotations; a value of the wrong type is
     * an error next to its field, and the page shows the empty form with those errors. */
    private BindingResult bind(Class<?> type, Object empty, String name, HttpServletRequest request) {
        ServletRequestDataBinder binder = new FormRecordBinder(null, name);
        binder.setConversionService(conversions);
        binder.setTargetType(ResolvableType.forClass(type));
        binder.construct(request);
        if (binder.getTarget() == null) {
            BindingResult result = new BeanPropertyBindingResult(empty, name);
            result.addAllErrors(binder.getBindingResult());
            return result;
        }
        binder.setValidator(validator);
        binder.validate();
        return binder.getBindingResult();
    }

    @SuppressWarnings("unchecked")
    private static <F extends Record> void validate(
            StepKind<F> kind, Record form, StepPage page, BindingResult errors) {
        kind.validate((F) form, page, errors);
    }

    @SuppressWarnings("unchecked")
    private static <F extends Record> Record withMoreRows(StepKind<F> kind, Record form) {
        return kind.withMoreRows((F) form);
    }

    private static <F extends Record> F formFor(StepKind<F> kind, StepPage page) {
        return kind.formFor(page);
    }

    private static int pointsOf(StepPage page) {
        return page.rework() == null ? 0 : page.rework().points().size();
    }

    /** Each point of a reworked step needs its answer; the message names the point ("Demande 2 : …"). */
    private static void validateAnswers(StepPage page, ReworkAnswers answers, BindingResult errors) {
        if (page.rework() == null) {
            return;
        }
        List<Rework.Point> points = page.rework().points();
        for (int i = 0; i < points.size(); i++) {
            if (answers.answer(i) == null) {
                Rework.Point point = points.get(i);
                errors.rejectValue(
                        "answers[" + i + "]",
                        point.labelKey() + ".answerRequired",
                        new Object[] {point.number()},
                        null);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <F extends Record> String flash(StepKind<F> kind, Record form) {
        return kind.doneFlash((F) form);
    }

    /**
     * Filling a step in for someone needs how they agreed; someone who may only fill it in for others must say for
     * whom.
     */
    private static void validateOnBehalf(StepPage page, OnBehalfForm form, BindingResult errors) {
        if (form.onBehalfOf() == null) {
            if (!page.offeredToMe()) {
                errors.rejectValue("onBehalfOf", "form.chooseWhom");
            }
            return;
        }
        ConsentFields.check(form.consentKind(), form.consentNote(), errors);
    }

    private String page(StepPage page, Viewer viewer, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("kind", page.kind());
        model.addAttribute("step", page.step());
        model.addAttribute(
                "experimentation", experimentations.get(viewer, page.step().experimentationId()));
        model.addAttribute("phase", page.phase());
        model.addAttribute("leads", page.leads());
        model.addAttribute("experimentDecisions", ExperimentDecision.values());
        model.addAttribute("consentKinds", ConsentKind.values());
        model.addAttribute("reportParts", ReportPart.values());
        // the committee decides on the report in the page: its summary, and the exact workbook to download
        model.addAttribute(
                "report",
                page.kind().isReview() && page.phase() != null
                        ? reports.summary(viewer, page.step().experimentationId(), page.phase())
                                .orElse(null)
                        : null);
        if (!model.containsAttribute(CLOSING)) {
            model.addAttribute(CLOSING, ClosingForm.empty());
        }
        if (!model.containsAttribute(EXTEND)) {
            model.addAttribute(EXTEND, ExtendForm.empty());
        }
        if (!model.containsAttribute(REWORK)) {
            model.addAttribute(REWORK, ReworkAnswers.empty(pointsOf(page)));
        }
        boolean meetingStep = page.kind().completedByMeeting();
        model.addAttribute("meetingStep", meetingStep);
        if (meetingStep) {
            long exp = page.step().experimentationId();
            boolean carrier = meetings.isCarrier(viewer, exp);
            model.addAttribute("stepMeeting", meetings.forStep(page.step().id()).orElse(null));
            model.addAttribute("linkableMeetings", carrier ? meetings.linkableTo(viewer, exp) : List.of());
            model.addAttribute("carrier", carrier);
        }
        return "task/show";
    }
}
