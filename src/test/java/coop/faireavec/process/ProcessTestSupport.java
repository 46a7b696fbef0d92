package coop.faireavec.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the beans the BPMN files call, and small helpers to walk a phase: the tests drive the engine
 * directly (no Spring), fire timers through the job API, and record what the process asked of our beans.
 */
public class ProcessTestSupport
        implements org.junit.jupiter.api.extension.BeforeEachCallback,
                org.junit.jupiter.api.extension.AfterEachCallback {

    @Override
    public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
        register();
    }

    @Override
    public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
        Mocks.reset();
    }

    public static final long EXPERIMENTATION = 42L;
    public static final List<String> COLLEGES = List.of("LIVED_EXPERIENCE", "PRACTITIONERS", "DECISION_MAKERS");

    public final List<String> calls = new ArrayList<>();
    public List<Long> selectedLeads = List.of(7L, 8L);
    /** Leads whose experiment got an observation during the current cycle (the timer then asks nothing). */
    public final Set<Long> observedLeads = new java.util.HashSet<>();
    /** The collective validations the BPMN opened: process key and task id (rules frozen there). */
    public final List<String> openedValidations = new ArrayList<>();

    public void register() {
        Mocks.register("phaseListener", new PhaseListenerRecorder(calls));
        Mocks.register("colleges", new CollegesStandIn());
        Mocks.register("durations", new DurationsStandIn());
        Mocks.register("actionLeads", new LeadsStandIn(this));
        Mocks.register("reminders", new RemindersStandIn(calls));
        Mocks.register(ProcessConstants.BEAN_EXPERIMENTS, new ExperimentsStandIn(this));
        Mocks.register("validations", new ValidationsStandIn(openedValidations));
    }

    // the engine calls these by reflection: public classes, public methods

    public static class ExperimentsStandIn {
        private final ProcessTestSupport support;

        ExperimentsStandIn(ProcessTestSupport support) {
            this.support = support;
        }

        public boolean observedSince(long experimentationId, long leadId, String cycle) {
            support.calls.add("observedSince:" + leadId + ":" + cycle);
            return support.observedLeads.contains(leadId);
        }
    }

    public static class CollegesStandIn {
        public List<String> of(long id) {
            return COLLEGES;
        }
    }

    public static class DurationsStandIn {
        public String reminderAfter(long id) {
            return "P14D";
        }

        public String escalateAfter(long id) {
            return "P28D";
        }

        public String callForLeads(long id) {
            return "P30D";
        }

        public String observationCycle(long id) {
            return "P14D";
        }

        public Date dueDate(long id) {
            return new Date(System.currentTimeMillis() + 14L * 24 * 3600 * 1000);
        }
    }

    public static class LeadsStandIn {
        private final ProcessTestSupport support;

        LeadsStandIn(ProcessTestSupport support) {
            this.support = support;
        }

        public List<Long> selectedIds(long id) {
            return support.selectedLeads;
        }
    }

    public static class RemindersStandIn {
        private final List<String> calls;

        RemindersStandIn(List<String> calls) {
            this.calls = calls;
        }

        public void remind(org.camunda.bpm.engine.delegate.DelegateExecution e, String activity) {
            calls.add("remind:" + activity);
        }

        public void escalate(org.camunda.bpm.engine.delegate.DelegateExecution e, String activity) {
            calls.add("escalate:" + activity);
        }
    }

    public static class ValidationsStandIn {
        private final List<String> opened;

        ValidationsStandIn(List<String> opened) {
            this.opened = opened;
        }

        public void opened(long experimentationId, String processKey, String taskId) {
            opened.add(processKey + ":" + taskId);
        }
    }

    /** The variables experimentation.bpmn hands to a phase when it calls it. */
    public static Map<String, Object> phaseVariables() {
        Map<String, Object> v = new HashMap<>();
        v.put(ProcessConstants.VAR_EXPERIMENTATION_ID, EXPERIMENTATION);
        v.put("reminderAfter", "P14D");
        v.put("escalateAfter", "P28D");
        v.put("callForLeadsDuration", "P30D");
        v.put("observationCycle", "P14D");
        return v;
    }

    public static ProcessInstance start(String key) {
        return runtimeService().startProcessInstanceByKey(key, String.valueOf(EXPERIMENTATION), phaseVariables());
    }

    public static List<Task> openTasks(ProcessInstance pi, String activityId) {
        return taskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(activityId)
                .list();
    }

    /** Completes the one open task of that activity. */
    public static void completeOne(ProcessInstance pi, String activityId, Map<String, Object> variables) {
        List<Task> open = openTasks(pi, activityId);
        Assertions.assertThat(open).as("open tasks at %s", activityId).hasSize(1);
        taskService().complete(open.get(0).getId(), variables);
    }

    public static void completeOne(ProcessInstance pi, String activityId) {
        completeOne(pi, activityId, Map.of());
    }

    /**
     * Completes the three per-college tasks of a multi-instance step, checking each is offered to its college and
     * to the carrier; a college listed in {@code disagreeing} answers "no".
     */
    public static void completeEachCollege(ProcessInstance pi, String activityId, Set<String> disagreeing) {
        List<Task> open = openTasks(pi, activityId);
        Assertions.assertThat(open).as("one task per college at %s", activityId).hasSize(3);
        Set<String> seen = new TreeSet<>();
        for (Task t : open) {
            String college = (String) taskService().getVariable(t.getId(), ProcessConstants.VAR_COLLEGE);
            seen.add(college);
            assertThat(t).hasCandidateGroup("exp-42-" + college).hasCandidateGroup("exp-42-carrier");
            Assertions.assertThat(t.getDueDate()).isNotNull();
            taskService()
                    .complete(
                            t.getId(),
                            disagreeing.contains(college)
                                    ? Map.of(ProcessConstants.VAR_VALIDATION_REJECTED, true)
                                    : Map.of());
        }
        Assertions.assertThat(seen).containsExactlyInAnyOrderElementsOf(COLLEGES);
    }

    /**
     * A collective validation is one step shared by every member with a college: checks it is offered to the three
     * colleges and the carrier, with a due date, then closes it as a carrier does, validated or not.
     */
    public static void closeSharedValidation(ProcessInstance pi, String activityId, boolean validated) {
        List<Task> open = openTasks(pi, activityId);
        Assertions.assertThat(open).as("one shared task at %s", activityId).hasSize(1);
        Task t = open.get(0);
        for (String college : COLLEGES) {
            assertThat(t).hasCandidateGroup("exp-42-" + college);
        }
        assertThat(t).hasCandidateGroup("exp-42-carrier");
        Assertions.assertThat(t.getDueDate()).isNotNull();
        taskService().complete(t.getId(), Map.of(ProcessConstants.VAR_VALIDATION_REJECTED, !validated));
    }

    /** Fires the timer of a boundary or catch event as if its time had come. */
    public static void fireTimer(ProcessInstance pi, String activityId) {
        List<Job> jobs = managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(activityId)
                .list();
        Assertions.assertThat(jobs).as("timer at %s", activityId).isNotEmpty();
        managementService().executeJob(jobs.get(0).getId());
    }

    /** The committee review at the end of every phase: changes requested once, then approved. */
    public static void reviewWithOneRoundOfChanges(ProcessInstance pi) {
        completeOne(pi, ProcessConstants.TASK_WRITE_PHASE_REPORT);
        assertThat(openTasks(pi, ProcessConstants.TASK_COMMITTEE_REVIEW).get(0)).hasCandidateGroup("exp-42-committee");
        completeOne(pi, ProcessConstants.TASK_COMMITTEE_REVIEW, Map.of(ProcessConstants.VAR_REVIEW_APPROVED, false));
        assertThat(pi).isWaitingAt(ProcessConstants.TASK_WRITE_PHASE_REPORT);
        completeOne(pi, ProcessConstants.TASK_WRITE_PHASE_REPORT);
        completeOne(pi, ProcessConstants.TASK_COMMITTEE_REVIEW, Map.of(ProcessConstants.VAR_REVIEW_APPROVED, true));
        assertThat(pi).isEnded();
    }

    public static void checkHistoryTimeToLive(String key) {
        Assertions.assertThat(repositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .latestVersion()
                        .singleResult()
                        .getHistoryTimeToLive())
                .isPositive();
    }
}
