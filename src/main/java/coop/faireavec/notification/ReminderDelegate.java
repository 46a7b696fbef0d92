package coop.faireavec.notification;

import coop.faireavec.participation.MembershipService;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.process.StepView;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.shared.StepNames;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called by the reminder timers of the phase files ({@code ${reminders.remind(execution, 'PeerSessions')}}): tells
 * the people a still-open step is offered to that it is due, or tells the carriers it is well overdue.
 */
@Component("reminders")
public class ReminderDelegate {

    private final WorkflowEngine workflow;
    private final MembershipService memberships;
    private final NotificationService notifications;

    ReminderDelegate(WorkflowEngine workflow, MembershipService memberships, NotificationService notifications) {
        this.workflow = workflow;
        this.memberships = memberships;
        this.notifications = notifications;
    }

    public void remind(DelegateExecution execution, String activityId) {
        long experimentationId = experimentationId(execution);
        for (StepView step : workflow.openStepsAt(execution.getProcessInstanceId(), activityId)) {
            Set<Long> people = memberships.peopleInGroups(experimentationId, step.candidateGroups());
            notifications.notify(
                    people,
                    experimentationId,
                    NotificationKind.REMINDER,
                    "notification.reminder",
                    StepNames.reference(step.processKey(), step.taskKey()),
                    NotificationService.stepLink(step.id()));
        }
    }

    public void escalate(DelegateExecution execution, String activityId) {
        long experimentationId = experimentationId(execution);
        Set<Long> carriers = memberships.peopleInGroups(
                experimentationId, Set.of(ProcessConstants.roleGroup(experimentationId, "CARRIER")));
        for (StepView step : workflow.openStepsAt(execution.getProcessInstanceId(), activityId)) {
            notifications.notify(
                    carriers,
                    experimentationId,
                    NotificationKind.ESCALATION,
                    "notification.escalation",
                    StepNames.reference(step.processKey(), step.taskKey()),
                    NotificationService.stepLink(step.id()));
        }
    }

    private static long experimentationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessConstants.VAR_EXPERIMENTATION_ID)).longValue();
    }
}
