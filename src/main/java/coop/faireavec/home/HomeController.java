package coop.faireavec.home;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.task.StepService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard: my experimentations and how many steps wait for me. */
@Controller
class HomeController {

    private final ExperimentationService experimentations;
    private final StepService steps;

    HomeController(ExperimentationService experimentations, StepService steps) {
        this.experimentations = experimentations;
        this.steps = steps;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("experimentations", experimentations.visibleTo(me.viewer()));
        model.addAttribute("openSteps", steps.countMySteps(me.viewer()));
        model.addAttribute("mayCreate", experimentations.mayCreate(me.viewer()));
        return "home/dashboard";
    }
}
