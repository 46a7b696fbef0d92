package coop.faireavec.demo;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.decision.EqualFootingRules;
import coop.faireavec.decision.Quorum;
import coop.faireavec.participation.College;
import coop.faireavec.process.StepView;
import coop.faireavec.security.Viewer;
import coop.faireavec.task.RecordedFor;
import coop.faireavec.task.ReworkAnswers;
import coop.faireavec.task.StepForms;
import coop.faireavec.task.StepService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Completes the second experimentation's steps through {@link StepService} as the people would on the step page:
 * the step is found in the acting person's "my steps", its form is filled field by field (the names of the page's
 * fields: {@code body}, {@code decision}, {@code leadIds}, {@code approved}, {@code comment}) and bound by
 * {@link StepForms#filled} into the form record the step's kind asks for, as the page's form would be. The kinds'
 * form records belong to the task module and are never named here.
 */
@Component
@ConditionalOnProperty(name = "faireavec.demo.enabled", havingValue = "true")
class SecondSteps {

    private final StepService steps;
    private final StepForms forms;
    private final SeedingSession session;

    SecondSteps(StepService steps, StepForms forms, SeedingSession session) {
        this.steps = steps;
        this.forms = forms;
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
        steps.complete(viewer, step.id(), form(step, fields));
        session.settle();
    }

    /** A carrier closes a step shared by every member (the call for leads). */
    void close(Viewer carrier, StepView step) {
        steps.close(carrier, step.id(), null);
        session.settle();
    }

    /** The viewer (carrier or allowed practitioner) fills in the step for a member, who agreed in this way. */
    void completeFor(Viewer viewer, StepView step, long personId, ConsentKind consent, Object... fields) {
        steps.complete(viewer, step.id(), form(step, fields), new RecordedFor(personId, consent, null));
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
        steps.complete(viewer, step.id(), form(step, fields), null, new ReworkAnswers(answers));
        session.settle();
    }

    /**
     * Members of a college answer a collective validation (one step shared by every member) until the college's
     * quorum at the default rules is reached, counting those in {@code already}: the member with an account answers
     * themself, the carrier records the others' answers with their oral consent. Each answer is {@code decision}
     * ({@code AGREE} or {@code DISAGREE}) with {@code body} (the objection's reason, required when objecting).
     */
    void answerUpToQuorum(SecondCast cast, College college, Set<Long> already, String decision, String body) {
        int needed = Quorum.required(cast.of(college).size(), EqualFootingRules.defaults());
        int answered = (int)
                cast.of(college).stream().filter(m -> already.contains(m.id())).count();
        for (SecondCast.Member m : cast.of(college)) {
            if (answered >= needed) {
                return;
            }
            if (already.contains(m.id())) {
                continue;
            }
            StepView step = one(cast.carrier, cast.experimentationId, "CollectiveValidation", null);
            if (m.hasAccount()) {
                complete(m.self(), step, "decision", decision, "body", body);
            } else {
                completeFor(cast.carrier, step, m.id(), ConsentKind.ORAL, "decision", decision, "body", body);
            }
            answered++;
        }
    }

    /** The carrier closes the collective validation (every college reached its quorum: no reason needed). */
    void closeValidation(SecondCast cast) {
        steps.close(
                cast.carrier,
                one(cast.carrier, cast.experimentationId, "CollectiveValidation", null)
                        .id(),
                null);
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

    private Record form(StepView step, Object... fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            values.put((String) fields[i], fields[i + 1]);
        }
        return forms.filled(step, values);
    }
}
