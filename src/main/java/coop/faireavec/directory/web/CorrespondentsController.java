package coop.faireavec.directory.web;

import coop.faireavec.directory.CorrespondentRoster;
import coop.faireavec.directory.DirectoryService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The correspondents of a territory's directory (issue #17, point 2): members on the territory see who they are and
 * the size of their round; carriers on the territory and administrators appoint one among the practitioners and end
 * a role.
 */
@Controller
@RequestMapping("/directory/{territoryId}/correspondents")
class CorrespondentsController {

    private final CorrespondentRoster roster;
    private final DirectoryService directory;

    CorrespondentsController(CorrespondentRoster roster, DirectoryService directory) {
        this.roster = roster;
        this.directory = directory;
    }

    @GetMapping
    String show(@PathVariable long territoryId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        return page(me.viewer(), territoryId, model);
    }

    @PostMapping
    String appoint(
            @PathVariable long territoryId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String personId,
            Model model,
            RedirectAttributes redirect) {
        Optional<String> problem = roster.appoint(me.viewer(), territoryId, parse(personId));
        if (problem.isPresent()) {
            model.addAttribute("problem", problem.get());
            return page(me.viewer(), territoryId, model);
        }
        redirect.addFlashAttribute("flash", "directory.correspondents.flash.appointed");
        return "redirect:" + DirectoryPages.base(territoryId) + "/correspondents";
    }

    @PostMapping("/{personId}/end")
    String end(
            @PathVariable long territoryId,
            @PathVariable long personId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        boolean ended = roster.end(me.viewer(), territoryId, personId);
        redirect.addFlashAttribute(
                "flash",
                ended ? "directory.correspondents.flash.ended" : "directory.correspondents.flash.notCorrespondent");
        return "redirect:" + DirectoryPages.base(territoryId) + "/correspondents";
    }

    private String page(Viewer viewer, long territoryId, Model model) {
        model.addAttribute("territory", directory.territory(viewer, territoryId));
        model.addAttribute("lines", roster.lines(viewer, territoryId));
        boolean mayAppoint = roster.mayAppoint(viewer, territoryId);
        model.addAttribute("mayAppoint", mayAppoint);
        if (mayAppoint) {
            model.addAttribute("candidates", roster.candidates(viewer, territoryId));
        }
        model.addAttribute("base", DirectoryPages.base(territoryId));
        return "directory/correspondents";
    }

    private static Long parse(String personId) {
        try {
            return personId == null || personId.isBlank() ? null : Long.valueOf(personId.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
