package coop.faireavec.funding.web;

import coop.faireavec.funding.Funder;
import coop.faireavec.funding.FundingService;
import coop.faireavec.funding.GrantDetails;
import coop.faireavec.security.AccountPrincipal;
import java.util.List;
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

/** The carrier records, changes and deletes the experimentation's grant applications. */
@Controller
@RequestMapping("/experimentations/{id}/funding/grants")
class GrantController {

    private static final String KIND = "grant";
    private final FundingService funding;
    private final FundingPages pages;

    GrantController(FundingService funding, FundingPages pages) {
        this.funding = funding;
        this.pages = pages;
    }

    @GetMapping("/new")
    String newForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        funding.requireEditor(me.viewer(), id);
        model.addAttribute("form", GrantForm.empty());
        return pages.form(me.viewer(), id, KIND, null, action(id, null), model);
    }

    @PostMapping("/new")
    String add(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") GrantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        funding.requireEditor(me.viewer(), id);
        GrantDetails details = form.validate(errors, funderIds(me, id));
        if (errors.hasErrors()) {
            return pages.form(me.viewer(), id, KIND, null, action(id, null), model);
        }
        funding.addGrant(me.viewer(), id, details);
        redirect.addFlashAttribute("flash", "funding.grant.added");
        return FundingPages.back(id);
    }

    @GetMapping("/{itemId}")
    String editForm(
            @PathVariable long id,
            @PathVariable long itemId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        model.addAttribute("form", GrantForm.of(funding.grant(me.viewer(), id, itemId)));
        return pages.form(me.viewer(), id, KIND, itemId, action(id, itemId), model);
    }

    @PostMapping("/{itemId}")
    String change(
            @PathVariable long id,
            @PathVariable long itemId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") GrantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        funding.grant(me.viewer(), id, itemId);
        GrantDetails details = form.validate(errors, funderIds(me, id));
        if (errors.hasErrors()) {
            return pages.form(me.viewer(), id, KIND, itemId, action(id, itemId), model);
        }
        funding.changeGrant(me.viewer(), id, itemId, form.seenVersion(), details);
        redirect.addFlashAttribute("flash", "funding.grant.changed");
        return FundingPages.back(id);
    }

    @PostMapping("/{itemId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long itemId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        funding.deleteGrant(me.viewer(), id, itemId);
        redirect.addFlashAttribute("flash", "funding.grant.deleted");
        return FundingPages.back(id);
    }

    private List<Long> funderIds(AccountPrincipal me, long id) {
        return funding.funders(me.viewer(), id).stream().map(Funder::getId).toList();
    }

    private static String action(long id, Long itemId) {
        return "/experimentations/" + id + "/funding/grants/" + (itemId == null ? "new" : itemId);
    }
}
