package coop.faireavec.meeting.web;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.meeting.MeetingPage;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.meeting.MinutesDraft;
import coop.faireavec.meeting.MinutesService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The minutes: written by the carrier, validated by one person of each college present, then frozen. */
@Controller
@RequestMapping("/experimentations/{id}/meetings/{meetingId}")
class MinutesController {

    private final MeetingService meetings;
    private final MinutesService minutes;
    private final MinutesDraft drafts;
    private final MeetingPageModel pages;

    MinutesController(MeetingService meetings, MinutesService minutes, MinutesDraft drafts, MeetingPageModel pages) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.drafts = drafts;
        this.pages = pages;
    }

    /** The minutes to read or print, every version kept. */
    @GetMapping("/minutes")
    String read(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        model.addAttribute("page", pages.page(id, meetingId, me.viewer()));
        model.addAttribute("versions", minutes.versions(me.viewer(), id, meetingId));
        return "meeting/minutes";
    }

    /** The carrier's writing page, pre-filled from what was said, round by round, when nothing is written yet. */
    @GetMapping("/minutes/edit")
    String write(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Viewer viewer = me.viewer();
        minutes.requireWritable(viewer, id, meetingId);
        MeetingPage page = pages.page(id, meetingId, viewer);
        String body = page.minutes() == null
                ? drafts.fromRounds(page)
                : page.minutes().current().getBody();
        model.addAttribute("minutesForm", new Forms.MinutesForm(body));
        return writePage(page, model);
    }

    @PostMapping("/minutes")
    String save(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("minutesForm") Forms.MinutesForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "false") boolean submit,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        minutes.requireWritable(viewer, id, meetingId);
        if (errors.hasErrors()) {
            return writePage(pages.page(id, meetingId, viewer), model);
        }
        minutes.saveMinutes(viewer, id, meetingId, form.body());
        if (submit) {
            minutes.submitMinutes(viewer, id, meetingId);
        }
        redirect.addFlashAttribute("flash", submit ? "flash.minutesSubmitted" : "flash.minutesSaved");
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId + "#minutes";
    }

    @PostMapping("/minutes/submit")
    String submit(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        minutes.submitMinutes(me.viewer(), id, meetingId);
        redirect.addFlashAttribute("flash", "flash.minutesSubmitted");
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId + "#minutes";
    }

    @PostMapping("/minutes/validation")
    String validate(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("validationForm") Forms.ValidationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (Boolean.FALSE.equals(form.approved())
                && (form.comment() == null || form.comment().isBlank())) {
            errors.rejectValue("comment", "form.minutesCorrectionRequired");
        }
        Forms.checkConsent(form.forPerson(), form.consentKind(), form.consentNote(), errors);
        if (errors.hasErrors()) {
            return pages.show(id, meetingId, me.viewer(), model);
        }
        minutes.validateMinutes(
                me.viewer(),
                id,
                meetingId,
                form.approved(),
                form.comment(),
                form.forPerson(),
                form.consentKind(),
                form.consentKind() == ConsentKind.OTHER ? form.consentNote() : null);
        redirect.addFlashAttribute("flash", form.approved() ? "flash.minutesApproved" : "flash.minutesCorrectionAsked");
        // the answer was given at the top of the page, where the confirmation shows
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId;
    }

    @PostMapping("/minutes/new-version")
    String newVersion(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        minutes.newVersion(me.viewer(), id, meetingId);
        redirect.addFlashAttribute("flash", "flash.minutesNewVersion");
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId + "/minutes/edit";
    }

    @PostMapping("/justification")
    String justify(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("justificationForm") Forms.JustificationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        meetings.requireCarrier(me.viewer(), id);
        if (errors.hasErrors()) {
            return pages.show(id, meetingId, me.viewer(), model);
        }
        minutes.justify(me.viewer(), id, meetingId, form.why());
        redirect.addFlashAttribute("flash", "flash.justificationSaved");
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId;
    }

    private String writePage(MeetingPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("meeting", page.meeting());
        return "meeting/minutes-edit";
    }
}
