package coop.faireavec.task.kind;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.shared.ConflictException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of step, by form key: the one place that knows what each form key means. Adding a kind: one class here,
 * one line below, its fragment under {@code templates/task/forms/} and its messages.
 */
public final class StepKinds {

    private static final Map<String, StepKind<?>> BY_FORM_KEY = new LinkedHashMap<>();

    static {
        for (StepKind<?> kind : List.<StepKind<?>>of(
                new MeetingRecordStep(),
                new PeerSessionStep(),
                new CrossedDiscussionStep(),
                new SynthesisStep(),
                new CollegeValidationStep(),
                new PhaseReportStep(),
                new CommitteeReviewStep(),
                new CallForLeadsStep(),
                new LeadVoteStep(),
                new ActionPlanStep(),
                new ExperimentPlanStep(),
                new ObservationStep(),
                new MidTermReviewStep(),
                new ExperimentAssessmentStep(),
                new CollegeEvaluationStep(),
                new CapitalisationStep())) {
            if (BY_FORM_KEY.put(kind.formKey(), kind) != null) {
                throw new IllegalStateException("two kinds of step for form key " + kind.formKey());
            }
        }
    }

    private StepKinds() {}

    /**
     * The kind of a step.
     *
     * @param formKey the step's BPMN form key
     * @return its kind, never null
     * @throws ConflictException ({@code conflict.wrongStepKind}) for a form key no kind serves
     */
    public static StepKind<?> of(String formKey) {
        StepKind<?> kind = formKey == null ? null : BY_FORM_KEY.get(formKey);
        if (kind == null) {
            throw new ConflictException("conflict.wrongStepKind");
        }
        return kind;
    }

    /**
     * Whether that step (task key) of that phase is the one the committee's requests are answered in: the step the
     * committee review reads (the phase report).
     */
    public static boolean answersReviewRequests(Phase phase, String taskKey) {
        return phase != null
                && taskKey != null
                && taskKey.equals(of(ProcessConstants.FORM_COMMITTEE_REVIEW).stepToRead(phase));
    }

    /**
     * Whether that step of that phase is the one the colleges' objections are answered in: the text a collective
     * validation reads (the synthesis in phase 1, the action plan in phase 2, the capitalisation in phase 4).
     */
    public static boolean answersObjections(Phase phase, String taskKey) {
        return (phase == Phase.SHARED_DIAGNOSIS || phase == Phase.ACTION_LEADS || phase == Phase.CONSOLIDATION)
                && taskKey != null
                && taskKey.equals(of(ProcessConstants.FORM_COLLEGE_VALIDATION).stepToRead(phase));
    }

    /** Every kind, in the order of the method's phases. */
    public static Collection<StepKind<?>> all() {
        return BY_FORM_KEY.values();
    }
}
