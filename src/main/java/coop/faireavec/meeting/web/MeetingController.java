package coop.faireavec.meeting.web;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.meeting.Meeting;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.participation.College;
import coop.faireavec.process.StepView;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.SafeDownloads;
import coop.faireavec.shared.StepNames;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meetings of an experimentation: the list, planning, changing, cancelling, the calendar file. */
@Controller
@RequestMapping("/experimentations/{id}/meetings")
class MeetingController {

    private final MeetingService meetings;
    private final ExperimentationService experimentations;
    private final MeetingPageModel pages;
    private final StepNames stepNames;

    MeetingController(
            MeetingService meetings,
            ExperimentationService experimentations,
            MeetingPageModel pages,
            StepNames stepNames) {
        this.meetings = meetings;
        this.experimentations = experimentations;
        this.pages = pages;
        this.stepNames = stepNames;
    }

    @GetMapping
    String list(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Viewer viewer = me.viewer();
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        MeetingService.Timeline timeline = meetings.meetingsOf(viewer, id);
        model.addAttribute("upcoming", timeline.coming());
        model.addAttribute("past", timeline.past());
        model.addAttribute("carrier", meetings.isCarrier(viewer, id));
        return "meeting/list";
    }

    /** The planning form; from a BPMN meeting step (?task=...), the kind and title come from the step. */
    @GetMapping("/new")
    String newMeeting(
            @PathVariable long id,
            @RequestParam(required = false) String task,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Viewer viewer = me.viewer();
        meetings.requireCarrier(viewer, id);
        MeetingForm form = MeetingForm.empty(MeetingKind.CROSSED_DISCUSSION, null, null);
        if (task != null && !task.isBlank()) {
            StepView step = meetings.meetingStep(id, task);
            form = MeetingForm.empty(
                    meetings.meetingKindFor(step.formKey()), stepNames.name(step.processKey(), step.taskKey()), task);
        }
        model.addAttribute("meetingForm", form);
        return formPage(id, viewer, null, model);
    }

    @PostMapping("/new")
    String plan(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        meetings.requireCarrier(viewer, id); // before saying anything about the form
        form.check(errors, meetings.zone());
        if (form.task() != null && !form.task().isBlank() && form.kind() != null) {
            MeetingKind expected = meetings.meetingKindFor(
                    meetings.meetingStep(id, form.task()).formKey());
            if (form.kind() != expected) {
                errors.rejectValue(
                        "kind", "form.meetingKindForStep", new Object[] {expected.name()}, "form.meetingKindForStep");
            }
        }
        if (errors.hasErrors()) {
            return formPage(id, viewer, null, model);
        }
        Meeting meeting = meetings.plan(viewer, id, form.details(), form.task());
        flash(redirect, form, "flash.meetingPlanned");
        return "redirect:/experimentations/" + id + "/meetings/" + meeting.getId();
    }

    /** The saved message; in the hour repeated when clocks go back, it also says which of the two is meant. */
    private void flash(RedirectAttributes redirect, MeetingForm form, String key) {
        boolean repeated = form.startsInRepeatedHour(meetings.zone());
        redirect.addFlashAttribute("flash", repeated ? key + "RepeatedHour" : key);
        if (repeated) {
            redirect.addFlashAttribute("flashArg", form.time().toString());
        }
    }

    @GetMapping("/{meetingId}")
    String show(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        return pages.show(id, meetingId, me.viewer(), model);
    }

    @GetMapping("/{meetingId}/edit")
    String edit(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Viewer viewer = me.viewer();
        Meeting meeting = meetings.changeable(viewer, id, meetingId);
        model.addAttribute("meetingForm", MeetingForm.of(meeting));
        return formPage(id, viewer, meeting, model);
    }

    @PostMapping("/{meetingId}/edit")
    String change(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        Meeting meeting = meetings.changeable(viewer, id, meetingId);
        form.check(errors, meetings.zone());
        if (!errors.hasErrors() && meeting.getTaskId() != null && form.kind() != meeting.getKind()) {
            errors.rejectValue("kind", "form.meetingKindFixed");
        }
        if (errors.hasErrors()) {
            return formPage(id, viewer, meeting, model);
        }
        meetings.change(viewer, id, meetingId, form.details());
        flash(redirect, form, "flash.meetingChanged");
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId;
    }

    @PostMapping("/{meetingId}/cancel")
    String cancel(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        meetings.cancel(me.viewer(), id, meetingId);
        redirect.addFlashAttribute("flash", "flash.meetingCancelled");
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId;
    }

    /** The carrier links an existing meeting to a BPMN meeting step. */
    @PostMapping("/link-step")
    String linkToStep(
            @PathVariable long id,
            @RequestParam(required = false) Long meetingId,
            @RequestParam(required = false) String task,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        meetings.requireCarrier(me.viewer(), id);
        if (meetingId == null || task == null || task.isBlank()) {
            throw new IllegalArgumentException("which meeting for which step");
        }
        meetings.linkToStep(me.viewer(), id, meetingId, task);
        redirect.addFlashAttribute("flash", "flash.meetingLinked");
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId;
    }

    @GetMapping("/{meetingId}/calendar.ics")
    ResponseEntity<byte[]> calendar(
            @PathVariable long id, @PathVariable long meetingId, @AuthenticationPrincipal AccountPrincipal me) {
        String ics = meetings.calendarFile(me.viewer(), id, meetingId);
        String title = meetings.get(me.viewer(), id, meetingId).getTitle();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeDownloads.attachment("rencontre-" + title + ".ics"))
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    private String formPage(long id, Viewer viewer, Meeting meeting, Model model) {
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        model.addAttribute("meeting", meeting);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("colleges", College.values());
        return "meeting/form";
    }
}
