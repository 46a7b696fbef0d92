package coop.faireavec.task.kind;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.review.NewReviewRequest;
import coop.faireavec.review.ReviewService;
import coop.faireavec.task.StepPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The steering committee approves the phase (the next phase starts, or the experimentation ends after phase 4) or
 * asks for more, listing each request (what, about which part of the report): back to the phase report, where the
 * carrier answers each one. The decision is stored with the report version shown on the page; the engine gets
 * {@code reviewApproved}. Only the committee decides: nobody fills it in for someone.
 */
final class CommitteeReviewStep extends FormStep<ReviewForm> {

    CommitteeReviewStep() {
        super(ProcessConstants.FORM_COMMITTEE_REVIEW, ReviewForm.class, () -> ReviewForm.empty(null));
    }

    @Override
    public boolean isReview() {
        return true;
    }

    @Override
    public String stepToRead(Phase phase) {
        return ProcessConstants.TASK_WRITE_PHASE_REPORT;
    }

    @Override
    public ReviewForm formFor(StepPage page) {
        return ReviewForm.empty(page.reportVersion());
    }

    @Override
    public ReviewForm withMoreRows(ReviewForm form) {
        List<ReviewForm.RequestRow> rows = new ArrayList<>(form.rows());
        while (rows.size() < ReviewForm.EMPTY_ROWS) {
            rows.add(new ReviewForm.RequestRow(null, null));
        }
        if (rows.size() < ReviewService.MAX_REQUESTS) {
            rows.add(new ReviewForm.RequestRow(null, null));
        }
        return new ReviewForm(form.approved(), form.comment(), rows, form.reportVersion());
    }

    @Override
    public void validate(ReviewForm form, StepPage page, Errors errors) {
        if (form.rows().size() > ReviewService.MAX_REQUESTS) {
            errors.rejectValue("requests", "form.review.tooManyRequests");
            return;
        }
        if (Boolean.TRUE.equals(form.approved()) && !form.filledRows().isEmpty()) {
            // approving drops nothing silently: the requests typed would be lost
            errors.rejectValue("requests", "form.review.requestsWithApproval");
            return;
        }
        if (!Boolean.FALSE.equals(form.approved())) {
            return;
        }
        if (form.filledRows().isEmpty()) {
            errors.rejectValue("requests", "form.review.requestRequired");
        }
        List<ReviewForm.RequestRow> rows = form.rows();
        for (int i = 0; i < rows.size(); i++) {
            ReviewForm.RequestRow row = rows.get(i);
            if (row == null || row.empty()) {
                continue;
            }
            Object[] number = {i + 1};
            if (row.part() == null) {
                errors.rejectValue("requests[" + i + "].part", "form.review.request.partRequired", number, null);
            }
            if (blank(row.what())) {
                errors.rejectValue("requests[" + i + "].what", "form.review.request.whatRequired", number, null);
            }
        }
    }

    @Override
    public Map<String, Object> complete(StepContext step, ReviewForm form) {
        if (form.approved() == null) {
            throw new IllegalArgumentException("decision");
        }
        List<NewReviewRequest> requests = form.approved()
                ? List.of()
                : form.filledRows().stream()
                        .map(r -> new NewReviewRequest(r.part(), r.what()))
                        .toList();
        step.recordReview(form.approved(), form.comment(), requests, form.reportVersion());
        return Map.of(ProcessConstants.VAR_REVIEW_APPROVED, form.approved());
    }

    @Override
    public String doneFlash(ReviewForm form) {
        return Boolean.TRUE.equals(form.approved()) ? "flash.phaseApproved" : "flash.changesRequested";
    }

    @Override
    public boolean showsWhatWasStored() {
        return true;
    }
}
