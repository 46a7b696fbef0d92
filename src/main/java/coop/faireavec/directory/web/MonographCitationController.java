package coop.faireavec.directory.web;

import coop.faireavec.directory.MonographService;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.shared.NotFoundException;
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

/**
 * An experimentation's carriers cite a published monograph of its territory, with a note on why (issue #17,
 * point 3); the experimentation's page lists its citations.
 */
@Controller
@RequestMapping("/experimentations/{id}/citations")
class MonographCitationController {

    private final MonographService monographs;
    private final AccessGuard guard;

    MonographCitationController(MonographService monographs, AccessGuard guard) {
        this.monographs = monographs;
        this.guard = guard;
    }

    @GetMapping("/new")
    String newForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        guard.requireRole(me.viewer(), id, ExperimentationRole.CARRIER);
        model.addAttribute("form", CitationForm.empty());
        return form(me, id, model);
    }

    @PostMapping("/new")
    String cite(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") CitationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        guard.requireRole(me.viewer(), id, ExperimentationRole.CARRIER);
        Long monographId = form.validate(errors);
        if (monographId != null) {
            try {
                monographs.cite(me.viewer(), id, monographId, form.cleanNote());
            } catch (NotFoundException e) {
                errors.rejectValue("monographId", "directory.error.monographId.required");
            }
        }
        if (errors.hasErrors()) {
            return form(me, id, model);
        }
        redirect.addFlashAttribute("flash", "monograph.flash.cited");
        return "redirect:/experimentations/" + id;
    }

    @PostMapping("/{citationId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long citationId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        monographs.removeCitation(me.viewer(), id, citationId);
        redirect.addFlashAttribute("flash", "monograph.flash.citationRemoved");
        return "redirect:/experimentations/" + id;
    }

    private String form(AccountPrincipal me, long id, Model model) {
        model.addAttribute("experimentationId", id);
        model.addAttribute("citable", monographs.citable(me.viewer(), id));
        return "directory/citation-form";
    }
}
