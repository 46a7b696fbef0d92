package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The mid-term crossed review of an experiment: it collects the team's view and each college's view, then the
 * carrier records continue, adjust (back to the plan) or stop with the reasons; the engine gets the decision. Each
 * view is kept as its own text (section {@code view-team}, {@code view-<COLLEGE>}), the decision with its reasons.
 */
final class MidTermReviewStep extends FormStep<MidTermForm> {

    /** The section of the team's view; a college's is {@code view-} and its name. */
    static final String TEAM_VIEW = "view-team";

    MidTermReviewStep() {
        super(ProcessConstants.FORM_MID_TERM_REVIEW, MidTermForm.class, () -> new MidTermForm(null, null, null, null));
    }

    @Override
    public MidTermForm formFor(StepPage page) {
        List<String> rows = new ArrayList<>();
        colleges(page).forEach(c -> rows.add(null));
        return new MidTermForm(null, null, null, rows);
    }

    private static List<String> colleges(StepPage page) {
        return page.experiment() == null ? List.of() : page.experiment().colleges();
    }

    @Override
    public void validate(MidTermForm form, StepPage page, Errors errors) {
        requireText(form.teamView(), "teamView", errors, "form.midTerm.teamViewRequired");
        List<String> colleges = colleges(page);
        for (int i = 0; i < colleges.size(); i++) {
            String view = form.collegeView(i);
            if (blank(view)) {
                rejectRow(
                        errors,
                        "collegeViews[" + i + "]",
                        "form.midTerm.collegeViewRequired",
                        new DefaultMessageSourceResolvable("college." + colleges.get(i)));
            } else if (view.length() > 4000) {
                rejectRow(
                        errors,
                        "collegeViews[" + i + "]",
                        "form.midTerm.collegeViewTooLong",
                        new DefaultMessageSourceResolvable("college." + colleges.get(i)));
            }
        }
        if (form.decision() == null) {
            errors.rejectValue("decision", "form.decisionRequired");
        }
        requireText(form.body(), "body", errors, "form.midTerm.reasonsRequired");
    }

    @Override
    public Map<String, Object> complete(StepContext step, MidTermForm form) {
        if (form.decision() == null) {
            throw new IllegalArgumentException("decision");
        }
        if (!blank(form.teamView())) {
            step.store(TEAM_VIEW, null, form.teamView().strip());
        }
        List<String> views = form.collegeViews() == null ? List.of() : form.collegeViews();
        List<String> colleges = step.colleges();
        for (int i = 0; i < Math.min(views.size(), colleges.size()); i++) {
            if (!blank(views.get(i))) {
                step.store("view-" + colleges.get(i), null, views.get(i).strip());
            }
        }
        step.store(null, form.decision().name(), text(form.body()));
        return Map.of(ProcessConstants.VAR_EXPERIMENT_DECISION, form.decision().name());
    }
}
