package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.web.format.DateTimeFormatters;
import org.springframework.boot.autoconfigure.web.format.WebConversionService;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.ResolvableType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Fuzz test of the form binders and validators (issue #16, point 6): any parameters posted to any form record of the
 * platform (every record named {@code *Form} under {@code coop.faireavec}, found on the class path) are bound by the
 * request binder every controller uses ({@link FormRecordBinder}, with the application's date and time formats) and
 * validated by Bean Validation; the only outcome is a binding result, with or without errors, never an exception
 * (which would be a 500). The normal suite replays
 * {@code src/test/resources/coop/faireavec/web/FormBindingFuzzTestInputs/}; the long run is in docs/security.md.
 */
class FormBindingFuzzTest {

    static final List<Class<?>> FORMS = forms();

    static final WebConversionService CONVERSIONS = new WebConversionService(
            new DateTimeFormatters().dateFormat("iso").timeFormat("HH:mm").dateTimeFormat("iso"));

    static final ValidatorFactory VALIDATION = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    static final SpringValidatorAdapter VALIDATOR = new SpringValidatorAdapter(VALIDATION.getValidator());

    /** Names a browser (or someone crafting a request) may send besides the form's own. */
    static final String[] OTHER_NAMES = {"_csrf", "id", "rows", "rows[0]", "[0]", ".", "a.b.c", "x[", "x]", "class"};

    @Test
    void theFormsAreFound() {
        assertThat(FORMS).hasSizeGreaterThan(40);
    }

    @FuzzTest(maxDuration = "3m")
    void anyParametersToAnyForm(FuzzedDataProvider data) {
        Class<?> form = FORMS.get(data.consumeInt(0, FORMS.size() - 1));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/form");
        int count = data.consumeInt(0, 12);
        for (int i = 0; i < count; i++) {
            request.addParameter(name(form, data), data.consumeString(60));
        }

        BindingResult result = bind(form, request);

        assertThat(result).isNotNull();
    }

    /**
     * Binds as Spring MVC's {@code ModelAttributeMethodProcessor} does for {@code @Valid @ModelAttribute}: construct;
     * then, when that went without errors, bind the other parameters; then validate.
     */
    static BindingResult bind(Class<?> form, MockHttpServletRequest request) {
        FormRecordBinder binder = new FormRecordBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(form));
        binder.setConversionService(CONVERSIONS);
        binder.setValidator(VALIDATOR);
        binder.construct(request);
        if (binder.getTarget() != null) {
            if (!binder.getBindingResult().hasErrors()) {
                binder.bind(request);
            }
            binder.validate();
        }
        return binder.getBindingResult();
    }

    /** A component's name, sometimes indexed or with a sub-property, or another name. */
    private static String name(Class<?> form, FuzzedDataProvider data) {
        RecordComponent[] components = form.getRecordComponents();
        return switch (data.consumeInt(0, 4)) {
            case 0, 1 -> components.length == 0 ? "x" : components[data.consumeInt(0, components.length - 1)].getName();
            case 2 ->
                (components.length == 0 ? "rows" : components[data.consumeInt(0, components.length - 1)].getName())
                        + "[" + data.consumeInt(-2, 400) + "]"
                        + (data.consumeBoolean() ? "." + data.consumeString(12) : "");
            case 3 -> data.pickValue(OTHER_NAMES);
            default -> data.consumeString(24);
        };
    }

    private static List<Class<?>> forms() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                (reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Form")
                        && "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName()));
        List<Class<?>> forms = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("coop.faireavec")) {
            forms.add(ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), FormBindingFuzzTest.class.getClassLoader()));
        }
        forms.sort(Comparator.comparing(Class::getName));
        return List.copyOf(forms);
    }
}
