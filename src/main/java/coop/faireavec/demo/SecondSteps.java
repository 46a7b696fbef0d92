package coop.faireavec.demo;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.process.StepView;
import coop.faireavec.security.Viewer;
import coop.faireavec.task.RecordedFor;
import coop.faireavec.task.ReworkAnswers;
import coop.faireavec.task.StepPage;
import coop.faireavec.task.StepService;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;

/**
 * Completes the second experimentation's steps through {@link StepService} as the people would on the step page:
 * the step is found in the acting person's "my steps", its form is filled field by field (the names of the page's
 * fields: {@code body}, {@code decision}, {@code leadIds}, {@code approved}, {@code comment}) and bound into the
 * form record the step's kind asks for, as the page's form would be. The kinds' form records belong to the task
 * module, so they are only reached through {@link StepPage} (the module's public API), never named here.
 */
@Component
@ConditionalOnProperty(name = "faireavec.demo.enabled", havingValue = "true")
class SecondSteps {

    private final StepService steps;
    private final SeedingSession session;
    private final Map<String, Class<?>> formTypes = new HashMap<>();

    SecondSteps(StepService steps, SeedingSession session) {
        this.steps = steps;
        this.session = session;
    }

    /** The open steps of this key in the experimentation offered to the viewer (e.g. each college's vote). */
    List<StepView> open(Viewer viewer, long experimentationId, String taskKey) {
        return steps.mySteps(viewer).stream()
                .filter(s -> s.experimentationId() == experimentationId
                        && s.taskKey().equals(taskKey))
                .toList();
    }

    /** The one open step of this key offered to the viewer; for a per-college step, that college's. */
    StepView one(Viewer viewer, long experimentationId, String taskKey, String college) {
        return open(viewer, experimentationId, taskKey).stream()
                .filter(s -> college == null || college.equals(s.college()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no open step " + taskKey + " " + college));
    }

    /** The viewer fills in the step themself. Fields: name, value, name, value... */
    void complete(Viewer viewer, StepView step, Object... fields) {
        steps.complete(viewer, step.id(), form(viewer, step, fields));
        session.settle();
    }

    /** The viewer (carrier or allowed practitioner) fills in the step for a member, who agreed in this way. */
    void completeFor(Viewer viewer, StepView step, long personId, ConsentKind consent, Object... fields) {
        steps.complete(viewer, step.id(), form(viewer, step, fields), new RecordedFor(personId, consent, null));
        session.settle();
    }

    /** A carrier closes a step shared by every member (a vote), with a reason or null. */
    void close(Viewer viewer, StepView step, String reason) {
        steps.close(viewer, step.id(), reason);
        session.settle();
    }

    /**
     * The carrier takes a step up again after a "no" (the committee's requests, a college's objections): the text,
     * and one answer per point shown at the top of the page, in order.
     */
    void rework(Viewer viewer, StepView step, List<String> answers, Object... fields) {
        steps.complete(viewer, step.id(), form(viewer, step, fields), null, new ReworkAnswers(answers));
        session.settle();
    }

    /** The committee approves the phase report, with an optional comment. */
    void approve(Viewer committee, StepView step, String comment) {
        complete(committee, step, "approved", true, "comment", comment);
    }

    /**
     * The committee asks for more: a comment and its requests, each about one part of the report ({@code
     * review.ReportPart} names) — pairs of part, what.
     */
    void askForMore(Viewer committee, StepView step, String comment, String... partsAndWhats) {
        List<Object> fields = new ArrayList<>(List.of("approved", false, "comment", comment));
        for (int i = 0; i < partsAndWhats.length; i += 2) {
            fields.addAll(List.of(
                    "requests[" + i / 2 + "].part",
                    partsAndWhats[i],
                    "requests[" + i / 2 + "].what",
                    partsAndWhats[i + 1]));
        }
        complete(committee, step, fields.toArray());
    }

    private Record form(Viewer viewer, StepView step, Object... fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            values.put((String) fields[i], fields[i + 1]);
        }
        Class<?> type = formTypes.computeIfAbsent(step.formKey(), k -> formType(steps.page(viewer, step.id())));
        DataBinder binder = new DataBinder(null, "stepForm");
        binder.setTargetType(ResolvableType.forClass(type));
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> paramType) {
                return values.get(name);
            }

            @Override
            public Set<String> getNames() {
                return values.keySet();
            }
        });
        if (binder.getBindingResult().hasErrors() || binder.getTarget() == null) {
            throw new IllegalStateException("demo form of " + step.taskKey() + ": " + binder.getBindingResult());
        }
        return (Record) binder.getTarget();
    }

    /** The form record type of the page's step kind ({@code StepKind.formType()}), read through the page. */
    private static Class<?> formType(StepPage page) {
        try {
            RecordComponent kind = Arrays.stream(StepPage.class.getRecordComponents())
                    .filter(c -> c.getName().equals("kind"))
                    .findFirst()
                    .orElseThrow();
            Object stepKind = kind.getAccessor().invoke(page);
            return (Class<?>) kind.getType().getMethod("formType").invoke(stepKind);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("step page without a kind", e);
        }
    }
}
