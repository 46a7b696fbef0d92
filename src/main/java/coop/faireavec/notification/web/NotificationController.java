package coop.faireavec.notification.web;

import coop.faireavec.notification.NotificationService;
import coop.faireavec.security.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        notifications.markRead(me.viewer(), id);
        return "redirect:/";
    }
}
