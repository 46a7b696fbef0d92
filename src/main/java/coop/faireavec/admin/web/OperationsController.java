package coop.faireavec.admin.web;

import coop.faireavec.admin.OperationsService;
import coop.faireavec.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operations page (administrators): the engine's failed work and "Relancer". */
@Controller
class OperationsController {

    private final OperationsService operations;

    OperationsController(OperationsService operations) {
        this.operations = operations;
    }

    @GetMapping("/admin/operations")
    String show(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("rows", operations.failedWork(me.viewer()));
        return "admin/operations";
    }

    /** Runs a failed job again and says whether it went through this time. */
    @PostMapping("/admin/operations/jobs/{jobId}/retry")
    String retry(
            @PathVariable String jobId,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        boolean ran = operations.retry(me.viewer(), AdminActor.of(me, request), jobId);
        redirect.addFlashAttribute("flash", ran ? "flash.jobRetried" : "flash.jobFailedAgain");
        return "redirect:/admin/operations";
    }
}
