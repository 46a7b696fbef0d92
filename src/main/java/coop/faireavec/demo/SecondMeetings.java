package coop.faireavec.demo;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.meeting.Meeting;
import coop.faireavec.meeting.MeetingAttendance;
import coop.faireavec.meeting.MeetingDetails;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.meeting.MeetingWords;
import coop.faireavec.meeting.MinutesService;
import coop.faireavec.meeting.Reply;
import coop.faireavec.notification.Notification;
import coop.faireavec.notification.NotificationService;
import coop.faireavec.participation.College;
import coop.faireavec.security.Viewer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Holds the second experimentation's meetings through the meeting services, in the order people did: twelve days
 * before, the carrier plans it (for its BPMN step if it serves one) and invites the colleges; a week before, people
 * answer (themselves, or the carrier notes the answer given on the phone); on the evening itself the carrier ticks
 * who came and notes what was said (people with an account speak themselves, the others are noted by the carrier or
 * the CIAS's social worker, with their consent), writes and submits the minutes; two days later someone may ask for
 * a correction (the carrier adds it and submits again); four days after the meeting one person of each college
 * present approves them, which freezes them and, for a step's meeting, completes the step. The
 * {@link DemoClock} is set to each of those moments and stays at the last one: the seeder puts it back to the real
 * time when it is done ({@link #travelTo} moves it between meetings).
 */
@Component
@ConditionalOnProperty(name = "faireavec.demo.enabled", havingValue = "true")
class SecondMeetings {

    /** What one person said in one round (MAIN, PEER_{college} or CROSSED). */
    record Said(SecondCast.Member who, String round, String text) {}

    /**
     * A meeting to hold: what the carrier types, who came, what they said, the minutes' text, and the correction
     * someone asks for on the first submitted minutes (null: approved at once).
     */
    record Held(
            MeetingDetails details,
            String taskId,
            List<SecondCast.Member> present,
            List<Said> words,
            String minutes,
            String correction) {

        Held(MeetingDetails details, String taskId, List<SecondCast.Member> present, List<Said> words, String minutes) {
            this(details, taskId, present, words, minutes, null);
        }
    }

    private final MeetingService meetings;
    private final MeetingAttendance attendance;
    private final MeetingWords words;
    private final MinutesService minutes;
    private final Clock clock;
    private final SeedingSession session;
    private final NotificationService notifications;

    SecondMeetings(
            MeetingService meetings,
            MeetingAttendance attendance,
            MeetingWords words,
            MinutesService minutes,
            Clock clock,
            SeedingSession session,
            NotificationService notifications) {
        this.session = session;
        this.notifications = notifications;
        this.meetings = meetings;
        this.attendance = attendance;
        this.words = words;
        this.minutes = minutes;
        this.clock = clock;
    }

    /** Sets the application's (and the engine's) time to this wall-clock time, for what the seeder does next. */
    void travelTo(LocalDateTime wallClock) {
        demoClock().travelTo(wallClock);
    }

    /** Back to the real time, once the seeding is done. */
    void backToNow() {
        demoClock().backToNow();
    }

    /** Holds the meeting from planning to validated minutes; returns it. The time is left four days after it. */
    Meeting hold(SecondCast cast, Held held) {
        DemoClock time = demoClock();
        long id = cast.experimentationId;
        LocalDateTime at = held.details().startsAt();
        Meeting meeting;
        time.travelTo(at.minusDays(12));
        meeting = meetings.plan(cast.carrier, id, held.details(), held.taskId());
        long mid = meeting.getId();
        Set<College> invited = held.details().kind() == MeetingKind.PEER_SESSION
                ? EnumSet.of(held.details().peerCollege())
                : EnumSet.allOf(College.class);
        attendance.invite(cast.carrier, id, mid, invited, List.of());

        time.travelTo(at.minusDays(5));
        answer(cast, mid, invited, held.present());

        time.travelTo(at.plusMinutes(held.details().durationMinutes()));
        attendance.attendance(
                cast.carrier,
                id,
                mid,
                held.present().stream().map(SecondCast.Member::id).toList());
        session.settle();
        int i = 0;
        boolean recorderThere = held.present().contains(cast.recorder);
        for (Said said : held.words()) {
            speak(cast, mid, said, i++, recorderThere);
        }
        session.settle();
        minutes.saveMinutes(cast.carrier, id, mid, held.minutes());
        minutes.submitMinutes(cast.carrier, id, mid);

        if (held.correction() != null) {
            time.travelTo(at.plusDays(2));
            correct(cast, mid, held);
        }
        time.travelTo(at.plusDays(4));
        approveByEachCollege(cast, mid, held.present());
        session.settle();
        return meeting;
    }

    /**
     * Someone present without an account tells the carrier what the minutes miss (noted with their consent): the
     * minutes go back to draft, the carrier adds it and submits them again.
     */
    private void correct(SecondCast cast, long mid, Held held) {
        long id = cast.experimentationId;
        SecondCast.Member asker =
                held.present().stream().filter(p -> !p.hasAccount()).findFirst().orElseThrow();
        minutes.validateMinutes(cast.carrier, id, mid, false, held.correction(), asker.id(), ConsentKind.ORAL, null);
        minutes.saveMinutes(cast.carrier, id, mid, held.minutes() + "\n\nCorrection : " + held.correction());
        minutes.submitMinutes(cast.carrier, id, mid);
    }

    /**
     * One person of each college present approves the minutes: someone with an account themself, else the carrier
     * notes the approval of the first one present, given orally. The last approval freezes them.
     */
    private void approveByEachCollege(SecondCast cast, long mid, List<SecondCast.Member> present) {
        long id = cast.experimentationId;
        for (College college : collegesPresent(present)) {
            List<SecondCast.Member> ofCollege =
                    present.stream().filter(p -> p.college() == college).toList();
            SecondCast.Member withAccount = ofCollege.stream()
                    .filter(SecondCast.Member::hasAccount)
                    .findFirst()
                    .orElse(null);
            if (withAccount != null) {
                minutes.validateMinutes(withAccount.self(), id, mid, true, null, null, null, null);
            } else {
                minutes.validateMinutes(
                        cast.carrier, id, mid, true, null, ofCollege.get(0).id(), ConsentKind.ORAL, null);
            }
        }
    }

    /**
     * The invitees answer: those who will come say yes (people with an account themselves, the others to the
     * carrier on the phone); of the others, every third says no, every fourth maybe, the rest never answer.
     */
    private void answer(SecondCast cast, long mid, Set<College> invited, List<SecondCast.Member> present) {
        Set<Long> coming =
                new LinkedHashSet<>(present.stream().map(SecondCast.Member::id).toList());
        int n = 0;
        for (College college : invited) {
            for (SecondCast.Member m : cast.of(college)) {
                Reply reply =
                        coming.contains(m.id()) ? Reply.YES : n % 3 == 0 ? Reply.NO : n % 4 == 1 ? Reply.MAYBE : null;
                n++;
                if (reply == null) {
                    continue;
                }
                if (m.hasAccount()) {
                    attendance.reply(m.self(), cast.experimentationId, mid, reply, null);
                    readInvitation(m.self(), cast.experimentationId, mid);
                } else {
                    attendance.reply(cast.carrier, cast.experimentationId, mid, reply, m.id());
                }
            }
        }
    }

    /** Someone who answered on the meeting's page opened the message that invited them: it is read. */
    private void readInvitation(Viewer viewer, long experimentationId, long meetingId) {
        String page = "/experimentations/" + experimentationId + "/meetings/" + meetingId;
        for (Notification n : notifications.unread(viewer)) {
            if (page.equals(n.getLink())) {
                notifications.markRead(viewer, n.getId());
            }
        }
    }

    /**
     * Someone with an account speaks themself; for the others, the CIAS's social worker notes it when she is there
     * (every other time), else the carrier; consent mostly oral, sometimes a written note.
     */
    private void speak(SecondCast cast, long mid, Said said, int i, boolean recorderThere) {
        long id = cast.experimentationId;
        if (said.who().hasAccount()) {
            words.speak(said.who().self(), id, mid, said.round(), said.text(), null, null, null);
            return;
        }
        Viewer recorder = recorderThere && i % 2 == 0 ? cast.recorder.self() : cast.carrier;
        ConsentKind consent = i % 5 == 4 ? ConsentKind.WRITTEN : ConsentKind.ORAL;
        words.speak(recorder, id, mid, said.round(), said.text(), said.who().id(), consent, null);
    }

    private static List<College> collegesPresent(List<SecondCast.Member> present) {
        List<College> colleges = new ArrayList<>();
        for (SecondCast.Member m : present) {
            if (!colleges.contains(m.college())) {
                colleges.add(m.college());
            }
        }
        return colleges;
    }

    private DemoClock demoClock() {
        if (clock instanceof DemoClock demo) {
            return demo;
        }
        throw new IllegalStateException("the demo seeder needs the demo clock to replay past meetings");
    }
}
