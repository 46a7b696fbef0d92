package coop.faireavec.meeting.web;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.meeting.MeetingWords;
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

/** What people say in the rounds of a meeting, and its correction by its author before the minutes are frozen. */
@Controller
@RequestMapping("/experimentations/{id}/meetings/{meetingId}/contributions")
class MeetingWordsController {

    private final MeetingService meetings;
    private final MeetingWords words;
    private final MeetingPageModel pages;

    MeetingWordsController(MeetingService meetings, MeetingWords words, MeetingPageModel pages) {
        this.meetings = meetings;
        this.words = words;
        this.pages = pages;
    }

    @PostMapping
    String speak(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("speakForm") Forms.SpeakForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Forms.checkConsent(form.forPerson(), form.consentKind(), form.consentNote(), errors);
        if (errors.hasErrors()) {
            words.requireOpen(me.viewer(), id, meetingId);
            return pages.show(id, meetingId, me.viewer(), model);
        }
        words.speak(
                me.viewer(),
                id,
                meetingId,
                form.round(),
                form.body(),
                form.forPerson(),
                form.consentKind(),
                form.consentKind() == ConsentKind.OTHER ? form.consentNote() : null);
        redirect.addFlashAttribute("flash", "flash.contributionRecorded");
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId + "#round-" + form.round();
    }

    @GetMapping("/{contributionId}")
    String edit(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable long contributionId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Contribution c = editable(id, meetingId, contributionId, me);
        model.addAttribute("correctionForm", new Forms.CorrectionForm(c.getBody()));
        return editPage(id, meetingId, c, me, model);
    }

    @PostMapping("/{contributionId}")
    String correct(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable long contributionId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("correctionForm") Forms.CorrectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Contribution c = editable(id, meetingId, contributionId, me);
        if (errors.hasErrors()) {
            return editPage(id, meetingId, c, me, model);
        }
        words.correct(me.viewer(), id, meetingId, contributionId, form.body());
        redirect.addFlashAttribute("flash", "flash.contributionCorrected");
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId + "#round-" + c.getMeetingRound();
    }

    private Contribution editable(long id, long meetingId, long contributionId, AccountPrincipal me) {
        return words.correctable(me.viewer(), id, meetingId, contributionId);
    }

    private String editPage(long id, long meetingId, Contribution c, AccountPrincipal me, Model model) {
        model.addAttribute("meeting", meetings.get(me.viewer(), id, meetingId));
        model.addAttribute("contribution", c);
        return "meeting/correct";
    }
}
