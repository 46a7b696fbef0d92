package coop.faireavec.funding.web;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.Account;
import coop.faireavec.funding.FunderKind;
import coop.faireavec.funding.FundingService;
import coop.faireavec.funding.GrantStatus;
import coop.faireavec.security.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the funding form pages share: the page around the form, and where to go after a save. */
@Component
class FundingPages {

    private final FundingService funding;
    private final ExperimentationService experimentations;

    FundingPages(FundingService funding, ExperimentationService experimentations) {
        this.funding = funding;
        this.experimentations = experimentations;
    }

    static String back(long id) {
        return "redirect:/experimentations/" + id + "/funding";
    }

    /**
     * The form page of one kind of item ("funder", "grant", "line", "spending").
     *
     * @param itemId null for a new one
     * @param action the address the form posts to
     */
    String form(Viewer viewer, long id, String kind, Long itemId, String action, Model model) {
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        model.addAttribute("kind", kind);
        model.addAttribute("itemId", itemId);
        model.addAttribute("action", action);
        model.addAttribute("funders", funding.funders(viewer, id));
        model.addAttribute("funderKinds", FunderKind.values());
        model.addAttribute("statuses", GrantStatus.values());
        model.addAttribute("phases", Phase.values());
        model.addAttribute("accounts", Account.values());
        model.addAttribute("chargeAccounts", Account.ofKind(Account.Kind.CHARGE));
        return "funding/item";
    }
}
