package coop.faireavec.task;

import coop.faireavec.process.StepView;
import coop.faireavec.task.kind.StepKind;
import coop.faireavec.task.kind.StepKinds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;

/**
 * The form a step completes with, for code that fills steps in as a person would on the step page (the demo
 * seeder): the form record of the step's kind, bound from field values named as the page's fields are. The kinds'
 * form records stay inside the task module; callers only hand the result to {@link StepService#complete}.
 */
@Component
public class StepForms {

    /**
     * The form for this step, filled with these values, bound as the step page's form would be: names are the page's
     * field names ({@code body}, {@code decision}, {@code leadIds}, {@code approved}, {@code comment},
     * {@code requests[0].part}, {@code requests[0].what}…); values are strings, or already of the field's type
     * (a {@code List<Long>} of lead ids, a boolean). Nothing is checked beyond binding: {@link StepService#complete}
     * checks the rest.
     *
     * @param step an open step (its form key names its kind)
     * @param values field name to value; a field not given stays empty (null)
     * @return the form record of the step's kind, never null (a step with no fields gets its empty form)
     * @throws IllegalArgumentException when a value does not bind to its field (the message names the fields), or for
     *     a meeting step, which completes from its meeting and has no form
     */
    public Record filled(StepView step, Map<String, ?> values) {
        StepKind<?> kind = StepKinds.of(step.formKey());
        if (kind.formType() == null) {
            throw new IllegalArgumentException("step " + step.taskKey() + " completes from its meeting: no form");
        }
        Map<String, Object> given = new LinkedHashMap<>(values);
        DataBinder binder = new DataBinder(null, "stepForm");
        binder.setTargetType(ResolvableType.forClass(kind.formType()));
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> paramType) {
                return given.get(name);
            }

            @Override
            public Set<String> getNames() {
                return given.keySet();
            }
        });
        if (binder.getBindingResult().hasErrors() || binder.getTarget() == null) {
            throw new IllegalArgumentException(
                    "form of " + step.taskKey() + " does not bind: " + binder.getBindingResult());
        }
        return (Record) binder.getTarget();
    }
}
