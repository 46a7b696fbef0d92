package coop.faireavec.task.kind;

import coop.faireavec.task.StepPage;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/** What the kinds completed from a form share: their form key, form record, and plain checks. */
abstract class FormStep<F extends Record> implements StepKind<F> {

    private final String formKey;
    private final Class<F> formType;
    private final Supplier<F> empty;

    FormStep(String formKey, Class<F> formType, Supplier<F> empty) {
        this.formKey = formKey;
        this.formType = formType;
        this.empty = empty;
    }

    @Override
    public final String formKey() {
        return formKey;
    }

    @Override
    public final Class<F> formType() {
        return formType;
    }

    @Override
    public final F emptyForm() {
        return empty.get();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static void requireText(String value, String field, Errors errors) {
        requireText(value, field, errors, "form.textRequired");
    }

    static void requireText(String value, String field, Errors errors, String code) {
        if (blank(value)) {
            errors.rejectValue(field, code);
        }
    }

    /**
     * Rejects one row of a list field ({@code collegeViews[2]}) even when the posted list is shorter or missing: the
     * error goes next to the row without reading the form's property.
     */
    static void rejectRow(Errors errors, String field, String code, Object... args) {
        if (errors instanceof BindingResult result) {
            result.addError(new FieldError(
                    result.getObjectName(), field, null, false, result.resolveMessageCodes(code, field), args, null));
        } else {
            errors.rejectValue(field, code, args, null);
        }
    }

    /** Throws when a text the flow needs is missing (the form checked it already). */
    static String text(String value) {
        if (blank(value)) {
            throw new IllegalArgumentException("text required");
        }
        return value;
    }

    /** The chosen leads must be among the ones shown; at least one when any was proposed and required. */
    static void checkLeads(List<Long> chosen, StepPage page, Errors errors, boolean required) {
        List<Long> known = page.leads().stream().map(l -> l.getId()).toList();
        boolean none = chosen == null || chosen.isEmpty();
        if ((none && required && !known.isEmpty()) || (!none && !known.containsAll(chosen))) {
            errors.rejectValue("leadIds", "form.chooseLeads");
        }
    }
}
