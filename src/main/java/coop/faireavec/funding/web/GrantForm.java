package coop.faireavec.funding.web;

import coop.faireavec.funding.GrantApplication;
import coop.faireavec.funding.GrantDetails;
import coop.faireavec.funding.GrantStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.validation.Errors;

/**
 * A grant application as the carrier types it. A granted application needs the amount granted and the decision
 * date; a refused one the decision date; a submitted one the date it was submitted; a draft neither.
 */
record GrantForm(
        String funderId,
        String programme,
        String asked,
        String submittedOn,
        String status,
        String decidedOn,
        String granted,
        String conditions,
        Long version) {

    static GrantForm empty() {
        return new GrantForm("", "", "", "", GrantStatus.DRAFT.name(), "", "", "", 0L);
    }

    static GrantForm of(GrantApplication g) {
        return new GrantForm(
                FormValues.shown(g.getFunderId()),
                g.getProgramme(),
                FormValues.shown(g.getAmountAsked()),
                FormValues.shown(g.getSubmittedOn()),
                g.getStatus().name(),
                FormValues.shown(g.getDecidedOn()),
                FormValues.shown(g.getAmountGranted()),
                g.getConditions() == null ? "" : g.getConditions(),
                g.getVersion());
    }

    long seenVersion() {
        return version == null ? 0 : version;
    }

    /** The details, or null with the errors recorded. */
    GrantDetails validate(Errors errors, Collection<Long> funderIds) {
        Long funder = FormValues.funderId(errors, "funderId", funderId, funderIds, true);
        String prog = FormValues.text(errors, "programme", programme, true, 200);
        BigDecimal askedAmount = FormValues.amount(errors, "asked", asked, true);
        GrantStatus st = FormValues.choice(errors, "status", status, GrantStatus.class, true);
        boolean decided = st == GrantStatus.GRANTED || st == GrantStatus.REFUSED;
        LocalDate submitted =
                FormValues.date(errors, "submittedOn", submittedOn, st != null && st != GrantStatus.DRAFT);
        LocalDate decision = FormValues.date(errors, "decidedOn", decidedOn, decided);
        BigDecimal grantedAmount = FormValues.amount(errors, "granted", granted, st == GrantStatus.GRANTED);
        String cond = FormValues.text(errors, "conditions", conditions, false, 2000);
        if (submitted != null && decision != null && decision.isBefore(submitted)) {
            FormValues.reject(errors, "decidedOn", "funding.form.decidedBeforeSubmitted");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new GrantDetails(
                funder,
                prog,
                askedAmount,
                submitted,
                st,
                decided ? decision : null,
                st == GrantStatus.GRANTED ? grantedAmount : null,
                cond);
    }
}
