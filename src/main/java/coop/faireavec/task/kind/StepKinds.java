package coop.faireavec.task.kind;

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
                new CloseCallForLeadsStep(),
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

    /** Every kind, in the order of the method's phases. */
    public static Collection<StepKind<?>> all() {
        return BY_FORM_KEY.values();
    }
}
