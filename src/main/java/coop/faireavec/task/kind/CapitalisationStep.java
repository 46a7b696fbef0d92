package coop.faireavec.task.kind;

import coop.faireavec.contribution.Contribution;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import java.util.HashMap;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * What worked, the conditions of success and the transfer kit: three required texts, one contribution each. The
 * members then validate it (phase 4's collective validation); taken up again after an objection, it starts from the
 * latest text of each part, with the objections to answer at the top.
 */
final class CapitalisationStep extends FormStep<CapitalisationForm> {

    /** The sections stored, in this order (their names are the contributions' {@code section}). */
    enum Section {
        WHAT_WORKED,
        CONDITIONS,
        TRANSFER_KIT
    }

    CapitalisationStep() {
        super(
                ProcessConstants.FORM_CAPITALISATION,
                CapitalisationForm.class,
                () -> new CapitalisationForm(null, null, null));
    }

    /** Taken up again after a college objected, it starts from its latest parts. */
    @Override
    public boolean reworkable() {
        return true;
    }

    /** Empty the first time; taken up again, prefilled with the latest text of each part. */
    @Override
    public CapitalisationForm formFor(StepPage page) {
        if (page.rework() == null) {
            return emptyForm();
        }
        Map<String, String> latest = new HashMap<>();
        for (Contribution c : page.earlier()) {
            if (page.step().taskKey().equals(c.getStepKey()) && c.getSection() != null) {
                latest.put(c.getSection(), c.getBody());
            }
        }
        return new CapitalisationForm(
                latest.get(Section.WHAT_WORKED.name()),
                latest.get(Section.CONDITIONS.name()),
                latest.get(Section.TRANSFER_KIT.name()));
    }

    @Override
    public void validate(CapitalisationForm form, StepPage page, Errors errors) {
        requireText(form.whatWorked(), "whatWorked", errors);
        requireText(form.conditions(), "conditions", errors);
        requireText(form.transferKit(), "transferKit", errors);
    }

    @Override
    public Map<String, Object> complete(StepContext step, CapitalisationForm form) {
        String whatWorked = text(form.whatWorked());
        String conditions = text(form.conditions());
        String transferKit = text(form.transferKit());
        step.store(Section.WHAT_WORKED.name(), null, whatWorked);
        step.store(Section.CONDITIONS.name(), null, conditions);
        step.store(Section.TRANSFER_KIT.name(), null, transferKit);
        return Map.of();
    }
}
