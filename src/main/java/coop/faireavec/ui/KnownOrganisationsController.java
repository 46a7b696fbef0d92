package coop.faireavec.ui;

import coop.faireavec.directory.KnownOrganisations;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.NotFoundException;
import java.util.List;
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
 * A carrier's page to correct how the organisations the experimentation knows (its carrier's organisation, its
 * funders) link to their record in the territory's directory (issue #17, point 1). Carriers and administrators only.
 * It reads funding and the directory, so it lives in {@code ui}, above both.
 */
@Controller
@RequestMapping("/experimentations/{id}/directory-links")
class KnownOrganisationsController {

    private final ExperimentationService experimentations;
    private final KnownOrganisations known;
    private final KnownOrganisationNames names;
    private final AccessGuard guard;

    KnownOrganisationsController(
            ExperimentationService experimentations,
            KnownOrganisations known,
            KnownOrganisationNames names,
            AccessGuard guard) {
        this.experimentations = experimentations;
        this.known = known;
        this.names = names;
        this.guard = guard;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Viewer viewer = me.viewer();
        Experimentation e = experimentations.get(viewer, id);
        guard.requireRole(viewer, id, ExperimentationRole.CARRIER);
        long territoryId = e.getTerritory().getId();
        model.addAttribute("experimentation", e);
        model.addAttribute("known", known.of(id, territoryId, names.of(viewer, e)));
        model.addAttribute("choices", known.choices(territoryId));
        return "directory/known-links";
    }

    @PostMapping
    String link(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "") String choice,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        Experimentation e = experimentations.get(viewer, id);
        guard.requireRole(viewer, id, ExperimentationRole.CARRIER);
        List<String> mine = names.of(viewer, e);
        if (!mine.contains(organisation)) {
            throw new NotFoundException("organisation", organisation);
        }
        try {
            known.link(viewer, id, e.getTerritory().getId(), organisation, choice);
            redirect.addFlashAttribute("flash", "directory.links.flash.saved");
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("flash", "directory.links.flash.badChoice");
        }
        redirect.addFlashAttribute("flashArg", organisation);
        return "redirect:/experimentations/" + id + "/directory-links";
    }
}
