package coop.faireavec.ui;

import coop.faireavec.security.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The steering committee's page of one experimentation: its decisions, requests, answers and report versions. */
@Controller
@RequestMapping("/experimentations")
class DecisionsController {

    private final CommitteeDecisions decisions;

    DecisionsController(CommitteeDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/{id}/decisions")
    String decisions(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("page", decisions.page(me.viewer(), id));
        return "experimentation/decisions";
    }
}
