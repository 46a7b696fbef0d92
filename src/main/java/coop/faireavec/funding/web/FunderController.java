package coop.faireavec.funding.web;

import coop.faireavec.funding.FunderDetails;
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

/** The carrier adds, changes and deletes the experimentation's funders. */
@Controller
@RequestMapping("/experimentations/{id}/funding/funders")
class FunderController {

    private static final String KIND = "funder";
    private final FundingService funding;
    private final FundingPages pages;

    FunderController(FundingService funding, FundingPages pages) {
        this.funding = funding;
        this.pages = pages;
    }

    @GetMapping("/new")
    String newForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        funding.requireEditor(me.viewer(), id);
        model.addAttribute("form", FunderForm.empty());
        return pages.form(me.viewer(), id, KIND, null, action(id, null), model);
    }

    @PostMapping("/new")
    String add(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") FunderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        funding.requireEditor(me.viewer(), id);
        FunderDetails details = form.validate(errors, funding.funders(me.viewer(), id));
        if (errors.hasErrors()) {
            return pages.form(me.viewer(), id, KIND, null, action(id, null), model);
        }
        funding.addFunder(me.viewer(), id, details);
        redirect.addFlashAttribute("flash", "funding.funder.added");
        return FundingPages.back(id);
    }

    @GetMapping("/{itemId}")
    String editForm(
            @PathVariable long id,
            @PathVariable long itemId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        model.addAttribute("form", FunderForm.of(funding.funder(me.viewer(), id, itemId)));
        return pages.form(me.viewer(), id, KIND, itemId, action(id, itemId), model);
    }

    @PostMapping("/{itemId}")
    String change(
            @PathVariable long id,
            @PathVariable long itemId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") FunderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        funding.funder(me.viewer(), id, itemId);
        FunderDetails details = form.validate(
                errors,
                funding.funders(me.viewer(), id).stream()
                        .filter(f -> f.getId() != itemId)
                        .toList());
        if (errors.hasErrors()) {
            return pages.form(me.viewer(), id, KIND, itemId, action(id, itemId), model);
        }
        funding.changeFunder(me.viewer(), id, itemId, form.seenVersion(), details);
        redirect.addFlashAttribute("flash", "funding.funder.changed");
        return FundingPages.back(id);
    }

    @PostMapping("/{itemId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long itemId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        funding.deleteFunder(me.viewer(), id, itemId);
        redirect.addFlashAttribute("flash", "funding.funder.deleted");
        return FundingPages.back(id);
    }

    private static String action(long id, Long itemId) {
        return "/experimentations/" + id + "/funding/funders/" + (itemId == null ? "new" : itemId);
    }
}
