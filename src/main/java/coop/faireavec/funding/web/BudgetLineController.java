package coop.faireavec.funding.web;

import coop.faireavec.funding.BudgetLineDetails;
import coop.faireavec.funding.FundingService;
import coop.faireavec.security.AccountPrincipal;
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

/** The carrier adds, changes and deletes lines of the planned budget (per phase, on the chart of accounts). */
@Controller
@RequestMapping("/experimentations/{id}/funding/lines")
class BudgetLineController {

    private static final String KIND = "line";
    private final FundingService funding;
    private final FundingPages pages;

    BudgetLineController(FundingService funding, FundingPages pages) {
        this.funding = funding;
        this.pages = pages;
    }

    @GetMapping("/new")
    String newForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        funding.requireEditor(me.viewer(), id);
        model.addAttribute("form", BudgetLineForm.empty());
        return pages.form(me.viewer(), id, KIND, null, action(id, null), model);
    }

    @PostMapping("/new")
    String add(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") BudgetLineForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        funding.requireEditor(me.viewer(), id);
        BudgetLineDetails details = form.validate(errors, funding.funders(me.viewer(), id));
        if (errors.hasErrors()) {
            return pages.form(me.viewer(), id, KIND, null, action(id, null), model);
        }
        funding.addBudgetLine(me.viewer(), id, details);
        redirect.addFlashAttribute("flash", "funding.line.added");
        return FundingPages.back(id);
    }

    @GetMapping("/{itemId}")
    String editForm(
            @PathVariable long id,
            @PathVariable long itemId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        model.addAttribute("form", BudgetLineForm.of(funding.budgetLine(me.viewer(), id, itemId)));
        return pages.form(me.viewer(), id, KIND, itemId, action(id, itemId), model);
    }

    @PostMapping("/{itemId}")
    String change(
            @PathVariable long id,
            @PathVariable long itemId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") BudgetLineForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        funding.budgetLine(me.viewer(), id, itemId);
        BudgetLineDetails details = form.validate(errors, funding.funders(me.viewer(), id));
        if (errors.hasErrors()) {
            return pages.form(me.viewer(), id, KIND, itemId, action(id, itemId), model);
        }
        funding.changeBudgetLine(me.viewer(), id, itemId, form.seenVersion(), details);
        redirect.addFlashAttribute("flash", "funding.line.changed");
        return FundingPages.back(id);
    }

    @PostMapping("/{itemId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long itemId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        funding.deleteBudgetLine(me.viewer(), id, itemId);
        redirect.addFlashAttribute("flash", "funding.line.deleted");
        return FundingPages.back(id);
    }

    private static String action(long id, Long itemId) {
        return "/experimentations/" + id + "/funding/lines/" + (itemId == null ? "new" : itemId);
    }
}
