package coop.faireavec.task.kind;

import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import java.util.Map;
import org.springframework.validation.Errors;

/** What worked, the conditions of success and the transfer kit: three required texts, one contribution each. */
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
