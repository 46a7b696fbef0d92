package coop.faireavec.demo;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MemberService;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The people of the demo's second experimentation (Le Rheu and Vezin-le-Coquet), added as a carrier adds them:
 * fifteen people with lived experience (first names only, no address; one with an account), twelve practitioners
 * and nine decision-makers of the west of Rennes, three of them already in the first experimentation (the
 * département, the metropolis, the CDAS), and the steering committee with the demo's {@code comite}.
 */
@Component
@ConditionalOnProperty(name = "faireavec.demo.enabled", havingValue = "true")
class SecondPeople {

    private static final List<String> LIVED_EXPERIENCE = List.of(
            "Sandrine L.",
            "Kévin M.",
            "Maryvonne T.",
            "Aïcha B.",
            "Ludovic P.",
            "Émilie R.",
            "Gérard H.",
            "Sylvie C.",
            "Mohamed K.",
            "Océane D.",
            "Thierry G.",
            "Nathalie F.",
            "Yannick V.",
            "Brigitte N.");

    private static final List<String[]> PRACTITIONERS = List.of(
            new String[] {"Thomas Guérin (épicerie solidaire du Rheu)", "t.guerin@example.org"},
            new String[] {"Soizic Rault (Secours populaire)", null},
            new String[] {"Julien Chevalier (mission locale)", "j.chevalier@example.org"},
            new String[] {"Anne-Laure Texier (CAF)", "al.texier@example.org"},
            new String[] {"Pierre Jouan (bénévole, aide aux devoirs)", null},
            new String[] {"Fanny Bouvier (centre social)", "f.bouvier@example.org"},
            new String[] {"Erwan Le Goff (France Travail)", null},
            new String[] {"Hervé Lemoine (Restos du cœur)", null},
            new String[] {"Lina Haddad (médiatrice numérique)", "l.haddad@example.org"},
            new String[] {"Marie Gautier (infirmière de PMI)", null});

    private static final List<String[]> DECISION_MAKERS = List.of(
            new String[] {"Isabelle Delaunay (adjointe, Vezin-le-Coquet)", "i.delaunay@example.org"},
            new String[] {"Gilles Renault (vice-président du CIAS)", null},
            new String[] {"Christine Lebreton (directrice du CIAS)", "c.lebreton@example.org"},
            new String[] {"Philippe Masson (CAF, responsable de territoire)", null},
            new String[] {"Karine Le Roux (bailleur social)", null},
            new String[] {"Laurent Bizeul (conseiller municipal, Le Rheu)", null});

    /** People of the first experimentation who also work on the neighbouring territory (no account). */
    private static final List<String> REUSED_PRACTITIONERS = List.of("Inès Robert (CDAS)");

    private static final List<String> REUSED_DECISION_MAKERS =
            List.of("Hélène Petit (département)", "Patrick Moreau (métropole)");

    private final PeopleService people;
    private final MembershipService memberships;
    private final MemberService members;
    private final PasswordEncoder encoder;

    SecondPeople(PeopleService people, MembershipService memberships, MemberService members, PasswordEncoder encoder) {
        this.people = people;
        this.memberships = memberships;
        this.members = members;
        this.encoder = encoder;
    }

