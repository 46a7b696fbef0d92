package coop.faireavec.task;

import coop.faireavec.review.ReportPart;
import java.time.Instant;
import java.util.List;

/**
 * A step taken up again after someone asked for changes (the committee asked for more, a college disagreed): the
 * text it starts from (the latest one of that step in the phase) and the points to answer, each in its own field.
 * The same shape lists the points already answered on the next review or validation.
 *
 * @param previousText the step's latest text in the phase (its form is prefilled with it), or null
 * @param points what to answer (or what was answered), in order; numbers start at 1
 * @param committeeComment the overall comment of the committee's decision that asked for more, shown above its
 *     requests; null when there is none or the step answers no committee decision
 */
public record Rework(String previousText, List<Point> points, String committeeComment) {

    /** A rework with no comment from the committee (objections, or a decision without a comment). */
    public Rework(String previousText, List<Point> points) {
        this(previousText, points, null);
    }

    /** Where a point comes from: a committee request, or a college's objection in a collective validation. */
    public enum Source {
        REQUEST,
        OBJECTION
    }

    /**
     * One point to answer.
     *
     * @param source a committee request or a college objection
     * @param id the request's id ({@code review_request}) or the objecting contribution's id
     * @param number 1, 2, … on the page (the messages name the point by it)
     * @param part the part of the report asked about (requests only, else null)
     * @param college the objecting college's name ({@code College}) for an objection, else null
     * @param what what was asked or objected
     * @param answer the answer given, or null while not answered
     * @param answeredAt when it was answered (UTC), or null
     */
    public record Point(
            Source source,
            long id,
            int number,
            ReportPart part,
            String college,
            String what,
            String answer,
            Instant answeredAt) {

        /** The message key prefix naming the point on the page ({@code rework.request} / {@code rework.objection}). */
        public String labelKey() {
            return source == Source.REQUEST ? "rework.request" : "rework.objection";
        }
    }

    /** Whether there is anything to answer. */
    public boolean hasPoints() {
        return !points.isEmpty();
    }
}
