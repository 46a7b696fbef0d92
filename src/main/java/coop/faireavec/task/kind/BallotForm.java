package coop.faireavec.task.kind;

import coop.faireavec.decision.Grade;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's ballot: one answer per lead on the ballot, in the page's order. Nothing else is read from the request:
 * a weight, a college or a voter sent with it is not a field and is ignored (the college comes from the membership,
 * the voter is the viewer or the member chosen in "Je remplis pour").
 *
 * @param lines one line per lead shown, null when nothing was posted
 */
public record BallotForm(List<Line> lines) {

    /**
     * One lead's answer.
     *
     * @param leadId the lead (a hidden field)
     * @param grade the answer chosen, null when none was chosen (or the value was not a known answer)
     */
    public record Line(Long leadId, Grade grade) {}

    /** The answers by lead id (lines without a lead or an answer left out). */
    public Map<Long, Grade> grades() {
        Map<Long, Grade> grades = new HashMap<>();
        if (lines != null) {
            for (Line line : lines) {
                if (line != null && line.leadId() != null && line.grade() != null) {
                    grades.put(line.leadId(), line.grade());
                }
            }
        }
        return grades;
    }
}
