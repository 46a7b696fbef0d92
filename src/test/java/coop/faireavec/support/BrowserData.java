package coop.faireavec.support;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.meeting.Meeting;
import coop.faireavec.meeting.MeetingDetails;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.process.StepView;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.task.StepService;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;

/** Steps of a person, found through the real step service (browser tests open them by id). */
@TestComponent
public class BrowserData {

    private final StepService steps;
    private final MeetingService meetings;
    private final MembershipService memberships;

    BrowserData(StepService steps, MeetingService meetings, MembershipService memberships) {
        this.steps = steps;
        this.meetings = meetings;
        this.memberships = memberships;
    }

    /** Completes a step with a short text; a meeting step is completed by holding its meeting. */
    public void complete(AccountPrincipal who, StepView step, String decision) {
        if (MeetingService.MEETING_STEPS.containsKey(step.formKey())) {
            holdMeeting(who.viewer(), step);
            return;
        }
        steps.complete(who.viewer(), step.id(),
                new coop.faireavec.task.StepInput("Texte de test.", decision, null, null, null, null));
    }

    /**
     * The carrier holds the meeting a meeting step asks for: every member with a college comes, the minutes are
     * written, sent, and one person per college validates them (noted by the carrier, agreed orally).
     */
    public Meeting holdMeeting(Viewer carrier, StepView step) {
        long exp = step.experimentationId();
        Meeting m = meetings.plan(carrier, exp, new MeetingDetails(step.name(),
                MeetingService.MEETING_STEPS.get(step.formKey()), null, LocalDateTime.of(2026, 3, 2, 14, 30), 120,
                "Maison des associations", null, null), step.id());
        meetings.invite(carrier, exp, m.getId(), EnumSet.allOf(College.class), List.of());
        List<Membership> present = memberships.membersOf(exp).stream().filter(x -> x.getCollege() != null).toList();
        meetings.attendance(carrier, exp, m.getId(), present.stream().map(Membership::getPersonId).toList());
        meetings.saveMinutes(carrier, exp, m.getId(), "Compte rendu de test.");
        meetings.submitMinutes(carrier, exp, m.getId());
        Set<College> validated = new HashSet<>();
        for (Membership p : present) {
            if (validated.add(p.getCollege())) {
                meetings.validateMinutes(carrier, exp, m.getId(), true, null, p.getPersonId(), ConsentKind.ORAL, null);
            }
        }
        if (!meetings.get(carrier, exp, m.getId()).isStepCompleted()) {
            meetings.justify(carrier, exp, m.getId(), "Rencontre de test.");
        }
        return m;
    }

    /** The id of the first open step of that name offered to the person. */
    public String stepId(AccountPrincipal who, String name) {
        return steps.mySteps(who.viewer()).stream().filter(s -> s.name().equals(name)).map(StepView::id).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + name + "' for " + who.getUsername()));
    }

    /** The id of the open step at that activity for that college, among the person's steps. */
    public String stepIdForCollege(AccountPrincipal who, String activityId, String college) {
        return steps.mySteps(who.viewer()).stream()
                .filter(s -> s.taskKey().equals(activityId) && college.equals(s.college())).map(StepView::id)
                .findFirst().orElseThrow(() -> new AssertionError("no " + activityId + " for " + college));
    }

    /** Completes the first open step of that name for that person, with a short text. */
    public void completeFirst(AccountPrincipal who, String name) {
        complete(who, steps.mySteps(who.viewer()).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + name + "' for " + who.getUsername())), null);
    }

    /**
     * The carrier (offered every step of phase 1, for each college too) walks the phase up to the committee's
     * review, all colleges agreeing, so that the committee has a review to do.
     */
    public void bringPhaseToCommitteeReview(AccountPrincipal carrier) {
        for (int guard = 0; guard < 20; guard++) {
            var open = steps.mySteps(carrier.viewer());
            if (open.isEmpty()) {
                return;
            }
            StepView step = open.get(0);
            String decision = "college-validation".equals(step.formKey()) ? "AGREE" : null;
            complete(carrier, step, decision);
        }
        throw new AssertionError("phase 1 did not reach the committee review");
    }
}
