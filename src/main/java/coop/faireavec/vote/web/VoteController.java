package coop.faireavec.vote.web;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.vote.VoteService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The results of the vote on the leads, for every member of the experimentation (administrators too): per lead each
 * college's median and distribution (hidden for small colleges), the overall grade and rank, disagreements, missing
 * colleges, turnout per college, and how the vote ended. Never who graded what.
 */
@Controller
class VoteController {

    private final VoteService votes;
    private final ExperimentationService experimentations;

    VoteController(VoteService votes, ExperimentationService experimentations) {
        this.votes = votes;
        this.experimentations = experimentations;
    }

    /** The latest vote's results; a page saying no vote opened yet when none did; 403 for non-members. */
    @GetMapping("/experimentations/{id}/votes")
    String results(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("results", votes.results(me.viewer(), id).orElse(null));
        model.addAttribute("experimentation", experimentations.get(me.viewer(), id));
        return "vote/results";
    }
}
