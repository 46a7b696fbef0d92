package coop.faireavec.decision;

/**
 * One college's position on a collective validation.
 *
 * @param college the college's name
 * @param members its members
 * @param answered its members who answered
 * @param required its quorum ({@link Quorum#required})
 * @param agree answers agreeing
 * @param object answers objecting
 * @param quorumMet whether {@code answered >= required}
 * @param agrees whether the college agrees under the rules' {@link ConsentRule}
 */
public record CollegePosition(
        String college,
        int members,
        int answered,
        int required,
        int agree,
        int object,
        boolean quorumMet,
        boolean agrees) {}
