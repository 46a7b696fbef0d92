package coop.faireavec.decision;

import java.util.Map;
import java.util.Objects;

/**
 * One member's ballot in a majority-judgment vote: the member's college (taken from the membership, never from the
 * request) and a grade per lead. A lead missing from the map is {@link Grade#NO_OPINION}. A ballot carries no voter
 * identity: the tally never needs one.
 *
 * @param college the voter's college, a {@code participation.College} name
 * @param grades lead id to grade; copied (no null key or value)
 */
public record Ballot(String college, Map<Long, Grade> grades) {

    /**
     * Checks and copies the ballot.
     *
     * @throws NullPointerException when the college, the map, a key or a value is null
     */
    public Ballot {
        Objects.requireNonNull(college, "college");
        grades = Map.copyOf(grades);
    }

    /**
     * The answer of this ballot on one lead.
     *
     * @param leadId the lead
     * @return its grade, or {@link Grade#NO_OPINION} when the ballot has none for it
     */
    public Grade gradeOf(long leadId) {
        return grades.getOrDefault(leadId, Grade.NO_OPINION);
    }
}
