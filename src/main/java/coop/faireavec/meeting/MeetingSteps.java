package coop.faireavec.meeting;

import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.participation.College;
import coop.faireavec.process.StepView;
import coop.faireavec.process.WorkflowEngine;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Completes the BPMN step a meeting serves, once the meeting is done by the method's standards. */
@Component
class MeetingSteps {

    private final MeetingLookup lookup;
    private final MeetingParticipantRepository participants;
    private final MeetingRules rules;
    private final ContributionService contributions;
    private final WorkflowEngine workflow;

    MeetingSteps(
            MeetingLookup lookup,
            MeetingParticipantRepository participants,
            MeetingRules rules,
            ContributionService contributions,
            WorkflowEngine workflow) {
        this.lookup = lookup;
        this.participants = participants;
        this.rules = rules;
        this.contributions = contributions;
        this.workflow = workflow;
    }

    /**
     * Completes the step the meeting serves once its minutes are validated and its composition rule held (or the
     * carrier said why). The validated minutes are kept with the step, as a collective text (no single author),
     * sent by whoever wrote them. Called inside the caller's transaction.
     */
    void completeIfReady(Meeting meeting) {
        if (meeting.getTaskId() == null || meeting.isStepCompleted()) {
            return;
        }
        MeetingMinutes current = lookup.latestMinutes(meeting.getId()).orElse(null);
        if (current == null || !current.isFrozen()) {
            return;
        }
        long exp = meeting.getExperimentationId();
        if (!ruleHeld(meeting) && meeting.getRuleJustification() == null) {
            return;
        }
        Optional<StepView> step = workflow.step(meeting.getTaskId());
        if (step.isEmpty()) {
            return;
        }
        contributions.record(new NewContribution(
                exp,
                meeting.getPhase() == null ? "MEETING" : meeting.getPhase(),
                step.get().taskKey(),
                step.get().id(),
                null,
                null,
                "MINUTES",
                null,
                current.getBody(),
                null,
                current.getDraftedById()));
        meeting.stepCompleted();
        workflow.complete(step.get().id(), Map.of());
    }

    /** Whether the meeting's composition rule held with the people present. */
    boolean ruleHeld(Meeting meeting) {
        long exp = meeting.getExperimentationId();
        Map<Long, College> collegeOf = lookup.collegesOf(exp);
        return rules.ruleFor(exp, meeting.getKind())
                .check(MeetingLookup.count(
                        participants.findByMeetingId(meeting.getId()), collegeOf, MeetingParticipant::isPresent))
                .holds();
    }
}
