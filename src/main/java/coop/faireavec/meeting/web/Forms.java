package coop.faireavec.meeting.web;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.meeting.Reply;
import coop.faireavec.participation.College;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The small forms of the meeting page. */
final class Forms {

    private Forms() {}

    /** Invite whole colleges and/or people one by one. */
    record InviteForm(List<College> colleges, List<Long> people) {
        static InviteForm empty() {
            return new InviteForm(null, null);
        }

        List<College> collegesOrEmpty() {
            return colleges == null ? List.of() : colleges;
        }

        List<Long> peopleOrEmpty() {
            return people == null ? List.of() : people;
        }
    }

    /** An invitee's answer; the carrier may note it for someone (forPerson). */
    record ReplyForm(
            @NotNull(message = "{form.replyRequired}") Reply reply, Long forPerson) {
        static ReplyForm empty() {
            return new ReplyForm(null, null);
        }
    }

    /** Who came: the ticked members. */
    record AttendanceForm(List<Long> present) {
        List<Long> presentOrEmpty() {
            return present == null ? List.of() : present;
        }
    }

    /** Someone who came and is not a member yet. */
    record OnTheSpotForm(
            @NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.tooLong}")
            String displayName,

            @NotNull(message = "{form.collegeRequired}") College college) {
        static OnTheSpotForm empty() {
            return new OnTheSpotForm(null, null);
        }

        /** True when something was typed or chosen: the carrier means to add this person. */
        boolean typed() {
            return (displayName != null && !displayName.isBlank()) || college != null;
        }
    }

    /** What someone said in a round; a facilitator may record it for a participant, with how they agreed. */
    record SpeakForm(
            @NotBlank(message = "{form.roundRequired}") String round,

            @NotBlank(message = "{form.textRequired}") @Size(max = 8000, message = "{form.tooLong}")
            String body,

            Long forPerson,
            ConsentKind consentKind,
            @Size(max = 1000, message = "{form.tooLong}") String consentNote) {
        static SpeakForm empty() {
            return new SpeakForm(null, null, null, null, null);
        }
    }

    /** A correction of one contribution. */
    record CorrectionForm(
            @NotBlank(message = "{form.textRequired}") @Size(max = 8000, message = "{form.tooLong}")
            String body) {}

    /** The minutes text. */
    record MinutesForm(
            @NotBlank(message = "{form.textRequired}") @Size(max = 20000, message = "{form.tooLong}")
            String body) {}

    /** A college's answer to the minutes; forPerson when noted for someone who was there. */
    record ValidationForm(
            @NotNull(message = "{form.decisionRequired}") Boolean approved,
            @Size(max = 2000, message = "{form.tooLong}") String comment,
            Long forPerson,
            ConsentKind consentKind,
            @Size(max = 1000, message = "{form.tooLong}") String consentNote) {
        static ValidationForm empty() {
            return new ValidationForm(null, null, null, null, null);
        }
    }

    /** Why a meeting whose composition rule did not hold still counts. */
    record JustificationForm(
            @NotBlank(message = "{form.justificationRequired}") @Size(max = 2000, message = "{form.tooLong}")
            String why) {
        static JustificationForm empty() {
            return new JustificationForm(null);
        }
    }

    /** Shared check of the "for someone, with their agreement" fields. */
    static void checkConsent(
            Long forPerson, ConsentKind kind, String note, org.springframework.validation.Errors errors) {
        if (forPerson != null) {
            coop.faireavec.web.ConsentFields.check(kind, note, errors);
        }
    }
}
