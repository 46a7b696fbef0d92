package coop.faireavec.task.kind;

import coop.faireavec.review.ReportPart;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The committee's decision on a phase: approve, or ask for more with one request per row (what, about which part of
 * the report). Empty rows are ignored; at least one filled row is needed to ask for more.
 *
 * @param approved true to approve, false to ask for more, null when not chosen yet
 * @param comment an optional general comment
 * @param requests the rows of the form (some may be empty)
 * @param reportVersion the version of the phase report shown on the page when deciding (null: none kept)
 */
public record ReviewForm(
        @NotNull(message = "{form.decisionRequired}") Boolean approved,
        @Size(max = 4000, message = "{form.tooLong}") String comment,
        @Valid List<RequestRow> requests,
        Integer reportVersion) {

    /** Rows shown in an empty form. */
    public static final int EMPTY_ROWS = 3;

    /** One request row: about which part of the report, and what is asked. */
    public record RequestRow(
            ReportPart part,

            @Size(max = 2000, message = "{form.tooLong}") String what) {

        /** Whether nothing was typed or chosen in this row. */
        public boolean empty() {
            return part == null && (what == null || what.isBlank());
        }
    }

    /** An empty form with {@link #EMPTY_ROWS} rows, about that report version. */
    public static ReviewForm empty(Integer reportVersion) {
        return new ReviewForm(null, null, emptyRows(EMPTY_ROWS), reportVersion);
    }

    private static List<RequestRow> emptyRows(int n) {
        List<RequestRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new RequestRow(null, null));
        }
        return rows;
    }

    /** The rows, never null (a form posted without any row has none). */
    public List<RequestRow> rows() {
        return requests == null ? List.of() : requests;
    }

    /** The rows that hold something, in order. */
    public List<RequestRow> filledRows() {
        return rows().stream().filter(r -> r != null && !r.empty()).toList();
    }
}
