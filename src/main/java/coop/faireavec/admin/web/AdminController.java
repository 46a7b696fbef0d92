package coop.faireavec.admin.web;

import coop.faireavec.admin.AdminService;
import coop.faireavec.admin.PlatformService;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration's home (latest audit events), the experimentations overview and the platform; the audit itself
 * is {@link AdminAuditController}.
 */
@Controller
class AdminController {

    private final AdminService admin;
    private final PlatformService platform;

    AdminController(AdminService admin, PlatformService platform) {
        this.admin = admin;
        this.platform = platform;
    }

    @GetMapping("/admin")
    String home(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("events", admin.latestAudit(me.viewer(), 10));
        return "admin/index";
    }

    @GetMapping("/admin/experimentations")
    String experimentations(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("rows", admin.experimentations(me.viewer()));
        return "admin/experimentations";
    }

    @GetMapping("/admin/platform")
    String platform(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("info", platform.info(me.viewer()));
        return "admin/platform";
    }

    @PostMapping("/admin/platform/test-mail")
    String testMail(
            @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, RedirectAttributes redirect) {
        AuditLog.Actor actor = AdminActor.of(me, request);
        String to = admin.person(me.viewer(), me.getPersonId()).person().getEmail();
        PlatformService.MailOutcome outcome = platform.sendTestMail(me.viewer(), actor, to);
        redirect.addFlashAttribute("mailOutcome", outcome);
        redirect.addFlashAttribute("mailTo", to);
        return "redirect:/admin/platform";
    }
}
