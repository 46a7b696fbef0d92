package coop.faireavec.funding.web;

import coop.faireavec.funding.Funder;
import coop.faireavec.funding.FunderDetails;
import coop.faireavec.funding.FunderKind;
import java.util.List;
import org.springframework.validation.Errors;

/** A funder as the carrier types it; {@code version} is the one the form was drawn from (0 for a new one). */
record FunderForm(String name, String kind, Long version) {

    static FunderForm empty() {
        return new FunderForm("", "", 0L);
    }

    static FunderForm of(Funder f) {
        return new FunderForm(f.getName(), f.getKind().name(), f.getVersion());
    }

    long seenVersion() {
        return version == null ? 0 : version;
    }

    /**
     * The details, or null with the errors recorded.
     *
     * @param otherFunders the experimentation's other funders (a name already among them is refused)
     */
    FunderDetails validate(Errors errors, List<Funder> otherFunders) {
        String n = FormValues.text(errors, "name", name, true, 200);
        if (n != null && otherFunders.stream().anyMatch(f -> Funder.sameName(f.getName(), n))) {
            FormValues.reject(errors, "name", "funding.form.duplicateName");
        }
        FunderKind k = FormValues.choice(errors, "kind", kind, FunderKind.class, true);
        return errors.hasErrors() ? null : new FunderDetails(n, k);
    }
}
