package coop.faireavec.actionlead.web;

import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The action leads of an experimentation; any member proposes one while the call is open. */
@Controller
@RequestMapping("/experimentations/{id}/leads")
class LeadController {

    private final ActionLeadService leads;
    private final ExperimentationService experimentations;

    LeadController(ActionLeadService leads, ExperimentationService experimentations) {
        this.leads = leads;
        this.experimentations = experimentations;
    }

    @GetMapping
    String list(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("leadForm", LeadForm.empty());
        return page(id, me.viewer(), model);
    }

    @PostMapping
    String propose(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("leadForm") LeadForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(id, me.viewer(), model);
        }
        leads.propose(me.viewer(), id, form.title(), form.description());
        redirect.addFlashAttribute("flash", "flash.leadProposed");
        return "redirect:/experimentations/" + id + "/leads";
    }

    private String page(long id, Viewer viewer, Model model) {
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        model.addAttribute("leads", leads.leadsOf(viewer, id));
        model.addAttribute("callOpen", leads.callIsOpen(id));
        return "experimentation/leads";
    }
}
