package coop.faireavec.admin.web;

import coop.faireavec.admin.AdminService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.territory.Territory;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Territories: list with their experimentations and carriers, create, rename and describe, archive. */
@Controller
@RequestMapping("/admin/territories")
class AdminTerritoryController {

    private final AdminService admin;

    AdminTerritoryController(AdminService admin) {
        this.admin = admin;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("form", TerritoryForm.empty());
        return listPage(me, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") TerritoryForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("name") && admin.territoryNameTaken(form.name(), null)) {
            errors.rejectValue("name", "conflict.territoryName");
        }
        if (errors.hasErrors()) {
            return listPage(me, model);
        }
        Territory t = admin.createTerritory(me.viewer(), AdminActor.of(me, request), form.name(), form.description());
        redirect.addFlashAttribute("flash", "flash.territoryCreated");
        redirect.addFlashAttribute("flashArg", t.getName());
        return "redirect:/admin/territories";
    }

    @GetMapping("/{territoryId}")
    String edit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long territoryId, Model model) {
        AdminService.TerritoryRow row = row(me, territoryId);
        model.addAttribute("form", TerritoryForm.of(row.territory()));
        model.addAttribute("row", row);
        return "admin/territory";
    }

    @PostMapping("/{territoryId}")
    String describe(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long territoryId,
            @Valid @ModelAttribute("form") TerritoryForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        AdminService.TerritoryRow row = row(me, territoryId);
        if (!errors.hasFieldErrors("name") && admin.territoryNameTaken(form.name(), territoryId)) {
            errors.rejectValue("name", "conflict.territoryName");
        }
        if (errors.hasErrors()) {
            model.addAttribute("row", row);
            return "admin/territory";
        }
        admin.describeTerritory(me.viewer(), AdminActor.of(me, request), territoryId, form.name(), form.description());
        redirect.addFlashAttribute("flash", "flash.territorySaved");
        return "redirect:/admin/territories";
    }

    @PostMapping("/{territoryId}/archive")
    String archive(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long territoryId,
            @RequestParam(defaultValue = "true") boolean archived,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        admin.archiveTerritory(me.viewer(), AdminActor.of(me, request), territoryId, archived);
        redirect.addFlashAttribute("flash", archived ? "flash.territoryArchived" : "flash.territoryRestored");
        return "redirect:/admin/territories";
    }

    private String listPage(AccountPrincipal me, Model model) {
        model.addAttribute("rows", admin.territories(me.viewer()));
        return "admin/territories";
    }

    @PostMapping("/{territoryId}/directory")
    String publishDirectory(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long territoryId,
            @RequestParam(defaultValue = "false") boolean published,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        admin.publishDirectory(me.viewer(), AdminActor.of(me, request), territoryId, published);
        redirect.addFlashAttribute("flash", published ? "flash.directoryPublished" : "flash.directoryUnpublished");
        return "redirect:/admin/territories/" + territoryId;
    }

    private AdminService.TerritoryRow row(AccountPrincipal me, long territoryId) {
        return admin.territories(me.viewer()).stream()
                .filter(r -> r.territory().getId() == territoryId)
                .findFirst()
                .orElseThrow(() -> new coop.faireavec.shared.NotFoundException("territory", territoryId));
    }
}
