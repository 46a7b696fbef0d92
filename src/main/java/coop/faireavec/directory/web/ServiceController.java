package coop.faireavec.directory.web;

import coop.faireavec.directory.DirectoryCodes;
import coop.faireavec.directory.DirectoryService;
import coop.faireavec.directory.OfferedService;
import coop.faireavec.directory.ServiceDetails;
import coop.faireavec.security.AccountPrincipal;
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

/** The territory's carriers add, change, verify and archive the services an organisation of the directory offers. */
@Controller
@RequestMapping("/directory/{territoryId}")
class ServiceController {

    private final DirectoryService directory;
    private final DirectoryPages pages;
    private final DirectoryCodes codes;

    ServiceController(DirectoryService directory, DirectoryPages pages, DirectoryCodes codes) {
        this.directory = directory;
        this.pages = pages;
        this.codes = codes;
    }

    @GetMapping("/structures/{structureId}/services/new")
    String newForm(
            @PathVariable long territoryId,
            @PathVariable long structureId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        directory.structureForEdit(me.viewer(), territoryId, structureId);
        model.addAttribute("form", ServiceForm.empty());
        return form(me, territoryId, structureId, null, model);
    }

    @PostMapping("/structures/{structureId}/services/new")
    String add(
            @PathVariable long territoryId,
            @PathVariable long structureId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") ServiceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        directory.structureForEdit(me.viewer(), territoryId, structureId);
        ServiceDetails details = form.validate(errors, codes);
        if (errors.hasErrors()) {
            return form(me, territoryId, structureId, null, model);
        }
        directory.addService(me.viewer(), territoryId, structureId, details);
        redirect.addFlashAttribute("flash", "directory.flash.serviceAdded");
        return back(territoryId, structureId);
    }

    @GetMapping("/services/{serviceId}/edit")
    String editForm(
            @PathVariable long territoryId,
            @PathVariable long serviceId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        OfferedService v = directory.serviceForEdit(me.viewer(), territoryId, serviceId);
        model.addAttribute("form", ServiceForm.of(v));
        return form(me, territoryId, v.getStructureId(), serviceId, model);
    }

    @PostMapping("/services/{serviceId}/edit")
    String change(
            @PathVariable long territoryId,
            @PathVariable long serviceId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") ServiceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        OfferedService v = directory.serviceForEdit(me.viewer(), territoryId, serviceId);
        ServiceDetails details = form.validate(errors, codes);
        if (errors.hasErrors()) {
            return form(me, territoryId, v.getStructureId(), serviceId, model);
        }
        directory.changeService(me.viewer(), territoryId, serviceId, form.seenVersion(), details);
        redirect.addFlashAttribute("flash", "directory.flash.serviceChanged");
        return back(territoryId, v.getStructureId());
    }

    @PostMapping("/services/{serviceId}/verify")
    String verify(
            @PathVariable long territoryId,
            @PathVariable long serviceId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        OfferedService v = directory.verifyService(me.viewer(), territoryId, serviceId);
        redirect.addFlashAttribute("flash", "directory.flash.verified");
        return back(territoryId, v.getStructureId());
    }

    @PostMapping("/services/{serviceId}/archive")
    String archive(
            @PathVariable long territoryId,
            @PathVariable long serviceId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        OfferedService v = directory.archiveService(me.viewer(), territoryId, serviceId);
        redirect.addFlashAttribute("flash", "directory.flash.serviceArchived");
        return back(territoryId, v.getStructureId());
    }

    private String form(AccountPrincipal me, long territoryId, long structureId, Long serviceId, Model model) {
        model.addAttribute("record", directory.structure(me.viewer(), territoryId, structureId));
        model.addAttribute("base", DirectoryPages.base(territoryId));
        model.addAttribute("serviceId", serviceId);
        pages.serviceForm(model);
        return "directory/service-form";
    }

    private static String back(long territoryId, long structureId) {
        return "redirect:" + DirectoryPages.base(territoryId) + "/structures/" + structureId;
    }
}
