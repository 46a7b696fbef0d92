package coop.faireavec.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tallies a collective validation college by college (issue #13, point 5): a college agrees when its quorum answered
 * and, under {@link ConsentRule#MAJORITY}, a strict majority of its answering members agree, or, under
 * {@link ConsentRule#NO_OBJECTION}, none objects; the whole is validated when every college with members agrees.
 * Every objection's reason is shown to all, whatever the outcome.
 */
public final class ConsentTally {

    private ConsentTally() {}

    /**
     * Tallies the answers.
     *
     * @param collegeSizes members per college name; colleges with 0 members are left out
     * @param answers one answer per member; an answer whose college is not counted is ignored
     * @param rules the rules frozen when the validation opened
     * @return each college's position, whether the whole is validated, whether it is provisional (a quorum missing),
     *     which colleges miss how many answers, and every objection of a counted college
     * @throws NullPointerException when an argument is null
     */
    public static ValidationResult tally(
            Map<String, Integer> collegeSizes, List<Answer> answers, EqualFootingRules rules) {
        Objects.requireNonNull(rules, "rules");
        List<String> colleges = Colleges.counted(collegeSizes);
        Map<String, int[]> counts = new LinkedHashMap<>();
        colleges.forEach(college -> counts.put(college, new int[2]));
        List<Answer> objections = new ArrayList<>();
        for (Answer answer : answers) {
            int[] own = counts.get(answer.college());
            if (own == null) {
                continue;
            }
            if (answer.agree()) {
                own[0]++;
            } else {
                own[1]++;
                objections.add(answer);
            }
        }
        List<CollegePosition> positions = new ArrayList<>();
        List<MissingQuorum> missing = new ArrayList<>();
        boolean validated = !colleges.isEmpty();
        for (String college : colleges) {
            int members = collegeSizes.get(college);
            int agree = counts.get(college)[0];
            int object = counts.get(college)[1];
            int answered = agree + object;
            int required = Quorum.required(members, rules);
            boolean met = answered >= required;
            boolean agrees = met
                    && switch (rules.consentRule()) {
                        case MAJORITY -> 2 * agree > answered;
                        case NO_OBJECTION -> object == 0;
                    };
            positions.add(new CollegePosition(college, members, answered, required, agree, object, met, agrees));
            if (!met) {
                missing.add(new MissingQuorum(college, required - answered));
            }
            validated &= agrees;
        }
        return new ValidationResult(
                List.copyOf(positions), validated, !missing.isEmpty(), List.copyOf(missing), List.copyOf(objections));
    }
}
