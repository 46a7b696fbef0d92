package coop.faireavec.funding.web;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.Account;
import coop.faireavec.funding.BudgetLine;
import coop.faireavec.funding.BudgetLineDetails;
import coop.faireavec.funding.Funder;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * A line of the planned budget as the carrier types it. An operating grant (74) of one kind of funder may only name
 * a funder of that kind (a département's grant comes from a département).
 */
record BudgetLineForm(String phase, String account, String funderId, String planned, String note, Long version) {

    static BudgetLineForm empty() {
        return new BudgetLineForm(Phase.SHARED_DIAGNOSIS.name(), "", "", "", "", 0L);
    }

    static BudgetLineForm of(BudgetLine l) {
        return new BudgetLineForm(
                l.getPhase().name(),
                l.getAccount().name(),
                FormValues.shown(l.getFunderId()),
                FormValues.shown(l.getPlanned()),
                l.getNote() == null ? "" : l.getNote(),
                l.getVersion());
    }

    long seenVersion() {
        return version == null ? 0 : version;
    }

    /** The details, or null with the errors recorded. */
    BudgetLineDetails validate(Errors errors, List<Funder> funders) {
        Phase ph = FormValues.choice(errors, "phase", phase, Phase.class, true);
        Account acc = FormValues.choice(errors, "account", account, Account.class, true);
        Long funder = FormValues.funderId(
                errors,
                "funderId",
                funderId,
                funders.stream().map(Funder::getId).toList(),
                false);
        BigDecimal amount = FormValues.amount(errors, "planned", planned, true);
        String n = FormValues.text(errors, "note", note, false, 500);
        if (acc != null && acc.funderKind() != null && funder != null) {
            boolean sameKind =
                    funders.stream().anyMatch(f -> f.getId().equals(funder) && f.getKind() == acc.funderKind());
            if (!sameKind) {
                FormValues.reject(errors, "funderId", "funding.form.funderKindMismatch");
            }
        }
        return errors.hasErrors() ? null : new BudgetLineDetails(ph, acc, funder, amount, n);
    }
}
