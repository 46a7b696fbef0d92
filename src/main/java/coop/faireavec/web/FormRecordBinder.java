package coop.faireavec.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyValue;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;

/**
 * The data binder of every request (and of forms a controller binds itself): when a form record is built by its
 * constructor and some text cannot be converted to a field's type ({@code escalationDays=x}, {@code startDate=abc},
 * an unknown {@code college}), the form is still built, with that field null, and its binding result holds the form
 * and the {@code typeMismatch} error.
 *
 * <p>Spring builds the form in that case but keeps a binding result made before the form existed (its target null):
 * the model's form is then null, the page fails to render it and a controller's {@code errors.rejectValue} fails,
 * both with a 500. Here the binding result is made again around the built form, with the same errors, so the page
 * shows the {@code typeMismatch.*} message next to the field (the text typed in it) and every other value typed.
 * List indexes beyond the binder's limit and property paths the form cannot take are left out (no page posts them).
 */
public class FormRecordBinder extends ExtendedServletRequestDataBinder {

    private AbstractPropertyBindingResult rebuilt;

    /**
     * A binder for {@code target} (null when the form is to be built from the request) under the model name
     * {@code objectName}.
     */
    public FormRecordBinder(Object target, String objectName) {
        super(target, objectName);
    }

    /**
     * Binds only the values whose name is a property the form can take: a path under a single value
     * ({@code escalationDays.x}, {@code observedOn[3]} on a date) makes Spring throw (NullValueInNestedPathException,
     * InvalidPropertyException: a 500). No page posts one; such values are left out, as unknown names already are
     * (found by FormBindingFuzzTest). A value of the wrong type for a property it can take is still an error.
     */
    @Override
    protected void applyPropertyValues(MutablePropertyValues values) {
        MutablePropertyValues bindable = new MutablePropertyValues();
        for (PropertyValue value : values.getPropertyValueList()) {
            if (getPropertyAccessor().isWritableProperty(value.getName())) {
                bindable.addPropertyValue(value);
            }
        }
        super.applyPropertyValues(bindable);
    }

    /**
     * Builds the form from {@code valueResolver} as Spring does; when a value did not convert, replaces the binding
     * result made without a target by one around the form built, with the same errors.
     */
    @Override
    public void construct(ValueResolver valueResolver) {
        super.construct(new WithinLimit(valueResolver, getAutoGrowCollectionLimit()));
        AbstractPropertyBindingResult made = super.getInternalBindingResult();
        if (getTarget() != null && made.getTarget() == null) {
            BeanPropertyBindingResult result = new BeanPropertyBindingResult(
                    getTarget(), getObjectName(), isAutoGrowNestedPaths(), getAutoGrowCollectionLimit());
            if (getConversionService() != null) {
                result.initConversion(getConversionService());
            }
            result.setMessageCodesResolver(made.getMessageCodesResolver());
            result.addAllErrors(made);
            rebuilt = result;
        }
    }

    /**
     * The request's values without those whose list index reaches the binder's limit ({@code rows[999].what}): Spring
     * fails on them with an {@link IndexOutOfBoundsException} (a 500); no page ever posts such an index, so they are
     * left out and the form is built from the rest.
     */
    private record WithinLimit(ValueResolver values, int limit) implements ValueResolver {

        private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

        @Override
        public Object resolveValue(String name, Class<?> type) {
            return within(name) ? values.resolveValue(name, type) : null;
        }

        @Override
        public Set<String> getNames() {
            Set<String> names = new LinkedHashSet<>();
            for (String name : values.getNames()) {
                if (within(name)) {
                    names.add(name);
                }
            }
            return names;
        }

        private boolean within(String name) {
            Matcher m = INDEX.matcher(name);
            while (m.find()) {
                if (m.group(1).length() > 6 || Integer.parseInt(m.group(1)) >= limit) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The binding result around the built form when {@link #construct} had to make one, else Spring's. */
    @Override
    protected AbstractPropertyBindingResult getInternalBindingResult() {
        return rebuilt != null ? rebuilt : super.getInternalBindingResult();
    }
}
