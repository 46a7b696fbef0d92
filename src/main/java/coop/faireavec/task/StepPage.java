package coop.faireavec.task;

import coop.faireavec.actionlead.ActionLead;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.experiment.ExperimentStepInfo;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.process.StepView;
import coop.faireavec.task.kind.StepKind;
import coop.faireavec.vote.VoteService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a step's page shows around its form: its kind, what the viewer may do with it, what was said before
 * in this phase (so each step builds on the previous ones), the text to validate or review, the leads and their
 * votes, the lead an experiment is about; for a step taken up again, the text it starts from and the points to
 * answer ({@code rework}, null otherwise); for a review or a validation, how the points of the previous round were
 * answered ({@code answered}, empty when none); the report version the committee reads (null: none kept; the
 * report module provides it); for a step shared by every member, the viewer's part and the kind's details
 * ({@code shared}, null otherwise); for a phase-3 step about a lead, its experiment's side ({@code experiment}: lead
 * title, team candidates and rule, the experiment once planned; null for other steps); for the action plan, the
 * vote's results it starts from ({@code votes}, null otherwise or when no vote opened); for the members' validation of
 * the action plan, the plan's changes against the vote's preselection with their reasons ({@code planChanges}, empty
 * otherwise).
 */
public record StepPage(
        StepView step,
        StepKind<?> kind,
        StepAccess access,
        Phase phase,
        List<Contribution> earlier,
        Contribution toValidate,
        List<ActionLead> leads,
        ActionLead lead,
        int collegeCount,
        Map<Long, String> names,
        List<Recordable> recordFor,
        Rework rework,
        List<Rework.Point> answered,
        Integer reportVersion,
        Shared shared,
        ExperimentStepInfo experiment,
        VoteService.Results votes,
        List<VoteService.SelectionChange> planChanges) {

    /**
     * For a step shared by every member ({@link StepKind#sharedByMembers()}): whether the viewer already did their
     * part, whether closing it now needs the carrier's reason, and what the kind shows beside the form (its own
     * type, see {@link StepKind#sharedDetails}). Null on other steps.
     */
    public record Shared(boolean partDone, boolean closingNeedsReason, Object details) {}

    /** A member the step is offered to, for whom the viewer may fill it in (many have no account). */
    public record Recordable(long personId, String displayName, boolean hasAccount) {}

    /** Whether the step is offered to the viewer (else they may only fill it in for someone). */
    public boolean offeredToMe() {
        return access.offeredToMe();
    }

    /** How many of the earlier contributions the step page shows before "voir tout". */
    public static final int RECENT_SHOWN = 3;

    /** The latest {@link #RECENT_SHOWN} earlier contributions, newest first (each folded on the page). */
    public List<Contribution> recentEarlier() {
        return newestFirst().subList(0, Math.min(RECENT_SHOWN, earlier.size()));
    }

    /** The other earlier contributions, newest first, behind "voir tout"; empty when there are no more. */
    public List<Contribution> olderEarlier() {
        return newestFirst().subList(Math.min(RECENT_SHOWN, earlier.size()), earlier.size());
    }

    private List<Contribution> newestFirst() {
        List<Contribution> list = new java.util.ArrayList<>(earlier);
        java.util.Collections.reverse(list);
        return list;
    }

    /**
     * The text to validate or review, whole: {@link #toValidate} alone, or for a step stored in parts (the
     * capitalisation) the latest text of each of its parts, in the order they were first written. Empty when there
     * is nothing to read.
     */
    public List<Contribution> textsToValidate() {
        if (toValidate == null) {
            return List.of();
        }
        if (toValidate.getSection() == null) {
            return List.of(toValidate);
        }
        Map<String, Contribution> latestBySection = new LinkedHashMap<>();
        for (Contribution c : earlier) {
            if (c.getStepKey().equals(toValidate.getStepKey()) && c.getSection() != null) {
                latestBySection.put(c.getSection(), c);
            }
        }
        return latestBySection.isEmpty() ? List.of(toValidate) : List.copyOf(latestBySection.values());
    }

    /** Whether the viewer may fill this step in for that person. */
    public boolean mayRecordFor(Long personId) {
        return access.mayRecordFor(personId);
    }

    /** Whether the page shows the step's form: it has one and nobody else took it (carriers excepted). */
    public boolean showsForm() {
        return kind.formType() != null && (shared != null || access.mayAct());
    }

    /** Whether the viewer may close or extend this shared step (a carrier of its experimentation). */
    public boolean mayClose() {
        return shared != null && access.carrier();
    }
}
