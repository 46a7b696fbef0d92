package coop.faireavec.funding.web;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.funding.FundingOverview;
import coop.faireavec.funding.FundingService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import java.math.BigDecimal;
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

/**
 * The experimentation's funding page (carriers change it, committee members and administrators read it; anyone
 * else gets 403) and the hourly value of time given (carriers).
 */
@Controller
@RequestMapping("/experimentations/{id}/funding")
class FundingController {

    private final FundingService funding;
    private final ExperimentationService experimentations;

    FundingController(FundingService funding, ExperimentationService experimentations) {
        this.funding = funding;
        this.experimentations = experimentations;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        FundingOverview overview = funding.overview(me.viewer(), id);
        model.addAttribute(
                "hourlyForm",
                new HourlyValueForm(
                        overview.hourlyValue() == null
                                ? ""
                                : overview.hourlyValue().toPlainString(),
                        overview.hourlyValueVersion()));
        return page(me.viewer(), id, overview, model);
    }

    @PostMapping("/hourly-value")
    String hourlyValue(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("hourlyForm") HourlyValueForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = me.viewer();
        funding.requireEditor(viewer, id);
        BigDecimal value = form.validate(errors);
        if (errors.hasErrors()) {
            return page(viewer, id, funding.overview(viewer, id), model);
        }
        funding.setHourlyValue(viewer, id, form.seenVersion(), value);
        redirect.addFlashAttribute("flash", "funding.hourlyValue.saved");
        return FundingPages.back(id);
    }

    private String page(Viewer viewer, long id, FundingOverview overview, Model model) {
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        model.addAttribute("overview", overview);
        model.addAttribute("mayEdit", funding.mayEdit(viewer, id));
        return "funding/overview";
    }
}
