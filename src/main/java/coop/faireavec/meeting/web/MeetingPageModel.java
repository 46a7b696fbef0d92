package coop.faireavec.meeting.web;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.meeting.MeetingPage;
import coop.faireavec.meeting.MeetingPages;
import coop.faireavec.meeting.Reply;
import coop.faireavec.participation.College;
import coop.faireavec.security.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the meeting page; a form that failed keeps what was typed (it is already in the model). */
@Component
class MeetingPageModel {

    private final MeetingPages meetings;

    MeetingPageModel(MeetingPages meetings) {
        this.meetings = meetings;
    }

    /** The meeting page (see {@link MeetingPages#page}); returns the view name. */
    MeetingPage page(long experimentationId, long meetingId, Viewer viewer) {
        return meetings.page(viewer, experimentationId, meetingId);
    }

    String show(long experimentationId, long meetingId, Viewer viewer, Model model) {
        MeetingPage page = meetings.page(viewer, experimentationId, meetingId);
        model.addAttribute("page", page);
        model.addAttribute("meeting", page.meeting());
        model.addAttribute("replies", Reply.values());
        model.addAttribute("colleges", College.values());
        model.addAttribute("consentKinds", ConsentKind.values());
        model.addAttribute("kinds", MeetingKind.values());
        addIfMissing(model, "inviteForm", Forms.InviteForm.empty());
        addIfMissing(model, "replyForm", Forms.ReplyForm.empty());
        addIfMissing(model, "speakForm", Forms.SpeakForm.empty());
        addIfMissing(model, "validationForm", Forms.ValidationForm.empty());
        addIfMissing(model, "justificationForm", Forms.JustificationForm.empty());
        return "meeting/show";
    }

    private static void addIfMissing(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
