package coop.faireavec.ui;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The results of an approved phase, given back to every member in plain words, printable; before the committee
 * approves the phase (or for a phase number that does not exist) a 404 page says so in plain words.
 */
@Controller
@RequestMapping("/experimentations")
class ResultsController {

    private final PhaseResults results;

    ResultsController(PhaseResults results) {
        this.results = results;
    }

    @GetMapping("/{id}/results/phase-{number}")
    String results(
            @PathVariable long id,
            @PathVariable String number,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            HttpServletResponse response) {
        Optional<Phase> phase = Arrays.stream(Phase.values())
                .filter(p -> String.valueOf(p.number()).equals(number))
                .findFirst();
        Optional<PhaseResults.Page> page = results.page(me.viewer(), id, phase.orElse(null));
        if (page.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("experimentationId", id);
            return "results/not-yet";
        }
        model.addAttribute("page", page.get());
        return "results/phase";
    }
}
