package coop.faireavec.actionlead.web;

import coop.faireavec.actionlead.ActionLead;
import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.actionlead.ActionLeadService.LeadList;
import coop.faireavec.actionlead.ActionLeadService.LeadPage;
import coop.faireavec.actionlead.NewLead;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
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
 * The action leads of an experimentation (issue #13 point 2): every member proposes leads while the call is open,
 * supports and comments them; the author withdraws theirs; a carrier merges duplicates and hides what breaks the
 * rules, with a reason. Every page checks membership (and the carrier role or authorship) in the service.
 */
@Controller
@RequestMapping("/experimentations/{id}/leads")
class LeadController {

    private static final String LEAD_FORM = "leadForm";
    private static final String COMMENT_FORM = "commentForm";
    private static final String HIDE_FORM = "hideForm";
    private static final String HIDE_COMMENT_FORM = "hideCommentForm";
    private static final String MERGE_FORM = "mergeForm";

    private final ActionLeadService leads;
    private final ExperimentationService experimentations;

    LeadController(ActionLeadService leads, ExperimentationService experimentations) {
        this.leads = leads;
        this.experimentations = experimentations;
    }

    /** The list of leads, with the form to propose one while the call is open. */
    @GetMapping
    String list(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute(LEAD_FORM, LeadForm.empty());
        return listPage(id, me.viewer(), model, leads.list(me.viewer(), id));
    }

    /** A member proposes a lead in their own name; bad input shows the list again with the messages. */
    @PostMapping
    String propose(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute(LEAD_FORM) LeadForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LeadList list = leads.list(me.viewer(), id);
        Set<Long> known = list.sources().stream().map(Contribution::getId).collect(Collectors.toSet());
        if (!known.containsAll(form.sources())) {
            errors.rejectValue("sourceIds", "form.lead.sources.unknown");
        }
        if (errors.hasErrors()) {
            return listPage(id, me.viewer(), model, list);
        }
        leads.propose(
                me.viewer(),
                id,
                new NewLead(
                        me.viewer().personId(),
                        form.title(),
                        form.problem(),
                        form.change(),
                        form.organisations(),
                        form.sources()));
        redirect.addFlashAttribute("flash", "flash.leadProposed");
        return "redirect:/experimentations/" + id + "/leads";
    }

    /** One lead with its supports and comments, and what the viewer may do with it. */
    @GetMapping("/{leadId}")
    String show(
            @PathVariable long id,
            @PathVariable long leadId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        return leadPage(id, leadId, me.viewer(), model);
    }

    /** A member supports the lead, or takes their support back. */
    @PostMapping("/{leadId}/support")
    String support(
            @PathVariable long id,
            @PathVariable long leadId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        boolean now = leads.toggleSupport(me.viewer(), id, leadId);
        redirect.addFlashAttribute("flash", now ? "flash.leadSupported" : "flash.leadSupportRemoved");
        return redirectToLead(id, leadId);
    }

    /** A member comments the lead; an empty or too long comment shows the page again with the message. */
    @PostMapping("/{leadId}/comments")
    String comment(
            @PathVariable long id,
            @PathVariable long leadId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute(COMMENT_FORM) CommentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return leadPage(id, leadId, me.viewer(), model);
        }
        leads.comment(me.viewer(), id, leadId, form.body());
        redirect.addFlashAttribute("flash", "flash.leadCommented");
        return redirectToLead(id, leadId);
    }

    /** The author withdraws their lead while the call is open. */
    @PostMapping("/{leadId}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long leadId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        leads.withdraw(me.viewer(), id, leadId);
        redirect.addFlashAttribute("flash", "flash.leadWithdrawn");
        return redirectToLead(id, leadId);
    }

    /** A carrier merges this lead into another one (authors and supports kept on the lead kept). */
    @PostMapping("/{leadId}/merge")
    String merge(
            @PathVariable long id,
            @PathVariable long leadId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute(MERGE_FORM) MergeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LeadPage page = carriersPage(me.viewer(), id, leadId);
        if (!errors.hasErrors()
                && page.mergeTargets().stream().map(ActionLead::getId).noneMatch(form.into()::equals)) {
            errors.rejectValue("into", "form.merge.into.required");
        }
        if (errors.hasErrors()) {
            return leadPage(id, leadId, me.viewer(), model);
        }
        leads.merge(me.viewer(), id, leadId, form.into());
        redirect.addFlashAttribute("flash", "flash.leadMerged");
        return redirectToLead(id, form.into());
    }

    /** A carrier hides the lead with a reason shown in its place; its authors are told. */
    @PostMapping("/{leadId}/hide")
    String hide(
            @PathVariable long id,
            @PathVariable long leadId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute(HIDE_FORM) HideForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        carriersPage(me.viewer(), id, leadId);
        if (errors.hasErrors()) {
            return leadPage(id, leadId, me.viewer(), model);
        }
        leads.hide(me.viewer(), id, leadId, form.reason());
        redirect.addFlashAttribute("flash", "flash.leadHidden");
        return redirectToLead(id, leadId);
    }

    /** A carrier hides a comment with a reason shown in its place; its author is told. */
    @PostMapping("/{leadId}/comments/{commentId}/hide")
    String hideComment(
            @PathVariable long id,
            @PathVariable long leadId,
            @PathVariable long commentId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute(HIDE_COMMENT_FORM) HideForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        carriersPage(me.viewer(), id, leadId);
        if (errors.hasErrors()) {
            model.addAttribute("hideCommentId", commentId);
            return leadPage(id, leadId, me.viewer(), model);
        }
        leads.hideComment(me.viewer(), id, leadId, commentId, form.reason());
        redirect.addFlashAttribute("flash", "flash.commentHidden");
        return redirectToLead(id, leadId);
    }

    /** The lead's page for a carrier of its experimentation: 403 for anyone else, before any input is read. */
    private LeadPage carriersPage(Viewer viewer, long id, long leadId) {
        LeadPage page = leads.page(viewer, id, leadId);
        if (!page.carrier()) {
            throw new AccessDeniedException("only a carrier merges or hides");
        }
        return page;
    }

    private static String redirectToLead(long id, long leadId) {
        return "redirect:/experimentations/" + id + "/leads/" + leadId;
    }

    private String listPage(long id, Viewer viewer, Model model, LeadList list) {
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        model.addAttribute("list", list);
        model.addAttribute("leads", list.leads());
        model.addAttribute("callOpen", list.callOpen());
        return "experimentation/leads";
    }

    private String leadPage(long id, long leadId, Viewer viewer, Model model) {
        LeadPage page = leads.page(viewer, id, leadId);
        model.addAttribute("experimentation", experimentations.get(viewer, id));
        model.addAttribute("page", page);
        model.addAttribute("lead", page.lead());
        if (!model.containsAttribute(COMMENT_FORM)) {
            model.addAttribute(COMMENT_FORM, CommentForm.empty());
        }
        if (!model.containsAttribute(HIDE_FORM)) {
            model.addAttribute(HIDE_FORM, HideForm.empty());
        }
        if (!model.containsAttribute(HIDE_COMMENT_FORM)) {
            model.addAttribute(HIDE_COMMENT_FORM, HideForm.empty());
        }
        if (!model.containsAttribute(MERGE_FORM)) {
            model.addAttribute(MERGE_FORM, MergeForm.empty());
        }
        return "experimentation/lead";
    }
}
