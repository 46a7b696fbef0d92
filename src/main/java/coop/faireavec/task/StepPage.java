package coop.faireavec.task;

import coop.faireavec.actionlead.ActionLead;
import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.experiment.ExperimentStepInfo;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.process.StepView;
import coop.faireavec.task.kind.StepKind;
import java.util.List;
import java.util.Map;

/**
 * Everything a step's page shows around its form: its kind, what the viewer may do with it, what was said before
 * in this phase (so each step builds on the previous ones), the text to validate or review, the leads and their
 * votes, the lead an experiment is about; for a step taken up again, the text it starts from and the points to
 * answer ({@code rework}, null otherwise); for a review or a validation, how the points of the previous round were
 * answered ({@code answered}, empty when none); the report version the committee reads (null: none kept; the
 * report module provides it); for a phase-3 step about a lead, its experiment's side ({@code experiment}: lead title,
 * team candidates and rule, the experiment once planned; null for other steps).
 */
public record StepPage(
        StepView step,
        StepKind<?> kind,
        StepAccess access,
        Phase phase,
        List<Contribution> earlier,
        Contribution toValidate,
        List<ActionLeadService.LeadWithVotes> leads,
        ActionLead lead,
        int collegeCount,
        Map<Long, String> names,
        List<Recordable> recordFor,
        Rework rework,
        List<Rework.Point> answered,
        Integer reportVersion,
        ExperimentStepInfo experiment) {

    /** The same page for a step that is not about an experiment. */
    public StepPage(
            StepView step,
            StepKind<?> kind,
            StepAccess access,
            Phase phase,
            List<Contribution> earlier,
            Contribution toValidate,
            List<ActionLeadService.LeadWithVotes> leads,
            ActionLead lead,
            int collegeCount,
            Map<Long, String> names,
            List<Recordable> recordFor,
            Rework rework,
            List<Rework.Point> answered,
            Integer reportVersion) {
        this(
                step,
                kind,
                access,
                phase,
                earlier,
                toValidate,
                leads,
                lead,
                collegeCount,
                names,
                recordFor,
                rework,
                answered,
                reportVersion,
                null);
    }

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

    /** Whether the viewer may fill this step in for that person. */
    public boolean mayRecordFor(Long personId) {
        return access.mayRecordFor(personId);
    }

    /** Whether the page shows the step's form: it has one and nobody else took it (carriers excepted). */
    public boolean showsForm() {
        return kind.formType() != null && access.mayAct();
    }
}
