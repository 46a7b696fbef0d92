package coop.faireavec.ui;

import coop.faireavec.decision.ConsentRule;
import coop.faireavec.decision.EqualFootingRules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The equal-footing rules as the carrier types them. Numbers stay text so that whatever was typed comes back on the
 * page with a message naming the field, instead of a generic conversion error.
 *
 * @param quorumMinVoters fewest voters a college needs
 * @param quorumShare share of a college's members its quorum needs, {@code n/d}
 * @param consentRule a {@link ConsentRule} name
 * @param smallCollegeBelow below this many voters a college shows only turnout and median
 * @param disagreementGap grades apart that mark a disagreement
 * @param preselectedLeads top-ranked leads the plan preselects
 */
record DecisionRulesForm(
        String quorumMinVoters,
        String quorumShare,
        String consentRule,
        String smallCollegeBelow,
        String disagreementGap,
        String preselectedLeads) {

    private static final Pattern SHARE = Pattern.compile("(\\d{1,3})\\s*/\\s*(\\d{1,3})");

    /** The form showing the rules in force. */
    static DecisionRulesForm of(EqualFootingRules rules) {
        return new DecisionRulesForm(
                String.valueOf(rules.quorumMinVoters()),
                rules.quorumShare(),
                rules.consentRule().name(),
                String.valueOf(rules.smallCollegeBelow()),
                String.valueOf(rules.disagreementGap()),
                String.valueOf(rules.preselectedLeads()));
    }

    /**
     * Checks every field.
     *
     * @param errors where a message naming each wrong field goes
     * @return the rules typed, or null when a field is wrong
     */
    EqualFootingRules validate(Errors errors) {
        Integer min = number(quorumMinVoters, 1, 1000);
        if (min == null) {
            errors.rejectValue("quorumMinVoters", "decisionRules.form.minVoters", range(1, 1000), null);
        }
        Matcher share = quorumShare == null ? null : SHARE.matcher(quorumShare.strip());
        int num = 0;
        int den = 0;
        if (share != null && share.matches()) {
            num = Integer.parseInt(share.group(1));
            den = Integer.parseInt(share.group(2));
        }
        if (den < 1 || den > 100 || num > den) {
            errors.rejectValue("quorumShare", "decisionRules.form.share", new Object[] {"100"}, null);
        }
        ConsentRule consent = null;
        for (ConsentRule rule : ConsentRule.values()) {
            if (rule.name().equals(consentRule)) {
                consent = rule;
            }
        }
        if (consent == null) {
            errors.rejectValue("consentRule", "decisionRules.form.consent");
        }
        Integer small = number(smallCollegeBelow, 0, 1000);
        if (small == null) {
            errors.rejectValue("smallCollegeBelow", "decisionRules.form.small", range(0, 1000), null);
        }
        Integer gap = number(disagreementGap, 1, 3);
        if (gap == null) {
            errors.rejectValue("disagreementGap", "decisionRules.form.gap", range(1, 3), null);
        }
        Integer leads = number(preselectedLeads, 0, 100);
        if (leads == null) {
            errors.rejectValue("preselectedLeads", "decisionRules.form.leads", range(0, 100), null);
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new EqualFootingRules(min, num, den, consent, small, gap, leads);
    }

    /** The bounds of a range as message arguments, as text so that 1000 is not written "1 000". */
    private static Object[] range(int min, int max) {
        return new Object[] {String.valueOf(min), String.valueOf(max)};
    }

    /** A whole number in the range, forgiving spaces; null when it is not one. */
    private static Integer number(String typed, int min, int max) {
        if (typed == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
