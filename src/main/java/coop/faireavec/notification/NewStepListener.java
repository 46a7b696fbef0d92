package coop.faireavec.notification;

import coop.faireavec.participation.MembershipService;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.shared.StepNames;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * "New step for my college": when the engine creates a user task ({@code camunda.bpm.eventing.task=true}), tells
 * once the people it is offered to (its candidate groups), naming the step by reference ({@link StepNames}) so that
 * each person reads its name in their language. Carriers are told only about steps offered to carriers
 * alone: they are in the candidate groups of every per-college and all-participants step as a backup, and they see
 * all steps on their pages anyway. Runs inside the engine's transaction, so a step that rolls back tells nobody.
 */
@Component
class NewStepListener {

    private final MembershipService memberships;
    private final NotificationService notifications;

    NewStepListener(MembershipService memberships, NotificationService notifications) {
        this.memberships = memberships;
        this.notifications = notifications;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
                || !(task.getVariable(ProcessConstants.VAR_EXPERIMENTATION_ID) instanceof Number id)) {
            return;
        }
        long experimentationId = id.longValue();
        Set<String> groups = new TreeSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        String carriers = ProcessConstants.roleGroup(experimentationId, "CARRIER");
        if (groups.size() > 1) {
            groups.remove(carriers);
        }
        Set<Long> people = memberships.peopleInGroups(experimentationId, groups);
        if (!people.isEmpty()) {
            notifications.notify(
                    people,
                    experimentationId,
                    NotificationKind.NEW_STEP,
                    "notification.newStep",
                    StepNames.reference(processKey(task), task.getTaskDefinitionKey()),
                    NotificationService.stepLink(task.getId()));
        }
    }

    /** The key of the task's process (the notification names the step from the messages, per process). */
    private static String processKey(DelegateTask task) {
        return task.getProcessEngineServices()
                .getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId())
                .getKey();
    }
}
