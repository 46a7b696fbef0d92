package coop.faireavec.admin.web;

import coop.faireavec.admin.AdminService;
import coop.faireavec.admin.PlatformService;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.privacy.PrivacyTexts;
import coop.faireavec.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
    private final PrivacyTexts privacy;

    AdminController(AdminService admin, PlatformService platform, PrivacyTexts privacy) {
        this.admin = admin;
        this.platform = platform;
        this.privacy = privacy;
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
        model.addAttribute("operatorForm", OperatorForm.of(privacy.facts(), privacy.replacementTexts(me.viewer())));
        return platformPage(me, model);
    }

    /** The operator's facts and the public pages' texts (issue #16, point 8); the page again on a wrong value. */
    @PostMapping("/admin/platform/privacy")
    String operator(
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("operatorForm") OperatorForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return platformPage(me, model);
        }
        privacy.save(me.viewer(), AdminActor.of(me, request), form.facts(), form.texts());
        redirect.addFlashAttribute("flash", "flash.operatorSaved");
        return "redirect:/admin/platform";
    }

    private String platformPage(AccountPrincipal me, Model model) {
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
