package coop.faireavec.support;

import coop.faireavec.meeting.Meeting;
import coop.faireavec.process.StepView;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.task.StepService;
import org.springframework.boot.test.context.TestComponent;

/** Steps of a person, found through the real step service (browser tests open them by id). */
@TestComponent
public class BrowserData {

    private final StepService steps;
    private final TestData data;

    BrowserData(StepService steps, TestData data) {
        this.steps = steps;
        this.data = data;
    }

    /** Completes a step with a short text; a meeting step is completed by holding its meeting. */
    public void complete(AccountPrincipal who, StepView step, String decision) {
        data.completeStep(who, step, decision);
    }

    /** The carrier holds the meeting a meeting step asks for (see {@link TestData#holdMeeting}). */
    public Meeting holdMeeting(Viewer carrier, StepView step) {
        return data.holdMeeting(carrier, step);
    }

    /** The id of the first open step at that BPMN task key offered to the person. */
    public String stepId(AccountPrincipal who, String taskKey) {
        return steps.mySteps(who.viewer()).stream()
                .filter(s -> s.taskKey().equals(taskKey))
                .map(StepView::id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + taskKey + "' for " + who.getUsername()));
    }

    /** The id of the open step at that activity for that college, among the person's steps. */
    public String stepIdForCollege(AccountPrincipal who, String activityId, String college) {
        return steps.mySteps(who.viewer()).stream()
                .filter(s -> s.taskKey().equals(activityId) && college.equals(s.college()))
                .map(StepView::id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + activityId + " for " + college));
    }

    /** Completes the first open step at that BPMN task key for that person, with a short text. */
    public void completeFirst(AccountPrincipal who, String taskKey) {
        complete(
                who,
                steps.mySteps(who.viewer()).stream()
                        .filter(s -> s.taskKey().equals(taskKey))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no step '" + taskKey + "' for " + who.getUsername())),
                null);
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
