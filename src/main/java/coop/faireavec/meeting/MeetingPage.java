package coop.faireavec.meeting;

import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService.CollegeVoices;
import coop.faireavec.participation.College;
import coop.faireavec.participation.MemberService.Member;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the meeting page shows, put together by {@link MeetingPages#page}. */
public record MeetingPage(
        Meeting meeting,
        String experimentationTitle,
        boolean carrier,
        boolean mayRecordForOthers,
        Attendee me,
        List<Attendee> participants,
        /** Members not invited yet, by college (for the carrier's invitation form). */
        Map<College, List<Member>> invitable,
        CompositionRule rule,
        /** The rule against the people invited, those who said yes, those who came. */
        CompositionCheck invitedCheck,
        CompositionCheck comingCheck,
        CompositionCheck presentCheck,
        boolean attendanceTaken,
        List<Round> rounds,
        List<CollegeVoices> voices,
        MinutesView minutes,
        List<MeetingMinutes> olderVersions,
        /** The step is waiting for the carrier to say why the meeting counts although its rule did not hold. */
        boolean justificationNeeded,
        /** The meeting is over (its end time is reached). */
        boolean ended,
        /** The meeting has started: answers are closed, the attendance says who came. */
        boolean started,
        /** What the viewer may do now; the page offers nothing else. */
        Actions actions,
        /** Display names of everyone the page mentions, by person id. */
        Map<Long, String> names) {

    /** The people of one college on the page (invited or present), for per-college lists. */
    public List<Attendee> ofCollege(College college) {
        return participants.stream().filter(a -> a.college() == college).toList();
    }

    /** The counts the rule was checked against: invited, said yes, present, for one college. */
    public long invitedCount(College college) {
        return invitedCheck.counts().get(college);
    }

    public long comingCount(College college) {
        return comingCheck.counts().get(college);
    }

    public long presentCount(College college) {
        return presentCheck.counts().get(college);
    }

    /** Participants of the meeting a facilitator may record words for (invited or present, in a college). */
    public List<Attendee> speakers() {
        return participants.stream()
                .filter(a -> a.college() != null && (a.invited() || a.present()))
                .toList();
    }

    /** The phase shown in the summary (null when the meeting was planned outside a phase). */
    public String phaseShown() {
        return meeting.getPhase() == null || "MEETING".equals(meeting.getPhase()) ? null : meeting.getPhase();
    }

    /** The viewer may speak for themself: in a college, and invited or present. */
    public boolean maySpeakForSelf() {
        return me != null && me.college() != null && (me.invited() || me.present());
    }

    /** A crossed discussion: people speak among peers first, then all together. */
    public boolean crossedDiscussion() {
        return meeting.getKind() == MeetingKind.CROSSED_DISCUSSION;
    }

    /** The carrier may send the draft minutes to the colleges present (the attendance is taken). */
    public boolean canSubmitMinutes() {
        return actions.writeMinutes()
                && minutes != null
                && minutes.current().getStatus() == MinutesStatus.DRAFT
                && !minutes.collegesToValidate().isEmpty();
    }

    /** The page has something for the viewer to do first (answer, validate, say why), shown at its top. */
    public boolean hasTodo() {
        return actions.reply() || actions.validate() || actions.justify();
    }

    /**
     * What the viewer may do now, each true only when the service would accept it: change, cancel, invite,
     * answer, note answers for others (before the start); take attendance, speak, write minutes (once started,
     * until validated); validate submitted minutes; start a new version of validated minutes; say why a meeting
     * that broke its rule counts.
     */
    public record Actions(
            boolean edit,
            boolean cancel,
            boolean invite,
            boolean reply,
            boolean noteReplies,
            boolean takeAttendance,
            boolean speak,
            boolean writeMinutes,
            boolean validate,
            boolean newVersion,
            boolean justify) {}

    /** One person and how they relate to the meeting. */
    public record Attendee(
            long personId,
            String displayName,
            College college,
            boolean hasAccount,
            boolean invited,
            Reply reply,
            boolean replyNotedByCarrier,
            boolean present,
            boolean addedOnSpot) {}

    /** A round (a college's peer round, the crossed round, or the single round of other meetings). */
    public record Round(String key, College college, List<Said> contributions, boolean open) {

        /** How many contributions a round shows before "see all". */
        public static final int SHOWN = 3;

        /** The latest contributions, latest first (at most {@link #SHOWN}). */
        public List<Said> latest() {
            List<Said> reversed = new java.util.ArrayList<>(contributions);
            java.util.Collections.reverse(reversed);
            return reversed.subList(0, Math.min(SHOWN, reversed.size()));
        }

        /** The earlier ones, latest first, folded under "see all". */
        public List<Said> earlier() {
            List<Said> reversed = new java.util.ArrayList<>(contributions);
            java.util.Collections.reverse(reversed);
            return reversed.size() <= SHOWN ? List.of() : reversed.subList(SHOWN, reversed.size());
        }
    }

    /** One contribution as shown, with names and whether the viewer may correct it. */
    public record Said(Contribution contribution, String authorName, String recordedByName, boolean editable) {}

    /** The latest minutes, where their validation stands, and what the viewer may do with them. */
    public record MinutesView(
            MeetingMinutes current,
            String draftedByName,
            Set<College> collegesToValidate,
            List<ValidationView> validations,
            List<ValidationView> correctionsAsked,
            List<College> viewerMayValidateFor,
            List<Attendee> validatableFor) {

        /** The viewer may answer the submitted minutes, for themself or for someone present. */
        public boolean validationOpen() {
            return !viewerMayValidateFor.isEmpty() || !validatableFor.isEmpty();
        }

        /** Who agreed for that college, or null. */
        public ValidationView validatorOf(College college) {
            return validations.stream()
                    .filter(v -> v.validation().isApproved() && v.validation().getCollege() == college)
                    .findFirst()
                    .orElse(null);
        }
    }

    public record ValidationView(MinutesValidation validation, String personName, String recordedByName) {}
}