    /**
     * Adds everyone to the experimentation (its creator, an administrator, is already its carrier) and returns the
     * cast. {@code firstExperimentationId} is where the reused people are found.
     */
    SecondCast enrol(Viewer admin, long id, long firstExperimentationId) {
        String hash = encoder.encode(DemoData.PASSWORD);
        Viewer carrier = join(admin, id, "porteur", null, ExperimentationRole.CARRIER);
        Viewer committee = join(admin, id, "comite", null, ExperimentationRole.COMMITTEE);
        SecondCast cast = new SecondCast(id, carrier, committee);
        for (String name : List.of("Françoise Morin (Fondation de France)", "Yves Cadiou (conseil départemental)")) {
            members.addNewPerson(
                    carrier,
                    id,
                    new MemberService.NewMember(name, null, null, null, ExperimentationRole.COMMITTEE, null, null));
        }
        Map<String, Person> reused = reusedPeople(firstExperimentationId);

        List<SecondCast.Member> lived = new ArrayList<>();
        lived.add(withAccount(carrier, id, "Rachid B.", null, "rachid", hash, College.LIVED_EXPERIENCE));
        LIVED_EXPERIENCE.forEach(n -> lived.add(added(carrier, id, n, null, College.LIVED_EXPERIENCE)));
        cast.colleges.put(College.LIVED_EXPERIENCE, lived);

        List<SecondCast.Member> practitioners = new ArrayList<>();
        practitioners.add(withAccount(
                carrier,
                id,
                "Morgane Le Bihan (CIAS à l'Ouest de Rennes)",
                "m.lebihan@example.org",
                "morgane",
                hash,
                College.PRACTITIONERS));
        PRACTITIONERS.forEach(p -> practitioners.add(added(carrier, id, p[0], p[1], College.PRACTITIONERS)));
        REUSED_PRACTITIONERS.forEach(n -> practitioners.add(existing(id, reused.get(n), College.PRACTITIONERS)));
        cast.colleges.put(College.PRACTITIONERS, practitioners);

        List<SecondCast.Member> deciders = new ArrayList<>();
        deciders.add(withAccount(
                carrier,
                id,
                "Bruno Hamon (adjoint aux solidarités, Le Rheu)",
                null,
                "bruno",
                hash,
                College.DECISION_MAKERS));
        DECISION_MAKERS.forEach(p -> deciders.add(added(carrier, id, p[0], p[1], College.DECISION_MAKERS)));
        REUSED_DECISION_MAKERS.forEach(n -> deciders.add(existing(id, reused.get(n), College.DECISION_MAKERS)));
        cast.colleges.put(College.DECISION_MAKERS, deciders);

        // the CIAS's social worker notes what people say when they cannot or would rather not type it
        cast.recorder = practitioners.get(0);
        members.allowRecordingForOthers(carrier, id, cast.recorder.id(), true);
        return cast;
    }

    /** A demo account (porteur, comite) joins as an existing account; returns it as a viewer. */
    private Viewer join(Viewer admin, long id, String username, College college, ExperimentationRole role) {
        Person p = members.addExistingAccount(admin, id, username, college, role);
        return new Viewer(p.getId(), username, false);
    }

    private SecondCast.Member added(Viewer carrier, long id, String name, String email, College college) {
        Person p = members.addNewPerson(
                carrier,
                id,
                new MemberService.NewMember(name, email, null, college, ExperimentationRole.PARTICIPANT, null, null));
        return new SecondCast.Member(p, college, null);
    }

    /**
     * Someone with a demo account (password "demo", below the password policy on purpose, so made from its hash as
     * {@link DemoData} does), added by the carrier as an existing account.
     */
    private SecondCast.Member withAccount(
            Viewer carrier, long id, String name, String email, String username, String hash, College college) {
        Person p = people.createPerson(name, email, null);
        people.createDemoAccountWithHash(p, username, hash, false);
        members.addExistingAccount(carrier, id, username, college, ExperimentationRole.PARTICIPANT);
        return new SecondCast.Member(p, college, new Viewer(p.getId(), username, false));
    }

    private SecondCast.Member existing(long id, Person p, College college) {
        memberships.addMember(p.getId(), id, college, Set.of(ExperimentationRole.PARTICIPANT));
        return new SecondCast.Member(p, college, null);
    }

    private Map<String, Person> reusedPeople(long firstExperimentationId) {
        List<Long> ids = memberships.membersOf(firstExperimentationId).stream()
                .map(m -> m.getPersonId())
                .toList();
        return people.byIds(ids).values().stream()
                .collect(Collectors.toMap(Person::getDisplayName, Function.identity(), (a, b) -> a));
    }
}
