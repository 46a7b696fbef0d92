package coop.faireavec.funding.web;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.Account;
import coop.faireavec.funding.Spending;
import coop.faireavec.funding.SpendingDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.validation.Errors;

/** Money spent, as the carrier types it: on a charge line (60 to 68) only. */
record SpendingForm(
        String spentOn, String amount, String account, String phase, String funderId, String note, Long version) {

    static SpendingForm empty(LocalDate today) {
        return new SpendingForm(today.toString(), "", "", Phase.SHARED_DIAGNOSIS.name(), "", "", 0L);
    }

    static SpendingForm of(Spending s) {
        return new SpendingForm(
                s.getSpentOn().toString(),
                FormValues.shown(s.getAmount()),
                s.getAccount().name(),
                s.getPhase().name(),
                FormValues.shown(s.getFunderId()),
                s.getNote() == null ? "" : s.getNote(),
                s.getVersion());
    }

    long seenVersion() {
        return version == null ? 0 : version;
    }

    /** The details, or null with the errors recorded. */
    SpendingDetails validate(Errors errors, Collection<Long> funderIds) {
        LocalDate on = FormValues.date(errors, "spentOn", spentOn, true);
        BigDecimal amt = FormValues.amount(errors, "amount", amount, true);
        if (amt != null && amt.signum() == 0) {
            FormValues.reject(errors, "amount", "funding.form.moreThanZero");
            amt = null;
        }
        Account acc = FormValues.choice(errors, "account", account, Account.class, true);
        if (acc != null && acc.kind() != Account.Kind.CHARGE) {
            FormValues.reject(errors, "account", "funding.form.chargeOnly");
        }
        Phase ph = FormValues.choice(errors, "phase", phase, Phase.class, true);
        Long funder = FormValues.funderId(errors, "funderId", funderId, funderIds, false);
        String n = FormValues.text(errors, "note", note, false, 500);
        return errors.hasErrors() ? null : new SpendingDetails(on, amt, acc, ph, funder, n);
    }
}
