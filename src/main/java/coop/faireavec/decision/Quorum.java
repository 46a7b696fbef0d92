package coop.faireavec.decision;

/**
 * The per-college quorum of a vote or a validation (issue #13, point 1): by default at least 2 voters and at least a
 * third of the college's members; a college of one needs its one member.
 */
public final class Quorum {

    private Quorum() {}

    /**
     * How many members of a college must take part for its result to count.
     *
     * @param collegeSize the number of members of the college (0 or less: an empty college)
     * @param rules the rules in force
     * @return 0 for an empty college, 1 for a college of one, else {@code min(size, max(minVoters, ceil(size * num /
     *     den)))}
     */
    public static int required(int collegeSize, EqualFootingRules rules) {
        if (collegeSize <= 0) {
            return 0;
        }
        if (collegeSize == 1) {
            return 1;
        }
        long share = ceilDiv((long) collegeSize * rules.quorumShareNumerator(), rules.quorumShareDenominator());
        return (int) Math.min(collegeSize, Math.max(rules.quorumMinVoters(), share));
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
