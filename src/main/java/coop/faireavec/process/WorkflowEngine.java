package coop.faireavec.process;

import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Our one small facade over the process engine. Everything else talks to this class, never to the
 * Camunda API, so that moving to Operaton (or another engine version) stays a change in one place.
 */
@Component
public class WorkflowEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final ManagementService management;

    /**
     * Process key of each process definition id met so far: a definition id never changes its key, and the engine
     * reads the definition's row again for each call otherwise.
     */
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();
    /** Form keys by process definition id and task key, see {@link #formKeyOf}. */
    private final Map<String, Optional<String>> formKeys = new ConcurrentHashMap<>();

    private final Map<String, BpmnModelInstance> models = new ConcurrentHashMap<>();

    /** At most this many ids in one SQL {@code in (...)} list. */
    private static final int IN_LIMIT = 500;

    WorkflowEngine(
            RuntimeService runtime,
            TaskService tasks,
            HistoryService history,
            RepositoryService repository,
            ManagementService management) {
        this.management = management;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
    }

    /**
     * Makes the engine's clock run this far from the real time (when it stamps a step's start and end, a timer's due
     * date...) until {@link #useRealTime()}: for replaying past months, e.g. the demo seeder, whose application clock
     * is moved by the same shift. The clock keeps ticking. The engine's clock is one for the whole JVM (Camunda's
     * {@code ClockUtil}), hence static.
     *
     * @param shift how far from the real time (negative: in the past), in whole milliseconds
     */
    public static void useTimeShiftedBy(Duration shift) {
        ClockUtil.offset(shift.toMillis());
    }

    /** The engine reads the real time again (undoes {@link #useTimeShiftedBy(Duration)}). */
    public static void useRealTime() {
        ClockUtil.reset();
    }

    /**
     * Open steps past their due date, counted per experimentation id (administration overview).
     *
     * @param now the instant to compare due dates with
     * @return experimentation id to number of late open steps; experimentations with none are absent
     */
    public Map<Long, Long> lateStepsPerExperimentation(Instant now) {
        return toViews(tasks.createTaskQuery()
                        .initializeFormKeys()
                        .dueBefore(Date.from(now))
                        .list())
                .stream()
                .collect(Collectors.groupingBy(StepView::experimentationId, Collectors.counting()));
    }

    /** The engine's health for the administration: open incidents and jobs that failed with no retries left. */
    public record EngineHealth(long openIncidents, long failedJobs) {}

    /** Counts open incidents and failed jobs (no retries left) over every process. */
    public EngineHealth health() {
        return new EngineHealth(openIncidents(), failedJobs());
    }

    /**
     * Counts the engine's jobs that are due now: retries left, due date passed or none, over every process and every
     * node (the job table is shared). A count that keeps growing means no job executor keeps up.
     *
     * @return the number of jobs the job executor may acquire now, 0 or more
     */
    public long dueJobs() {
        return management.createJobQuery().executable().count();
    }

    /**
     * Counts the jobs that failed with no retries left (the engine's retries, 3 by default, are used up).
     *
     * @return the number of failed jobs, 0 or more; each also has an open incident
     */
    public long failedJobs() {
        return management.createJobQuery().noRetriesLeft().count();
    }

    /**
     * Counts the engine's open incidents (a failed job, a failed external task...) over every process.
     *
     * @return the number of open incidents, 0 or more
     */
    public long openIncidents() {
        return runtime.createIncidentQuery().count();
    }

    /**
     * The engine's work that failed after its retries (open incidents of failed jobs), oldest first, for the
     * operations page. A failing delegate or listener rolls its transaction back to the last wait state; the job stays
     * there, with its error, until someone runs it again ({@link #retryJob}).
     *
     * @return one entry per failed job; empty when all is well
     */
    public List<FailedWork> failedWork() {
        List<FailedWork> result = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        for (Incident incident : runtime.createIncidentQuery()
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .orderByIncidentTimestamp()
                .asc()
                .list()) {
            String processKey = incident.getProcessDefinitionId() == null
                    ? null
                    : keys.computeIfAbsent(
                            incident.getProcessDefinitionId(),
                            id -> repository.getProcessDefinition(id).getKey());
            ProcessInstance instance = incident.getProcessInstanceId() == null
                    ? null
                    : runtime.createProcessInstanceQuery()
                            .processInstanceId(incident.getProcessInstanceId())
                            .singleResult();
            long experimentationId = -1;
            if (instance != null && instance.getBusinessKey() != null) {
                try {
                    experimentationId = Long.parseLong(instance.getBusinessKey());
                } catch (NumberFormatException e) {
                    experimentationId = -1;
                }
            }
            result.add(new FailedWork(
                    incident.getConfiguration(),
                    experimentationId,
                    processKey,
                    stepOf(incident.getProcessDefinitionId(), incident.getActivityId()),
                    incident.getActivityId(),
                    incident.getIncidentMessage(),
                    toInstant(incident.getIncidentTimestamp())));
        }
        return result;
    }

    /** The user task a boundary event (a reminder's timer) is attached to, else the activity itself. */
    private String stepOf(String processDefinitionId, String activityId) {
        if (processDefinitionId == null || activityId == null) {
            return activityId;
        }
        Object element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        return element instanceof BoundaryEvent boundary
                ? boundary.getAttachedTo().getId()
                : activityId;
    }

    /**
     * Gives a failed job one more try: its retries are set back to one (which resolves its incident) and it is due
     * now, for the job executor of any node to take.
     *
     * @param jobId a job listed by {@link #failedWork()}
     * @throws NotFoundException when no such job waits (it ran or was removed meanwhile)
     */
    public void retryJob(String jobId) {
        if (management.createJobQuery().jobId(jobId).count() == 0) {
            throw new NotFoundException("job", jobId);
        }
        management.setJobRetries(jobId, 1);
        management.setJobDuedate(jobId, Date.from(ClockUtil.getCurrentTime().toInstant()));
    }

    /**
     * Runs a job now, in the caller's thread, as the job executor would: its own transaction, committed when it
     * succeeds; when it fails the engine keeps the error and counts the try (with no retries left, the incident is
     * back). Call it outside any transaction.
     *
     * @param jobId a job due now ({@link #retryJob})
     * @return true when it ran without error
     */
    public boolean runJob(String jobId) {
        try {
            management.executeJob(jobId);
            return true;
        } catch (ProcessEngineException e) {
            return false;
        }
    }

    /**
     * Moves every open step held by one engine user to another (two records of the same person merged).
     *
     * @return how many steps were moved
     */
    public int reassignSteps(String fromUserId, String toUserId) {
        List<Task> held = tasks.createTaskQuery().taskAssignee(fromUserId).list();
        held.forEach(task -> tasks.setAssignee(task.getId(), toUserId));
        return held.size();
    }

    /**
     * Replaces engine user ids in one experimentation's process: in its history (the root process instance and every
     * phase it called: steps' assignees and owners, activities' assignees, identity links, comments, the operation
     * log, who started it) and in its open steps (assignees, owners, identity links). For an anonymisation (issue #16,
     * point 10): the engine has no API that changes history, so this is plain SQL on the tables the engine names, on
     * the engine's own connection, in the caller's transaction.
     *
     * @param rootProcessInstanceId the experimentation's process instance id
     * @param userIds old engine user id ({@code person-42}) → new one; also replaced where it is a candidate group
     * @return how many rows were changed
     */
    public int replaceUsers(String rootProcessInstanceId, Map<String, String> userIds) {
        String runTask = management.getTableName(TaskEntity.class);
        String prefix = runTask.substring(0, runTask.length() - "ACT_RU_TASK".length());
        String root = " and ROOT_PROC_INST_ID_ = ?";
        String openTasks = " and TASK_ID_ in (select t.ID_ from " + runTask + " t join " + prefix
                + "ACT_RU_EXECUTION e on e.ID_ = t.EXECUTION_ID_ where e.ROOT_PROC_INST_ID_ = ?)";
        String openTask =
                " and EXECUTION_ID_ in (select ID_ from " + prefix + "ACT_RU_EXECUTION where ROOT_PROC_INST_ID_ = ?)";
        List<String[]> columns = List.of(
                new String[] {"ACT_HI_TASKINST", "ASSIGNEE_", root},
                new String[] {"ACT_HI_TASKINST", "OWNER_", root},
                new String[] {"ACT_HI_ACTINST", "ASSIGNEE_", root},
                new String[] {"ACT_HI_IDENTITYLINK", "USER_ID_", root},
                new String[] {"ACT_HI_IDENTITYLINK", "GROUP_ID_", root},
                new String[] {"ACT_HI_COMMENT", "USER_ID_", root},
                new String[] {"ACT_HI_OP_LOG", "USER_ID_", root},
                new String[] {"ACT_HI_PROCINST", "START_USER_ID_", root},
                new String[] {"ACT_RU_TASK", "ASSIGNEE_", openTask},
                new String[] {"ACT_RU_TASK", "OWNER_", openTask},
                new String[] {"ACT_RU_IDENTITYLINK", "USER_ID_", openTasks},
                new String[] {"ACT_RU_IDENTITYLINK", "GROUP_ID_", openTasks});
        int changed = 0;
        for (Map.Entry<String, String> user : userIds.entrySet()) {
            for (String[] c : columns) {
                changed += write(
                        "update " + prefix + c[0] + " set " + c[1] + " = ? where " + c[1] + " = ?" + c[2],
                        new Object[] {user.getValue(), user.getKey(), rootProcessInstanceId});
            }
        }
        return changed;
    }

    /** One plain SQL write on the engine's own connection, inside an engine command (see {@link #read}). */
    private int write(String sql, Object[] args) {
        return ((ServiceImpl) management).getCommandExecutor().execute(context -> {
            Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new ProcessEngineException("Could not write " + sql, e);
            }
        });
    }

    /** Starts the experimentation process; the business key is the experimentation id. */
    public String startExperimentation(long experimentationId) {
        return runtime.startProcessInstanceByKey(
                        ProcessConstants.EXPERIMENTATION_PROCESS,
                        String.valueOf(experimentationId),
                        Map.of(ProcessConstants.VAR_EXPERIMENTATION_ID, experimentationId))
                .getId();
    }

    /**
     * Starts the upkeep of a territory's directory ({@code processes/directory-upkeep.bpmn}) unless an instance runs
     * for it already; its first round opens just after, in a job of its own (the instance waits before OpenRound).
     *
     * @param territoryId the territory (the instance's variable {@code territoryId}; no business key)
     * @return true when an instance was started
     */
    public boolean startUpkeep(long territoryId) {
        if (upkeepRunning(territoryId)) {
            return false;
        }
        runtime.startProcessInstanceByKey(
                ProcessConstants.UPKEEP_PROCESS, Map.of(ProcessConstants.VAR_TERRITORY_ID, territoryId));
        return true;
    }

    /** Whether an upkeep instance runs for the territory. */
    public boolean upkeepRunning(long territoryId) {
        return runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ProcessConstants.UPKEEP_PROCESS)
                        .variableValueEquals(ProcessConstants.VAR_TERRITORY_ID, territoryId)
                        .count()
                > 0;
    }

    /**
     * The open upkeep step of one correspondent of a territory (offered to {@link ProcessConstants#upkeepGroup}).
     *
     * @return its task id, or empty when the person has no round step open
     */
    public Optional<String> openUpkeepStep(long territoryId, long personId) {
        return tasks
                .createTaskQuery()
                .processDefinitionKey(ProcessConstants.UPKEEP_PROCESS)
                .taskCandidateGroup(ProcessConstants.upkeepGroup(territoryId, personId))
                .list()
                .stream()
                .map(Task::getId)
                .findFirst();
    }

    /**
     * Completes an upkeep step (a correspondent finished their round); nothing when it is no longer open.
     *
     * @param taskId a task id from {@link #openUpkeepStep}
     */
    public void completeUpkeepStep(String taskId) {
        if (isOpen(taskId)) {
            tasks.complete(taskId);
        }
    }

    /** Open user tasks offered to any of these groups or assigned to this user. */
    public List<StepView> openSteps(Set<String> candidateGroups, String assignee) {
        if (candidateGroups.isEmpty() && assignee == null) {
            return List.of();
        }
        return toViews(stepQuery(candidateGroups, assignee)
                .orderByTaskCreateTime()
                .asc()
                .list());
    }

    public long countOpenSteps(Set<String> candidateGroups, String assignee) {
        if (candidateGroups.isEmpty() && assignee == null) {
            return 0;
        }
        return stepQuery(candidateGroups, assignee).count();
    }

    /**
     * Whether that task is open (one count, without reading what {@link #step(String)} shows).
     *
     * @param taskId an engine task id
     * @return true while the task is open
     */
    public boolean isOpen(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).count() > 0;
    }

    /**
     * One open step, or empty when no step has that id open.
     *
     * <p>The step is read in several queries (the task, its process, its candidate groups); when it was completed
     * between them (two people at the same moment), its groups or process come back empty. Such a half-read step is
     * reported as not open rather than as a step offered to nobody, which callers would refuse with a 403. A step of
     * the directory's upkeep is not an experimentation's step: empty too.
     */
    public Optional<StepView> step(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        StepView view = toViews(List.of(task)).get(0);
        if (ProcessConstants.UPKEEP_PROCESS.equals(view.processKey())) {
            return Optional.empty(); // a directory round's step, shown on its own page, never as an experimentation's
        }
        boolean halfRead =
                view.experimentationId() < 0 || (view.candidateGroups().isEmpty() && view.assignee() == null);
        if (halfRead && !isOpen(taskId)) {
            return Optional.empty();
        }
        return Optional.of(view);
    }

    /**
     * Open steps offered to any of these groups or assigned to this user, including the ones someone has already
     * taken (claimed): callers decide what to show of those.
     */
    public List<StepView> openStepsIncludingClaimed(Set<String> candidateGroups, String assignee) {
        if (candidateGroups.isEmpty() && assignee == null) {
            return List.of();
        }
        if (candidateGroups.size() > IN_LIMIT) {
            TaskQuery query = tasks.createTaskQuery();
            if (assignee == null) {
                query.taskCandidateGroupIn(new ArrayList<>(candidateGroups)).includeAssignedTasks();
            } else {
                query.or()
                        .taskCandidateGroupIn(new ArrayList<>(candidateGroups))
                        .includeAssignedTasks()
                        .taskAssignee(assignee)
                        .endOr();
            }
            return toViews(query.orderByTaskCreateTime().asc().list());
        }
        // The same tasks as the task query above, as a native query: the task query's dynamic SQL (MyBatis
        // evaluating its hundreds of OGNL conditions) was a sixth of the CPU of "my next steps" (issue #14)
        var query = tasks.createNativeTaskQuery();
        List<String> offered = new ArrayList<>();
        if (assignee != null) {
            offered.add("RES.ASSIGNEE_ = #{assignee}");
            query.parameter("assignee", assignee);
        }
        if (!candidateGroups.isEmpty()) {
            List<String> marks = new ArrayList<>();
            int i = 0;
            for (String group : new TreeSet<>(candidateGroups)) {
                marks.add("#{g" + i + "}");
                query.parameter("g" + i++, group);
            }
            offered.add("exists (select 1 from " + management.getTableName(IdentityLinkEntity.class)
                    + " I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = #{candidate} and I.GROUP_ID_ in ("
                    + String.join(", ", marks) + "))");
            query.parameter("candidate", IdentityLinkType.CANDIDATE);
        }
        return toViews(query.sql("select RES.* from " + management.getTableName(TaskEntity.class) + " RES where "
                        + String.join(" or ", offered) + " order by RES.CREATE_TIME_ asc, RES.ID_ asc")
                .list());
    }

    /**
     * A step that is no longer open, from the engine's history (kept at history level {@code audit}); empty when
     * the task is still open or unknown. Who it was offered to is not kept at that level: callers check membership.
     */
    public Optional<FinishedStep> finishedStep(String taskId) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .finished()
                .singleResult();
        if (task == null) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        long experimentationId = -1;
        if (instance != null && instance.getBusinessKey() != null) {
            try {
                experimentationId = Long.parseLong(instance.getBusinessKey());
            } catch (NumberFormatException e) {
                experimentationId = -1;
            }
        }
        if (experimentationId < 0) {
            // an instance started without its business key: the variable every phase process gets still says it,
            // so that a member opening a finished step of it is not told "not found"
            experimentationId = history
                    .createHistoricVariableInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .variableName(ProcessConstants.VAR_EXPERIMENTATION_ID)
                    .list()
                    .stream()
                    .map(v -> v.getValue())
                    .filter(v -> v instanceof Number)
                    .map(v -> ((Number) v).longValue())
                    .findFirst()
                    .orElse(-1L);
        }
        return Optional.of(new FinishedStep(
                task.getId(),
                task.getName(),
                task.getTaskDefinitionKey(),
                task.getProcessDefinitionKey(),
                experimentationId,
                task.getAssignee(),
                toInstant(task.getEndTime()),
                "completed".equals(task.getDeleteReason())));
    }

    /**
     * Takes a step: it becomes this user's, and leaves the other candidates' lists. Claiming a step one already
     * holds changes nothing; a step someone else holds is a conflict (409).
     */
    public void claim(String taskId, String userId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("step", taskId);
        }
        if (userId.equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw new ConflictException("conflict.stepTaken");
        }
        try {
            tasks.claim(taskId, userId);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            // someone else took it first, maybe at the same moment (the engine's optimistic locking)
            throw new ConflictException("conflict.stepTaken");
        }
    }

    /**
     * Gives a step back: anyone it is offered to may take it again.
     *
     * @throws StepRaceLostException (409) when the step was completed or changed at the same moment
     */
    public void unclaim(String taskId) {
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException
                | NullValueException
                | org.camunda.bpm.engine.exception.NotFoundException e) {
            throw new StepRaceLostException(taskId, e);
        }
    }

    /**
     * Gives an open step more time: its due date becomes {@code until} and the timers of the boundary events attached
     * to its activity in its process instance (the "à échéance" and "gros retard" reminders) move by the same amount,
     * so that they still fall where the BPMN puts them relative to the due date. A step with no due date only gets
     * one. Meant for steps that are not multi-instance (their timers are those of the one instance).
     *
     * @param taskId an open step
     * @param until the new due date (an instant; the caller checks it is later than the present one)
     * @throws NotFoundException when the step is not open
     * @throws StepRaceLostException (409) when the step changed at the same moment (completed, closed, extended)
     */
    public void extendStep(String taskId, Instant until) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("step", taskId);
        }
        Instant before = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        task.setDueDate(Date.from(until));
        try {
            tasks.saveTask(task);
        } catch (OptimisticLockingException e) {
            throw new StepRaceLostException(taskId, e);
        }
        if (before == null) {
            return;
        }
        Duration shift = Duration.between(before, until);
        Set<String> attached = repository
                .getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementsByType(BoundaryEvent.class)
                .stream()
                .filter(b -> b.getAttachedTo().getId().equals(task.getTaskDefinitionKey()))
                .map(BoundaryEvent::getId)
                .collect(Collectors.toSet());
        for (Job job : management
                .createJobQuery()
                .processInstanceId(task.getProcessInstanceId())
                .timers()
                .list()) {
            JobDefinition definition = management
                    .createJobDefinitionQuery()
                    .jobDefinitionId(job.getJobDefinitionId())
                    .singleResult();
            if (definition != null && attached.contains(definition.getActivityId()) && job.getDuedate() != null) {
                management.setJobDuedate(
                        job.getId(), Date.from(job.getDuedate().toInstant().plus(shift)));
            }
        }
    }

    /**
     * Completes a step (no one named as having done it, e.g. a meeting's validated minutes).
     *
     * @see #complete(String, Map, String)
     */
    public void complete(String taskId, Map<String, Object> variables) {
        complete(taskId, variables, null);
    }

    /**
     * Completes a step on behalf of a person: the step is first given to them (the engine's history then says who did
     * it, which the "already done by … at …" page and the done step's page show), then completed with these
     * variables. Two people completing the same step at once: the engine's optimistic locking lets only the first
     * through.
     *
     * @param taskId an open step
     * @param variables process variables for the gateways
     * @param byUserId the engine user id of who completes it ({@code person-42}), or null to name no one
     * @throws StepRaceLostException (409) when someone else completed or changed the step first, or it is no longer
     *     open
     */
    public void complete(String taskId, Map<String, Object> variables, String byUserId) {
        try {
            if (byUserId != null) {
                Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
                if (task == null) {
                    throw new StepRaceLostException(taskId, null);
                }
                if (!byUserId.equals(task.getAssignee())) {
                    tasks.setAssignee(taskId, byUserId);
                }
            }
            tasks.complete(taskId, variables);
        } catch (OptimisticLockingException
                | NullValueException
                | org.camunda.bpm.engine.exception.NotFoundException e) {
            throw new StepRaceLostException(taskId, e);
        }
    }

    /**
     * Progress of an experimentation's process: the main flow first, then each running phase (called
     * process) with its active tasks. Works for finished instances too, from history.
     */
    public List<ProcessProgress> progress(String processInstanceId) {
        // the main flow and its phases in one read, their activities in one more (the experimentation page's
        // statements, issue #14): finished phases are left out
        List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
                .or()
                .processInstanceId(processInstanceId)
                .superProcessInstanceId(processInstanceId)
                .endOr()
                .list();
        HistoricProcessInstance root = found.stream()
                .filter(i -> i.getId().equals(processInstanceId))
                .findFirst()
                .orElse(null);
        if (root == null) {
            return new ArrayList<>();
        }
        List<HistoricProcessInstance> shown = new ArrayList<>();
        shown.add(root);
        found.stream()
                .filter(i -> !i.getId().equals(processInstanceId) && i.getEndTime() == null)
                .sorted(Comparator.comparing(HistoricProcessInstance::getId))
                .forEach(shown::add);
        Map<String, List<HistoricActivityInstance>> activities =
                activitiesOf(shown.stream().map(HistoricProcessInstance::getId).toList());
        List<ProcessProgress> result = new ArrayList<>();
        for (HistoricProcessInstance instance : shown) {
            result.add(progressOf(instance, activities.getOrDefault(instance.getId(), List.of())));
        }
        return result;
    }

    /** The historic activities of these process instances, by instance id, in one native query. */
    private Map<String, List<HistoricActivityInstance>> activitiesOf(List<String> instanceIds) {
        String table = management.getTableName(HistoricActivityInstance.class);
        StringBuilder sql = new StringBuilder("select * from " + table + " where PROC_INST_ID_ in (");
        var query = history.createNativeHistoricActivityInstanceQuery();
        for (int i = 0; i < instanceIds.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("#{p").append(i).append('}');
            query.parameter("p" + i, instanceIds.get(i));
        }
        sql.append(") order by ID_");
        return query.sql(sql.toString()).list().stream()
                .collect(Collectors.groupingBy(HistoricActivityInstance::getProcessInstanceId));
    }

    private ProcessProgress progressOf(HistoricProcessInstance instance, List<HistoricActivityInstance> activities) {
        Set<String> active = new TreeSet<>();
        Set<String> completed = new TreeSet<>();
        for (HistoricActivityInstance a : activities) {
            if (a.getEndTime() == null) {
                active.add(a.getActivityId());
            } else if (!a.isCanceled()) {
                completed.add(a.getActivityId());
            }
        }
        // a loop may have completed an activity that is active again: show it as active only
        completed.removeAll(active);
        return new ProcessProgress(
                instance.getProcessDefinitionId(), instance.getProcessDefinitionKey(), active, completed);
    }

    /**
     * The BPMN model of a deployed definition. A deployed definition never changes, so its model is kept by id after
     * the first read (the engine reads the definition's row on every call otherwise: the experimentation page's
     * statements, issue #14); it is the same shared instance the engine's deployment cache holds.
     *
     * @throws NotFoundException when no such definition is deployed
     */
    public BpmnModelInstance model(String processDefinitionId) {
        BpmnModelInstance model = models.computeIfAbsent(processDefinitionId, repository::getBpmnModelInstance);
        if (model == null) {
            throw new NotFoundException("process definition", processDefinitionId);
        }
        return model;
    }

    /**
     * The BPMN XML of a deployed definition, as deployed.
     *
     * @param processDefinitionId e.g. from {@link ProcessProgress#processDefinitionId()}
     * @return the XML text (read as UTF-8)
     * @throws NotFoundException when no such definition is deployed
     */
    public String bpmnXml(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (org.camunda.bpm.engine.exception.NullValueException
                | org.camunda.bpm.engine.exception.NotFoundException e) {
            throw new NotFoundException("process definition", processDefinitionId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One page of the user tasks of a phase process of an experimentation, open or ended, from the engine's history,
     * oldest first. Who each was offered to comes from the BPMN's candidate groups (history level {@code audit}
     * does not keep them), a college's group resolved with the step's {@code college} variable.
     *
     * @param experimentationId the experimentation (the processes' business key)
     * @param processKey the phase process's key (e.g. {@link ProcessConstants#PHASE_1_PROCESS})
     * @param first index of the first task (0-based)
     * @param max page size (1 to 1,000)
     * @return up to {@code max} steps; empty after the last page
     */
    public List<StepHistory> stepHistory(long experimentationId, String processKey, int first, int max) {
        List<HistoricTaskInstance> page = history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(experimentationId))
                .processDefinitionKey(processKey)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderByTaskId()
                .asc()
                .listPage(Math.max(0, first), Math.max(1, Math.min(max, 1000)));
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, String> collegeByExecution = new HashMap<>();
        history.createHistoricVariableInstanceQuery()
                .executionIdIn(page.stream()
                        .map(HistoricTaskInstance::getExecutionId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toArray(String[]::new))
                .variableName(ProcessConstants.VAR_COLLEGE)
                .list()
                .forEach(v -> collegeByExecution.put(v.getExecutionId(), String.valueOf(v.getValue())));
        Map<String, String> groupsByActivity = new HashMap<>();
        List<StepHistory> steps = new ArrayList<>();
        for (HistoricTaskInstance t : page) {
            String groups = groupsByActivity.computeIfAbsent(
                    t.getProcessDefinitionId() + "#" + t.getTaskDefinitionKey(),
                    k -> candidateGroupsInModel(t.getProcessDefinitionId(), t.getTaskDefinitionKey()));
            steps.add(new StepHistory(
                    t.getId(),
                    t.getTaskDefinitionKey(),
                    processKey,
                    offeredTo(groups, collegeByExecution.get(t.getExecutionId())),
                    toInstant(t.getStartTime()),
                    toInstant(t.getDueDate()),
                    toInstant(t.getEndTime()),
                    t.getEndTime() != null && "completed".equals(t.getDeleteReason())));
        }
        return steps;
    }

    private String candidateGroupsInModel(String processDefinitionId, String taskKey) {
        org.camunda.bpm.model.bpmn.instance.UserTask task =
                repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
        return task == null || task.getCamundaCandidateGroups() == null ? "" : task.getCamundaCandidateGroups();
    }

    /** {@code exp-${experimentationId}-carrier, exp-${experimentationId}-${college}} → [carrier, LIVED_EXPERIENCE]. */
    private static List<String> offeredTo(String candidateGroups, String college) {
        List<String> result = new ArrayList<>();
        for (String group : candidateGroups.split(",")) {
            String g = group.trim();
            int dash = g.indexOf("}-");
            String suffix = dash < 0 ? g : g.substring(dash + 2);
            if (suffix.isEmpty()) {
                continue;
            }
            if (suffix.contains("${" + ProcessConstants.VAR_COLLEGE + "}")) {
                suffix = college == null ? ProcessConstants.VAR_COLLEGE : college;
            }
            result.add(suffix);
        }
        return result;
    }

    /**
     * When a phase process of an experimentation really ran (the phase's call activity), from the engine's history.
     *
     * @return empty when the phase never started
     */
    public Optional<PhaseRun> phaseRun(long experimentationId, String processKey) {
        List<HistoricProcessInstance> runs = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(experimentationId))
                .processDefinitionKey(processKey)
                .orderByProcessInstanceStartTime()
                .asc()
                .list();
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        boolean running = runs.stream().anyMatch(r -> r.getEndTime() == null);
        Instant ended = running
                ? null
                : runs.stream()
                        .map(r -> r.getEndTime().toInstant())
                        .max(Instant::compareTo)
                        .orElse(null);
        return Optional.of(new PhaseRun(toInstant(runs.get(0).getStartTime()), ended));
    }

    /** Whether some process of that experimentation is waiting at that activity (e.g. the call for leads is open). */
    public boolean isWaitingAt(long experimentationId, String activityId) {
        return runtime.createExecutionQuery()
                        .processInstanceBusinessKey(String.valueOf(experimentationId))
                        .activityId(activityId)
                        .count()
                > 0;
    }

    /**
     * Open steps of an experimentation (its processes' business key) at one activity, e.g. the call for leads whose
     * due date the dashboard shows.
     */
    public List<StepView> openStepsOf(long experimentationId, String activityId) {
        return toViews(tasks.createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(experimentationId))
                .taskDefinitionKey(activityId)
                .initializeFormKeys()
                .list());
    }

    /**
     * Open steps of any of these experimentations at one activity, in one engine query (the dashboard's calls for
     * leads of all the viewer's experimentations); empty for no experimentation.
     */
    public List<StepView> openStepsOf(Collection<Long> experimentationIds, String activityId) {
        if (experimentationIds.isEmpty()) {
            return List.of();
        }
        return toViews(tasks.createTaskQuery()
                .processInstanceBusinessKeyIn(
                        experimentationIds.stream().map(String::valueOf).toArray(String[]::new))
                .taskDefinitionKey(activityId)
                .initializeFormKeys()
                .list());
    }

    /** Open steps at one activity of one process instance (e.g. the college validations a reminder is about). */
    public List<StepView> openStepsAt(String processInstanceId, String activityId) {
        return toViews(tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(activityId)
                .initializeFormKeys()
                .list());
    }

    private TaskQuery stepQuery(Set<String> candidateGroups, String assignee) {
        TaskQuery query = tasks.createTaskQuery().initializeFormKeys();
        if (!candidateGroups.isEmpty() && assignee != null) {
            return query.or()
                    .taskCandidateGroupIn(new ArrayList<>(candidateGroups))
                    .taskAssignee(assignee)
                    .endOr();
        }
        return candidateGroups.isEmpty()
                ? query.taskAssignee(assignee)
                : query.taskCandidateGroupIn(new ArrayList<>(candidateGroups));
    }

    /**
     * Turns engine tasks into step views with a fixed number of reads whatever the number of tasks: their process
     * instances (one query), the element variables they see (one variable query over their instances, resolved up
     * each task's execution tree as {@code TaskService.getVariables} would), their executions' parents and their
     * candidate groups (one plain read each of the engine's tables, see {@link #candidateGroupsOf(List)}).
     */
    private List<StepView> toViews(List<Task> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<String> instanceIds =
                list.stream().map(Task::getProcessInstanceId).distinct().toList();
        Map<String, Map<String, Object>> taskVariables = new HashMap<>();
        Map<String, Map<String, Object>> executionVariables = new HashMap<>();
        for (List<String> chunk : chunks(instanceIds)) {
            runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(chunk.toArray(String[]::new))
                    .variableNameIn(ProcessConstants.VAR_COLLEGE, ProcessConstants.VAR_LEAD_ID)
                    .disableBinaryFetching()
                    .disableCustomObjectDeserialization()
                    .list()
                    .forEach(v -> (v.getTaskId() != null
                                    ? taskVariables.computeIfAbsent(v.getTaskId(), k -> new HashMap<>())
                                    : executionVariables.computeIfAbsent(v.getExecutionId(), k -> new HashMap<>()))
                            .put(v.getName(), v.getValue()));
        }
        Executions executions = executionsOf(instanceIds);
        Map<String, Set<String>> groupsByTask =
                candidateGroupsOf(list.stream().map(Task::getId).toList());
        List<StepView> views = new ArrayList<>();
        for (Task t : list) {
            String processKey = processKeys.computeIfAbsent(
                    t.getProcessDefinitionId(),
                    id -> repository.getProcessDefinition(id).getKey());
            Set<String> groups = groupsByTask.getOrDefault(t.getId(), new TreeSet<>());
            long experimentationId = experimentationOf(executions.businessKeys().get(t.getProcessInstanceId()));
            Object college =
                    visible(ProcessConstants.VAR_COLLEGE, t, taskVariables, executionVariables, executions.parents());
            Object lead =
                    visible(ProcessConstants.VAR_LEAD_ID, t, taskVariables, executionVariables, executions.parents());
            views.add(new StepView(
                    t.getId(),
                    t.getName(),
                    t.getTaskDefinitionKey(),
                    formKeyOf(t.getProcessDefinitionId(), t.getTaskDefinitionKey()),
                    processKey,
                    experimentationId,
                    groups,
                    t.getAssignee(),
                    toInstant(t.getCreateTime()),
                    toInstant(t.getDueDate()),
                    (String) college,
                    lead == null ? null : ((Number) lead).longValue(),
                    t.getAssignee() == null ? null : toInstant(t.getLastUpdated())));
        }
        return views;
    }

    /**
     * The experimentation a process instance belongs to, from its business key; -1 when the instance has none or
     * belongs to no experimentation (the directory's upkeep: no business key) or was not found (it ended meanwhile).
     */
    private static long experimentationOf(String businessKey) {
        if (businessKey == null) {
            return -1;
        }
        try {
            return Long.parseLong(businessKey);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A user task's form key ({@code camunda:formKey}), read from its deployed BPMN model and kept: our form keys are
     * plain names, never expressions, so the model says what {@code TaskQuery.initializeFormKeys} would, without a
     * task query (the native query of {@link #openStepsIncludingClaimed} cannot initialise them). Null when the task
     * has none.
     */
    private String formKeyOf(String processDefinitionId, String taskKey) {
        return formKeys.computeIfAbsent(processDefinitionId + '#' + taskKey, k -> {
                    var element = models.computeIfAbsent(processDefinitionId, repository::getBpmnModelInstance)
                            .getModelElementById(taskKey);
                    return Optional.ofNullable(element instanceof UserTask task ? task.getCamundaFormKey() : null);
                })
                .orElse(null);
    }

    /**
     * The value of a variable as the task sees it: its own local variable, else the nearest one up its execution
     * tree (the same resolution as {@code TaskService.getVariables}); null when none is set.
     */
    private static Object visible(
            String name,
            Task task,
            Map<String, Map<String, Object>> taskVariables,
            Map<String, Map<String, Object>> executionVariables,
            Map<String, String> parents) {
        Map<String, Object> own = taskVariables.get(task.getId());
        if (own != null && own.containsKey(name)) {
            return own.get(name);
        }
        Set<String> seen = new HashSet<>();
        for (String execution = task.getExecutionId();
                execution != null && seen.add(execution);
                execution = parents.get(execution)) {
            Map<String, Object> vars = executionVariables.get(execution);
            if (vars != null && vars.containsKey(name)) {
                return vars.get(name);
            }
        }
        return null;
    }

    /**
     * The executions of some process instances: each execution's parent, and each running instance's business key.
     *
     * @param parents execution id to its parent's id (executions without a parent are absent)
     * @param businessKeys process instance id to its business key (instances without one, or ended, are absent)
     */
    private record Executions(Map<String, String> parents, Map<String, String> businessKeys) {}

    /**
     * Every execution of these process instances, in one read of the engine's execution table per 500 instances:
     * the engine's public API gives an execution's parent only one execution at a time, and its process instance
     * query costs a seventh of the CPU of "my next steps" for a business key (issue #14).
     */
    private Executions executionsOf(List<String> instanceIds) {
        String table = management.getTableName(ExecutionEntity.class);
        Map<String, String> parents = new HashMap<>();
        Map<String, String> businessKeys = new HashMap<>();
        for (List<String> chunk : chunks(instanceIds)) {
            read(
                    "select ID_, PARENT_ID_, PROC_INST_ID_, BUSINESS_KEY_ from " + table + " where PROC_INST_ID_ in ("
                            + marks(chunk) + ")",
                    chunk.toArray(),
                    rs -> {
                        String id = rs.getString(1);
                        if (rs.getString(2) != null) {
                            parents.put(id, rs.getString(2));
                        }
                        if (id.equals(rs.getString(3)) && rs.getString(4) != null) {
                            businessKeys.put(id, rs.getString(4));
                        }
                    });
        }
        return new Executions(parents, businessKeys);
    }

    /**
     * The candidate groups of each of these tasks, in one read of the engine's identity-link table. The engine has
     * no public batch read of identity links ({@code TaskService.getIdentityLinksForTask} is one query per task, and
     * a task query per group would not say which group offered which task), so this is plain SQL on the table the
     * engine names ({@link ManagementService#getTableName}), on the engine's own connection (see {@link #read}).
     */
    private Map<String, Set<String>> candidateGroupsOf(List<String> taskIds) {
        String table = management.getTableName(IdentityLinkEntity.class);
        Map<String, Set<String>> groups = new HashMap<>();
        for (List<String> chunk : chunks(taskIds)) {
            read(
                    "select TASK_ID_, GROUP_ID_ from " + table + " where TYPE_ = ? and GROUP_ID_ is not null"
                            + " and TASK_ID_ in (" + marks(chunk) + ")",
                    prepend(IdentityLinkType.CANDIDATE, chunk),
                    rs -> groups.computeIfAbsent(rs.getString(1), k -> new TreeSet<>())
                            .add(rs.getString(2)));
        }
        return groups;
    }

    /** What to do with each row of a plain read. */
    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /**
     * One plain SQL read on the engine's own connection, inside an engine command: in the application that is the
     * Spring transaction's connection (so the read sees what the engine wrote in it), in a bare engine its own.
     */
    private void read(String sql, Object[] args, RowHandler handler) {
        ((ServiceImpl) management).getCommandExecutor().execute(context -> {
            Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
            } catch (SQLException e) {
                throw new ProcessEngineException("Could not read " + sql, e);
            }
            return null;
        });
    }

    private static Object[] prepend(Object first, List<String> rest) {
        Object[] args = new Object[rest.size() + 1];
        args[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            args[i + 1] = rest.get(i);
        }
        return args;
    }

    private static String marks(List<String> ids) {
        return String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    }

    /** Splits ids into lists short enough for one SQL {@code in (...)} on every database. */
    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IN_LIMIT) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + IN_LIMIT)));
        }
        return chunks;
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
