package coop.faireavec.meeting.web;

import coop.faireavec.meeting.CompositionRule;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.participation.College;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The rules of every kind of meeting, as the carrier types them. Numbers stay text so that whatever was typed comes
 * back on the page with a message naming the kind of meeting, instead of a generic conversion error.
 */
record MeetingRulesForm(List<Row> rules) {

    /** The lowest share limit some meeting can meet: each college at or under it must add up to everyone. */
    static final int LOWEST_SHARE = (100 + College.values().length - 1) / College.values().length;

    record Row(MeetingKind kind, Set<College> requiredColleges, String minPerCollege, String maxSharePercent) {}

    static MeetingRulesForm of(Map<MeetingKind, CompositionRule> rules) {
        List<Row> rows = new ArrayList<>();
        rules.forEach((kind, rule) -> rows.add(new Row(
                kind,
                rule.requiredColleges(),
                String.valueOf(rule.minPerCollege()),
                String.valueOf(rule.maxSharePercent()))));
        return new MeetingRulesForm(rows);
    }

    /** Checks every row; the rules typed, or an empty map with the errors recorded. */
    Map<MeetingKind, CompositionRule> validate(Errors errors) {
        Map<MeetingKind, CompositionRule> typed = new EnumMap<>(MeetingKind.class);
        if (rules == null) {
            return typed;
        }
        for (int i = 0; i < rules.size(); i++) {
            Row row = rules.get(i);
            if (row == null || row.kind() == null) {
                continue; // not one of the rows the page draws
            }
            Object kindName = new DefaultMessageSourceResolvable("meetingRules.kind." + row.kind());
            Integer min = number(row.minPerCollege());
            if (min == null || min < 0 || min > CompositionRule.MAX_MIN_PER_COLLEGE) {
                reject(
                        errors,
                        "rules[" + i + "].minPerCollege",
                        "meetingRules.form.min",
                        kindName,
                        CompositionRule.MAX_MIN_PER_COLLEGE);
            }
            Integer share = number(row.maxSharePercent());
            if (share == null || share < LOWEST_SHARE || share > 100) {
                reject(
                        errors,
                        "rules[" + i + "].maxSharePercent",
                        "meetingRules.form.maxShare",
                        kindName,
                        LOWEST_SHARE);
            }
            if (!errors.hasErrors()) {
                typed.put(row.kind(), new CompositionRule(row.requiredColleges(), min, share));
            }
        }
        return errors.hasErrors() ? Map.of() : typed;
    }

    private static void reject(Errors errors, String field, String code, Object... args) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, code, args, null);
        }
    }

    /** A whole number, forgiving spaces and a "%" typed after it; null when it is not one. */
    private static Integer number(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.replace("%", "").strip();
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
