package coop.faireavec.meeting.web;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.meeting.MeetingAttendance;
import coop.faireavec.meeting.MeetingPage;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.MemberService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

/** Who is invited, who answered, who came. */
@Controller
@RequestMapping("/experimentations/{id}/meetings/{meetingId}")
class MeetingPeopleController {

    private final MeetingService meetings;
    private final MeetingAttendance attendance;
    private final MemberService members;
    private final ExperimentationService experimentations;
    private final MeetingPageModel pages;

    MeetingPeopleController(
            MeetingService meetings,
            MeetingAttendance attendance,
            MemberService members,
            ExperimentationService experimentations,
            MeetingPageModel pages) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.members = members;
        this.experimentations = experimentations;
        this.pages = pages;
    }

    @PostMapping("/invitations")
    String invite(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("inviteForm") Forms.InviteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        meetings.requireCarrier(me.viewer(), id);
        if (errors.hasErrors()
                || form.collegesOrEmpty().isEmpty() && form.peopleOrEmpty().isEmpty()) {
            // a college or person that is not one of the list is refused, not ignored
            attendance.requireBeforeStart(me.viewer(), id, meetingId);
            if (!errors.hasErrors()) {
                errors.reject("form.inviteWhom");
            }
            return pages.show(id, meetingId, me.viewer(), model);
        }
        int count = attendance.invite(me.viewer(), id, meetingId, form.collegesOrEmpty(), form.peopleOrEmpty());
        redirect.addFlashAttribute("flash", count == 0 ? "flash.nobodyNewInvited" : "flash.invitationsSent");
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId + "#people";
    }

    @PostMapping("/reply")
    String reply(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("replyForm") Forms.ReplyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            attendance.requireBeforeStart(me.viewer(), id, meetingId);
            return pages.show(id, meetingId, me.viewer(), model);
        }
        attendance.reply(me.viewer(), id, meetingId, form.reply(), form.forPerson());
        redirect.addFlashAttribute("flash", "flash.replyNoted");
        // the answer form and the confirmation are at the top of the page
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId;
    }

    /** The attendance sheet: every member, by college, those present ticked; counts update as one ticks. */
    @GetMapping("/attendance")
    String attendanceSheet(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        attendance.requireAttendanceSheet(me.viewer(), id, meetingId);
        model.addAttribute("onTheSpotForm", Forms.OnTheSpotForm.empty());
        return attendancePage(id, meetingId, me.viewer(), model);
    }

    /**
     * Saves the sheet. A name or college typed in "someone who came" (e.g. Enter pressed in the name field) adds that
     * person too, so nothing typed is lost; if it is incomplete, the sheet comes back with the ticks and the error.
     */
    @PostMapping("/attendance")
    String attendance(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("attendanceForm") Forms.AttendanceForm form,
            @Valid @ModelAttribute("onTheSpotForm") Forms.OnTheSpotForm spot,
            BindingResult spotErrors,
            Model model,
            RedirectAttributes redirect) {
        if (spot.typed()) {
            return saveSheet(id, meetingId, me.viewer(), form.presentOrEmpty(), spot, spotErrors, model, redirect);
        }
        attendance.attendance(me.viewer(), id, meetingId, form.presentOrEmpty());
        redirect.addFlashAttribute("flash", "flash.attendanceSaved");
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId;
    }

    /**
     * Adds someone who came without being registered. Sent from the sheet (withSheet), the boxes ticked so far are
     * saved with them, and come back ticked if the person's name or college is missing.
     */
    @PostMapping("/attendance/new-person")
    String addOnTheSpot(
            @PathVariable long id,
            @PathVariable long meetingId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("attendanceForm") Forms.AttendanceForm sheet,
            @RequestParam(defaultValue = "false") boolean withSheet,
            @Valid @ModelAttribute("onTheSpotForm") Forms.OnTheSpotForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return saveSheet(
                id, meetingId, me.viewer(), withSheet ? sheet.presentOrEmpty() : null, form, errors, model, redirect);
    }

    /** ticks: the boxes ticked on the sheet, or null when the sheet was not sent (then the attendance stays). */
    private String saveSheet(
            long id,
            long meetingId,
            Viewer viewer,
            List<Long> ticks,
            Forms.OnTheSpotForm spot,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        attendance.requireAttendanceSheet(viewer, id, meetingId);
        if (errors.hasErrors()) {
            String page = attendancePage(id, meetingId, viewer, model);
            if (ticks != null) {
                model.addAttribute("present", new HashSet<>(ticks));
            }
            return page;
        }
        if (ticks != null) {
            attendance.attendance(viewer, id, meetingId, ticks);
        }
        attendance.addOnTheSpot(viewer, id, meetingId, spot.displayName(), spot.college());
        redirect.addFlashAttribute("flash", "flash.addedOnTheSpot");
        return "redirect:/experimentations/" + id + "/meetings/" + meetingId + "/attendance";
    }

    private String attendancePage(long id, long meetingId, Viewer viewer, Model model) {
        MeetingPage page = pages.page(id, meetingId, viewer);
        model.addAttribute("page", page);
        model.addAttribute("meeting", page.meeting());
        Set<Long> present = page.participants().stream()
                .filter(MeetingPage.Attendee::present)
                .map(MeetingPage.Attendee::personId)
                .collect(Collectors.toSet());
        model.addAttribute("present", present);
        model.addAttribute("membersByCollege", members.membersByCollege(viewer, id));
        model.addAttribute("colleges", College.values());
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        return "meeting/attendance";
    }
}
