package coop.faireavec.ui;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.notification.MailConsentChange;
import coop.faireavec.notification.MailPreferences;
import coop.faireavec.notification.NotificationKind;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.AccountPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's mail preferences (issue #16, point 9): whether they accept to be contacted by e-mail, which kinds of
 * notification come by mail, the history of these consents, and links to their "name in the reports" consent of each
 * experimentation. Only their own; a carrier of an experimentation may record a member's choice at their request
 * ({@code /experimentations/{id}/members/{personId}/preferences}), which the history shows as made by that carrier.
 */
@Controller
class MailPreferencesController {

    /**
     * The choice as sent: {@code email} yes or no (required), and the kinds wanted by mail (none ticked: null).
     */
    record PreferencesForm(
            @NotNull(message = "{form.preferences.emailRequired}")
            Boolean email,

            List<NotificationKind> kinds) {}

    private final MailPreferences preferences;
    private final ExperimentationService experimentations;
    private final MembershipService memberships;
    private final PeopleService people;

    MailPreferencesController(
            MailPreferences preferences,
            ExperimentationService experimentations,
            MembershipService memberships,
            PeopleService people) {
        this.preferences = preferences;
        this.experimentations = experimentations;
        this.memberships = memberships;
        this.people = people;
    }

    @GetMapping("/me/preferences")
    String show(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        MailPreferences.Choice choice = preferences.choiceOf(me.viewer());
        model.addAttribute("form", new PreferencesForm(choice.email(), List.copyOf(choice.kinds())));
        return page(me, model);
    }

    @GetMapping("/experimentations/{id}/members/{personId}/preferences")
    String showForMember(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        MailPreferences.Choice choice = preferences.choiceFor(me.viewer(), id, personId);
        model.addAttribute("form", new PreferencesForm(choice.email(), List.copyOf(choice.kinds())));
        return memberPage(me, id, personId, model);
    }

    @PostMapping("/experimentations/{id}/members/{personId}/preferences")
    String changeForMember(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") PreferencesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return memberPage(me, id, personId, model);
        }
        int changed = preferences.changeFor(me.viewer(), id, personId, form.email(), wanted(form));
        redirect.addFlashAttribute("flash", changed == 0 ? "flash.preferencesUnchanged" : "flash.preferencesSaved");
        return "redirect:/experimentations/" + id + "/members/" + personId + "/preferences";
    }

    private static Set<NotificationKind> wanted(PreferencesForm form) {
        Set<NotificationKind> wanted = EnumSet.noneOf(NotificationKind.class);
        if (form.kinds() != null) {
            form.kinds().stream().filter(Objects::nonNull).forEach(wanted::add);
        }
        return wanted;
    }

    @PostMapping("/me/preferences")
    String change(
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") PreferencesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(me, model);
        }
        int changed = preferences.change(me.viewer(), form.email(), wanted(form));
        redirect.addFlashAttribute("flash", changed == 0 ? "flash.preferencesUnchanged" : "flash.preferencesSaved");
        return "redirect:/me/preferences";
    }

    private String memberPage(AccountPrincipal me, long id, long personId, Model model) {
        List<MailConsentChange> history = preferences.historyFor(me.viewer(), id, personId);
        model.addAttribute("history", history);
        model.addAttribute("names", namesIn(history));
        model.addAttribute("kinds", NotificationKind.values());
        model.addAttribute("forMember", true);
        model.addAttribute("experimentationId", id);
        model.addAttribute("personId", personId);
        model.addAttribute("displayName", people.get(personId).getDisplayName());
        return "preferences/mail";
    }

    private Map<Long, String> namesIn(List<MailConsentChange> history) {
        Set<Long> ids = new HashSet<>();
        history.forEach(c -> {
            if (c.getChangedBy() != null) {
                ids.add(c.getChangedBy());
            }
        });
        return new HashMap<>(
                people.byIds(ids).values().stream().collect(Collectors.toMap(Person::getId, Person::getDisplayName)));
    }

    private String page(AccountPrincipal me, Model model) {
        List<MailConsentChange> history = preferences.historyOf(me.viewer());
        Map<Long, String> names = namesIn(history);
        Map<Long, String> titles = new HashMap<>();
        experimentations.visibleTo(me.viewer()).forEach(e -> titles.put(e.getId(), e.getTitle()));
        Map<Long, String> namingIn = new TreeMap<>();
        memberships.membershipsOf(me.getPersonId()).forEach(m -> {
            if (titles.containsKey(m.getExperimentationId())) {
                namingIn.put(m.getExperimentationId(), titles.get(m.getExperimentationId()));
            }
        });
        model.addAttribute("kinds", NotificationKind.values());
        model.addAttribute("history", history);
        model.addAttribute("names", names);
        model.addAttribute("namingIn", namingIn);
        model.addAttribute("forMember", false);
        return "preferences/mail";
    }
}
