package coop.faireavec.notification.web;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.notification.MailOutbox;
import coop.faireavec.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration's page of mails that did not leave ({@code /admin/mails}, platform administrators only): the
 * FAILED and the long PENDING mails of the outbox, each with "send again".
 */
@Controller
class MailOutboxController {

    private final MailOutbox outbox;

    MailOutboxController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/mails")
    String mails(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("mails", outbox.needingAttention(me.viewer()));
        return "admin/mails";
    }

    @PostMapping("/admin/mails/{mailId}/send-again")
    String sendAgain(
            @PathVariable long mailId,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        AuditLog.Actor actor = new AuditLog.Actor(me.getPersonId(), me.getDisplayName(), request.getRemoteAddr());
        boolean again = outbox.sendAgain(me.viewer(), actor, mailId);
        redirect.addFlashAttribute("flash", again ? "admin.mails.sentAgain" : "admin.mails.gone");
        return "redirect:/admin/mails";
    }
}
