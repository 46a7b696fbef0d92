package coop.faireavec.task.kind;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The mid-term crossed review: the team's view, each college's view (one row per college of the experimentation, in
 * order), then the carrier's decision on the experiment and its reasons.
 *
 * @param collegeViews one text per college, in the order of the experimentation's colleges
 */
public record MidTermForm(
        ExperimentDecision decision,

        @Size(max = 8000, message = "{form.midTerm.reasonsTooLong}")
        String body,

        @Size(max = 4000, message = "{form.midTerm.teamViewTooLong}")
        String teamView,

        List<String> collegeViews) {

    /** The views as a list that can grow (a page asks for a row the post did not send), never null. */
    public MidTermForm {
        collegeViews = collegeViews == null ? new ArrayList<>() : new ArrayList<>(collegeViews);
    }

    /** The view written for the i-th college, or null. */
    public String collegeView(int i) {
        return collegeViews == null || i >= collegeViews.size() ? null : collegeViews.get(i);
    }
}
