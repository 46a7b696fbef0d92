package coop.faireavec.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the engine completes or deletes a user task ({@code camunda.bpm.eventing.task=true}), the messages about it
 * ("new step", reminder, overdue) are dealt with for everyone: nobody is left asked to do what is done. Runs inside
 * the engine's transaction, so a completion that rolls back leaves them unread.
 */
@Component
class StepEndedListener {

    private final NotificationService notifications;

    StepEndedListener(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** Takes the engine's task event; acts on "complete" and "delete" only. */
    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
                || TaskListener.EVENTNAME_DELETE.equals(task.getEventName())) {
            notifications.settleStep(task.getId());
        }
    }
}
