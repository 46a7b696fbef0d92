package coop.faireavec.decision;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What equal footing means in one experimentation (issue #13, point 1): the per-college quorum, what a consent needs,
 * when a college is too small to show its distribution, when two colleges disagree, and how many leads the action
 * plan preselects. Colleges always weigh the same in a vote (majority judgment with each college's distribution
 * counted as one equal share); that is not adjustable. Configured by the template ({@code decision-rules:}),
 * overridden per experimentation by the carrier, and frozen as {@link #asText()} when a vote or validation opens.
 *
 * @param quorumMinVoters the fewest voters a college of 2 or more needs (1 to 1000)
 * @param quorumShareNumerator with the denominator, the share of a college's members its quorum needs (0 to the
 *     denominator)
 * @param quorumShareDenominator the share's denominator (1 to 100)
 * @param consentRule what a college's consent needs
 * @param smallCollegeBelow a college with fewer voters on a lead shows only its turnout and median (0 to 1000)
 * @param disagreementGap how many grades apart two colleges' medians must be for a disagreement (1 to 3)
 * @param preselectedLeads how many top-ranked leads the action plan preselects (0 to 100)
 */
public record EqualFootingRules(
        int quorumMinVoters,
        int quorumShareNumerator,
        int quorumShareDenominator,
        ConsentRule consentRule,
        int smallCollegeBelow,
        int disagreementGap,
        int preselectedLeads) {

    static final String MIN_VOTERS = "quorum-min-voters";
    static final String SHARE = "quorum-share";
    static final String CONSENT = "consent-rule";
    static final String SMALL = "small-college-below";
    static final String GAP = "disagreement-gap";
    static final String PRESELECTED = "preselected-leads";

    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException when a value is out of its range or the consent rule is missing
     */
    public EqualFootingRules {
        check(quorumMinVoters, 1, 1000, MIN_VOTERS);
        check(quorumShareDenominator, 1, 100, SHARE + " denominator");
        check(quorumShareNumerator, 0, quorumShareDenominator, SHARE + " numerator");
        if (consentRule == null) {
            throw new IllegalArgumentException(CONSENT + " is missing");
        }
        check(smallCollegeBelow, 0, 1000, SMALL);
        check(disagreementGap, 1, Grade.scale().size() - 1, GAP);
        check(preselectedLeads, 0, 100, PRESELECTED);
    }

    /**
     * The rules when neither the template nor the carrier says otherwise.
     *
     * @return at least 2 voters and a third of the members, majority consent, distributions shown from 3 voters,
     *     disagreement at 2 grades apart, 3 leads preselected
     */
    public static EqualFootingRules defaults() {
        return new EqualFootingRules(2, 1, 3, ConsentRule.MAJORITY, 3, 2, 3);
    }

    /**
     * The quorum share as written in the template.
     *
     * @return e.g. {@code 1/3}
     */
    public String quorumShare() {
        return quorumShareNumerator + "/" + quorumShareDenominator;
    }

    /**
     * The stable one-line form stored with a vote or validation when it opens.
     *
     * @return e.g. {@code quorum-min-voters=2; quorum-share=1/3; consent-rule=MAJORITY; small-college-below=3;
     *     disagreement-gap=2; preselected-leads=3}
     */
    public String asText() {
        return MIN_VOTERS + "=" + quorumMinVoters + "; " + SHARE + "=" + quorumShare() + "; " + CONSENT + "="
                + consentRule.name() + "; " + SMALL + "=" + smallCollegeBelow + "; " + GAP + "=" + disagreementGap
                + "; " + PRESELECTED + "=" + preselectedLeads;
    }

    /**
     * Reads the form written by {@link #asText()}. Keys may come in any order; a missing key takes its
     * {@link #defaults()} value (so a form frozen before a rule existed still reads).
     *
     * @param text the one-line form
     * @return the rules it says
     * @throws IllegalArgumentException when the text is null or blank, a part is not {@code key=value}, a key is
     *     unknown or repeated, or a value is malformed or out of range
     */
    public static EqualFootingRules parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no rules to read");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not key=value: " + part.strip());
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (!isKey(key)) {
                throw new IllegalArgumentException("unknown rule: " + key);
            }
            if (values.put(key, value) != null) {
                throw new IllegalArgumentException("rule given twice: " + key);
            }
        }
        EqualFootingRules d = defaults();
        int[] share = values.containsKey(SHARE)
                ? parseShare(values.get(SHARE))
                : new int[] {d.quorumShareNumerator(), d.quorumShareDenominator()};
        return new EqualFootingRules(
                intOf(values, MIN_VOTERS, d.quorumMinVoters()),
                share[0],
                share[1],
                values.containsKey(CONSENT) ? consentOf(values.get(CONSENT)) : d.consentRule(),
                intOf(values, SMALL, d.smallCollegeBelow()),
                intOf(values, GAP, d.disagreementGap()),
                intOf(values, PRESELECTED, d.preselectedLeads()));
    }

    /**
     * Reads a share written {@code n/d} (e.g. {@code 1/3}).
     *
     * @param text the share
     * @return numerator and denominator
     * @throws IllegalArgumentException when the text is not two whole numbers separated by a slash
     */
    static int[] parseShare(String text) {
        String[] parts = text == null ? new String[0] : text.split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException(SHARE + " is not n/d: " + text);
        }
        return new int[] {number(parts[0], SHARE), number(parts[1], SHARE)};
    }

    /**
     * Reads a consent rule by name, in any case.
     *
     * @param text the name
     * @return the rule
     * @throws IllegalArgumentException when no rule has that name
     */
    static ConsentRule consentOf(String text) {
        try {
            return ConsentRule.valueOf(Objects.requireNonNull(text)
                    .strip()
                    .toUpperCase(Locale.ROOT)
                    .replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(CONSENT + " is not MAJORITY or NO_OBJECTION: " + text, e);
        }
    }

    private static boolean isKey(String key) {
        return key.equals(MIN_VOTERS)
                || key.equals(SHARE)
                || key.equals(CONSENT)
                || key.equals(SMALL)
                || key.equals(GAP)
                || key.equals(PRESELECTED);
    }

    private static int intOf(Map<String, String> values, String key, int fallback) {
        return values.containsKey(key) ? number(values.get(key), key) : fallback;
    }

    private static int number(String text, String key) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number: " + text, e);
        }
    }

    private static void check(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
        }
    }
}
