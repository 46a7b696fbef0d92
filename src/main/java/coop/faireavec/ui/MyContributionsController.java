package coop.faireavec.ui;

import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.AccountPrincipal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A person sees everything recorded in their name, including what others recorded for them, and how they agreed. */
@Controller
class MyContributionsController {

    private final ContributionService contributions;
    private final ExperimentationService experimentations;
    private final PeopleService people;
    private final MembershipService memberships;

    MyContributionsController(
            ContributionService contributions,
            ExperimentationService experimentations,
            PeopleService people,
            MembershipService memberships) {
        this.contributions = contributions;
        this.experimentations = experimentations;
        this.people = people;
        this.memberships = memberships;
    }

    @GetMapping("/me/contributions")
    String mine(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        List<Contribution> list = contributions.byAuthor(me.getPersonId());
        Set<Long> ids = new HashSet<>();
        ids.add(me.getPersonId());
        list.forEach(c -> ids.add(c.getRecordedById()));
        Map<Long, String> names =
                people.byIds(ids).values().stream().collect(Collectors.toMap(Person::getId, Person::getDisplayName));
        Map<Long, String> titles = new HashMap<>();
        experimentations.visibleTo(me.viewer()).forEach(e -> titles.put(e.getId(), e.getTitle()));
        model.addAttribute("contributions", list);
        model.addAttribute("names", names);
        model.addAttribute("titles", titles);
        // "my name in the reports": one link per experimentation the person is a member of
        Map<Long, String> namingIn = new TreeMap<>();
        memberships.membershipsOf(me.getPersonId()).forEach(m -> {
            if (titles.containsKey(m.getExperimentationId())) {
                namingIn.put(m.getExperimentationId(), titles.get(m.getExperimentationId()));
            }
        });
        model.addAttribute("namingIn", namingIn);
        return "contribution/mine";
    }
}
