package coop.faireavec.directory.web;

import coop.faireavec.directory.RecordRef;
import coop.faireavec.directory.RoundService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import java.util.Locale;
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
 * A territory's upkeep round (issue #17, point 2): a correspondent's stale records of the month, each confirmed,
 * changed (the record's own form) or archived; carriers on the territory and administrators see everyone's round.
 */
@Controller
@RequestMapping("/directory/{territoryId}/round")
class RoundController {

    private final RoundService rounds;

    RoundController(RoundService rounds) {
        this.rounds = rounds;
    }

    @GetMapping
    String show(@PathVariable long territoryId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("page", rounds.page(me.viewer(), territoryId));
        model.addAttribute("base", DirectoryPages.base(territoryId));
        model.addAttribute("myId", me.viewer().personId());
        return "directory/round";
    }

    @PostMapping("/confirm")
    String confirm(
            @PathVariable long territoryId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String id,
            RedirectAttributes redirect) {
        return onRecord(territoryId, me, kind, id, redirect, rounds::confirm, "directory.round.flash.confirmed");
    }

    @PostMapping("/archive")
    String archive(
            @PathVariable long territoryId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String id,
            RedirectAttributes redirect) {
        return onRecord(territoryId, me, kind, id, redirect, rounds::archive, "directory.round.flash.archived");
    }

    /** What the viewer does to one record of the round; a bad record reference says so (access checked first). */
    private String onRecord(
            long territoryId,
            AccountPrincipal me,
            String kind,
            String id,
            RedirectAttributes redirect,
            RecordAction action,
            String flash) {
        Optional<RecordRef> record = record(kind, id);
        if (record.isEmpty()) {
            rounds.page(me.viewer(), territoryId);
            redirect.addFlashAttribute("flash", "directory.round.flash.noRecord");
        } else {
            action.on(me.viewer(), territoryId, record.get());
            redirect.addFlashAttribute("flash", flash);
        }
        return back(territoryId);
    }

    /** {@link RoundService#confirm} or {@link RoundService#archive}. */
    @FunctionalInterface
    private interface RecordAction {
        void on(Viewer viewer, long territoryId, RecordRef record);
    }

    @PostMapping("/finish")
    String finish(
            @PathVariable long territoryId, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        boolean finished = rounds.finish(me.viewer(), territoryId);
        redirect.addFlashAttribute(
                "flash", finished ? "directory.round.flash.finished" : "directory.round.flash.noStep");
        return back(territoryId);
    }

    private static String back(long territoryId) {
        return "redirect:" + DirectoryPages.base(territoryId) + "/round";
    }

    /** The record a form names, empty when it names none we know (a tampered or empty form). */
    private static Optional<RecordRef> record(String kind, String id) {
        if (kind == null || id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RecordRef(
                    RecordRef.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT)), Long.parseLong(id.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
