package coop.faireavec.directory.web;

import coop.faireavec.directory.DirectoryCodes;
import coop.faireavec.directory.DirectoryQuery;
import coop.faireavec.directory.DirectoryService;
import coop.faireavec.directory.MonographService;
import coop.faireavec.directory.RoundService;
import coop.faireavec.directory.Structure;
import coop.faireavec.directory.StructureDetails;
import coop.faireavec.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletResponse;
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

/**
 * A territory's directory of local actors for its members (issue #17): the list with its search, the map, an
 * organisation's page; its carriers add, change, verify and archive organisations.
 */
@Controller
@RequestMapping("/directory/{territoryId}")
class DirectoryController {

    private final DirectoryService directory;
    private final DirectoryPages pages;
    private final DirectoryCodes codes;
    private final RoundService rounds;
    private final MonographService monographs;

    DirectoryController(
            DirectoryService directory,
            DirectoryPages pages,
            DirectoryCodes codes,
            RoundService rounds,
            MonographService monographs) {
        this.directory = directory;
        this.pages = pages;
        this.codes = codes;
        this.rounds = rounds;
        this.monographs = monographs;
    }

    @GetMapping
    String list(
            @PathVariable long territoryId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("query") DirectoryQuery query,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("roundLeft", rounds.leftFor(me.viewer(), territoryId).orElse(null));
        return pages.list(
                "directory/list",
                directory.directory(me.viewer(), territoryId, query, page),
                query,
                DirectoryPages.base(territoryId),
                false,
                model);
    }

    @GetMapping("/map")
    String map(
            @PathVariable long territoryId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("query") DirectoryQuery query,
            HttpServletResponse response,
            Model model) {
        DirectoryService.Listing listing = directory.map(me.viewer(), territoryId, query);
        pages.allowTiles(response);
        return pages.list("directory/map", listing, query, DirectoryPages.base(territoryId), false, model);
    }

    @GetMapping("/structures/{structureId}")
    String show(
            @PathVariable long territoryId,
            @PathVariable long structureId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        model.addAttribute("record", directory.structure(me.viewer(), territoryId, structureId));
        model.addAttribute("monographs", monographs.publishedAbout(structureId));
        model.addAttribute("base", DirectoryPages.base(territoryId));
        model.addAttribute("publicView", false);
        return "directory/structure";
    }

    @GetMapping("/structures/new")
    String newForm(@PathVariable long territoryId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        directory.requireEditor(me.viewer(), territoryId);
        model.addAttribute("form", StructureForm.empty());
        return form(me, territoryId, null, model);
    }

    @PostMapping("/structures/new")
    String add(
            @PathVariable long territoryId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") StructureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        directory.requireEditor(me.viewer(), territoryId);
        StructureDetails details = form.validate(errors, codes);
        if (errors.hasErrors()) {
            return form(me, territoryId, null, model);
        }
        Structure s = directory.addStructure(me.viewer(), territoryId, details);
        redirect.addFlashAttribute("flash", "directory.flash.structureAdded");
        return "redirect:" + DirectoryPages.base(territoryId) + "/structures/" + s.getId();
    }

    @GetMapping("/structures/{structureId}/edit")
    String editForm(
            @PathVariable long territoryId,
            @PathVariable long structureId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        model.addAttribute("form", StructureForm.of(directory.structureForEdit(me.viewer(), territoryId, structureId)));
        return form(me, territoryId, structureId, model);
    }

    @PostMapping("/structures/{structureId}/edit")
    String change(
            @PathVariable long territoryId,
            @PathVariable long structureId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") StructureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        directory.structureForEdit(me.viewer(), territoryId, structureId);
        StructureDetails details = form.validate(errors, codes);
        if (errors.hasErrors()) {
            return form(me, territoryId, structureId, model);
        }
        directory.changeStructure(me.viewer(), territoryId, structureId, form.seenVersion(), details);
        redirect.addFlashAttribute("flash", "directory.flash.structureChanged");
        return "redirect:" + DirectoryPages.base(territoryId) + "/structures/" + structureId;
    }

    @PostMapping("/structures/{structureId}/verify")
    String verify(
            @PathVariable long territoryId,
            @PathVariable long structureId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        directory.verifyStructure(me.viewer(), territoryId, structureId);
        redirect.addFlashAttribute("flash", "directory.flash.verified");
        return "redirect:" + DirectoryPages.base(territoryId) + "/structures/" + structureId;
    }

    @PostMapping("/structures/{structureId}/archive")
    String archive(
            @PathVariable long territoryId,
            @PathVariable long structureId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        directory.archiveStructure(me.viewer(), territoryId, structureId);
        redirect.addFlashAttribute("flash", "directory.flash.structureArchived");
        return "redirect:" + DirectoryPages.base(territoryId);
    }

    /** The archived organisations, each with "put it back" (for the territory's editors). */
    @GetMapping("/archived")
    String archived(@PathVariable long territoryId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("archived", directory.archivedStructures(me.viewer(), territoryId));
        model.addAttribute("territory", directory.territory(me.viewer(), territoryId));
        model.addAttribute("base", DirectoryPages.base(territoryId));
        return "directory/archived";
    }

    @PostMapping("/structures/{structureId}/restore")
    String restore(
            @PathVariable long territoryId,
            @PathVariable long structureId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        directory.restoreStructure(me.viewer(), territoryId, structureId);
        redirect.addFlashAttribute("flash", "directory.flash.structureRestored");
        return "redirect:" + DirectoryPages.base(territoryId) + "/structures/" + structureId;
    }

    private String form(AccountPrincipal me, long territoryId, Long structureId, Model model) {
        model.addAttribute("territory", directory.territory(me.viewer(), territoryId));
        model.addAttribute("base", DirectoryPages.base(territoryId));
        model.addAttribute("structureId", structureId);
        pages.structureForm(model);
        return "directory/structure-form";
    }
}
