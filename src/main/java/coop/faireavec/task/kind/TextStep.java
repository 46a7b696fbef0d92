package coop.faireavec.task.kind;

import coop.faireavec.task.StepPage;
import java.util.Map;
import org.springframework.validation.Errors;

/** A step that collects one required text, stored as the author's contribution; the engine gets no flag. */
abstract class TextStep extends FormStep<TextForm> {

    TextStep(String formKey) {
        super(formKey, TextForm.class, () -> new TextForm(null));
    }

    @Override
    public TextForm formFor(StepPage page) {
        String previous = page.rework() == null ? null : page.rework().previousText();
        return new TextForm(previous);
    }

    @Override
    public void validate(TextForm form, StepPage page, Errors errors) {
        requireText(form.body(), "body", errors);
    }

    @Override
    public Map<String, Object> complete(StepContext step, TextForm form) {
        step.store(null, null, text(form.body()));
        return Map.of();
    }
}
