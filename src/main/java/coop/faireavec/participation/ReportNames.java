package coop.faireavec.participation;

import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each member of an experimentation is named in what leaves the platform (reports, the committee's pages).
 * Privacy by default: people of the lived-experience college appear as a stable pseudonym unless they consented to
 * be named; the others are named. Callers check access first.
 */
@Service
@Transactional(readOnly = true)
public class ReportNames {

    private final MembershipService memberships;
    private final PeopleService people;

    ReportNames(MembershipService memberships, PeopleService people) {
        this.memberships = memberships;
        this.people = people;
    }

    /**
     * @param experimentationId the experimentation
     * @return person id → the name to print (a display name or a pseudonym such as "Personne concernée 3"), for every
     *     member; the same pseudonym in every report of that experimentation
     */
    public Map<Long, String> namesFor(long experimentationId) {
        // Contract placeholder: names everyone; the consent and pseudonym work replaces this body.
        List<Membership> members = memberships.membersOf(experimentationId);
        Map<Long, Person> byId =
                people.byIds(members.stream().map(Membership::getPersonId).toList());
        Map<Long, String> names = new HashMap<>();
        byId.forEach((id, p) -> names.put(id, p.getDisplayName()));
        return names;
    }
}
