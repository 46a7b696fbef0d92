package coop.faireavec.demo;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.NewExperimentation;
import coop.faireavec.meeting.Meeting;
import coop.faireavec.meeting.MeetingAttendance;
import coop.faireavec.meeting.MeetingDetails;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.meeting.MeetingWords;
import coop.faireavec.meeting.MinutesService;
import coop.faireavec.meeting.Reply;
import coop.faireavec.notification.NotificationService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.Viewer;
import coop.faireavec.task.StepService;
import coop.faireavec.territory.TerritoryService;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo territory, experimentation and accounts once (password "demo" for all), only in the default
 * run or when faireavec.demo.enabled=true is asked for explicitly.
 */
@Component
@ConditionalOnProperty(name = "faireavec.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String TERRITORY = "Mordelles et environs";
    static final String PASSWORD = "demo";

    private final PeopleService people;
    private final MembershipService memberships;
    private final ExperimentationService experimentations;
    private final TerritoryService territories;
    private final TransactionTemplate tx;
    private final StepService steps;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final MeetingAttendance attendance;
    private final MeetingWords words;
    private final PasswordEncoder encoder;
    private final NotificationService notifications;
    private final DemoSecondExperimentation second;
    private final DemoFunding demoFunding;
    private final DemoDirectory demoDirectory;
    private String demoHash;

    DemoData(
            PeopleService people,
            MembershipService memberships,
            ExperimentationService experimentations,
            TerritoryService territories,
            TransactionTemplate tx,
            StepService steps,
            MeetingService meetings,
            MinutesService minutes,
            MeetingAttendance attendance,
            MeetingWords words,
            PasswordEncoder encoder,
            NotificationService notifications,
            DemoSecondExperimentation second,
            DemoFunding demoFunding,
            DemoDirectory demoDirectory) {
        this.demoFunding = demoFunding;
        this.demoDirectory = demoDirectory;
        this.notifications = notifications;
        this.second = second;
        this.attendance = attendance;
        this.words = words;
        this.encoder = encoder;
        this.steps = steps;
        this.meetings = meetings;
        this.minutes = minutes;
        this.people = people;
        this.memberships = memberships;
        this.experimentations = experimentations;
        this.territories = territories;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (people.accountByUsername("admin").isPresent()) {
            return; // seeded once; the H2 file keeps it across restarts
        }
        tx.executeWithoutResult(status -> seed());
        log.info("Demo data seeded: sign in at {} as porteur / demo", notifications.absoluteLink("/login"));
    }

    private void seed() {
        Person adminPerson = people.createPerson("Administration de la plateforme", null, null);
        people.createDemoAccountWithHash(adminPerson, "admin", demoHash(), true);
        Viewer admin = new Viewer(adminPerson.getId(), "admin", true);

        territories.findOrCreate(TERRITORY);
        Person carrier = person("Claire Porteur", "claire.porteur@example.org", "porteur");
        Experimentation e = experimentations.create(
                admin,
                new NewExperimentation(
                        "Prévenir la précarisation",
                        territories.all().stream()
                                .filter(t -> t.getName().equals(TERRITORY))
                                .findFirst()
                                .orElseThrow()
                                .getId(),
                        null,
                        "Collège coopératif en Bretagne",
                        "Expérimentation sociale coopérative pour mieux prévenir la précarisation sur le territoire, "
                                + "avec les personnes concernées, les accompagnants et les décideurs.",
                        LocalDate.now().minusMonths(1),
                        LocalDate.now().plusMonths(23),
                        "precarity-prevention"));
        long id = e.getId();
        memberships.addMember(carrier.getId(), id, null, Set.of(ExperimentationRole.CARRIER));
        Person committee = person("Jean Comité", null, "comite");
        memberships.addMember(committee.getId(), id, null, Set.of(ExperimentationRole.COMMITTEE));

        Person camille = participant(id, College.LIVED_EXPERIENCE, person("Camille", null, "camille"));
        Person nadia = participant(id, College.LIVED_EXPERIENCE, person("Nadia", null, null));
        participant(id, College.LIVED_EXPERIENCE, person("Joël", null, null));
        Person fatou = participant(id, College.LIVED_EXPERIENCE, person("Fatou", null, null));
        Person sam = participant(id, College.PRACTITIONERS, person("Sam Leroux (CCAS)", "sam@example.org", "sam"));
        Person lea = participant(id, College.PRACTITIONERS, person("Léa Martin (épicerie solidaire)", null, null));
        participant(id, College.PRACTITIONERS, person("Marc Durand (bénévole)", null, null));
        participant(id, College.PRACTITIONERS, person("Inès Robert (CDAS)", null, null));
        Person dominique =
                participant(id, College.DECISION_MAKERS, person("Dominique Bernard (élue)", null, "dominique"));
        Person helene = participant(id, College.DECISION_MAKERS, person("Hélène Petit (département)", null, null));
        participant(id, College.DECISION_MAKERS, person("Patrick Moreau (métropole)", null, null));

        experimentations.start(admin, id);

        // the kick-off meeting took place and its minutes were validated by the three colleges: each college now
        // has its peer session to do (camille, sam, dominique)
        Viewer porteur = new Viewer(carrier.getId(), "porteur", false);
        steps.mySteps(porteur).stream()
                .filter(s -> s.taskKey().equals("KickOffMeeting"))
                .findFirst()
                .ifPresent(kickOff -> holdKickOff(
                        porteur, id, kickOff.id(), List.of(camille, nadia, fatou, sam, lea, dominique, helene)));

        // the crossed discussion is planned already; the carrier links it to its step when the step opens
        Meeting crossed = meetings.plan(
                porteur,
                id,
                new MeetingDetails(
                        "Discussion croisée : l'accueil au guichet",
                        MeetingKind.CROSSED_DISCUSSION,
                        null,
                        LocalDate.now().plusWeeks(3).atTime(14, 0),
                        150,
                        "Maison des associations, salle 2",
                        null,
                        "1. Chaque collège parle entre pairs.\n2. On croise les regards.\n3. Ce que l'on retient."),
                null);
        attendance.invite(porteur, id, crossed.getId(), EnumSet.allOf(College.class), List.of());
        attendance.reply(porteur, id, crossed.getId(), Reply.YES, nadia.getId());
        second.seed(admin, id);
        demoFunding.seed(id, porteur);
        demoDirectory.seed(e.getTerritory().getId(), porteur);
    }

    private void holdKickOff(Viewer porteur, long id, String taskId, List<Person> present) {
        Meeting kickOff = meetings.plan(
                porteur,
                id,
                new MeetingDetails(
                        "Rencontre de lancement",
                        MeetingKind.PLENARY,
                        null,
                        LocalDate.now().minusWeeks(2).atTime(18, 0),
                        120,
                        "Maison des associations, 2 rue de la Gare",
                        null,
                        "Faire connaissance. Ce que chacun attend de l'expérimentation."),
                taskId);
        long mid = kickOff.getId();
        // it took place two weeks ago: the attendance says who came (invitations close when a meeting starts)
        attendance.attendance(
                porteur, id, mid, present.stream().map(Person::getId).toList());
        words.speak(
                porteur,
                id,
                mid,
                "MAIN",
                "Je veux qu'on m'écoute sans me juger.",
                present.get(1).getId(),
                ConsentKind.ORAL,
                null);
        words.speak(
                porteur,
                id,
                mid,
                "MAIN",
                "On court après les dossiers ; on voudrait plus de temps pour les " + "personnes.",
                present.get(3).getId(),
                ConsentKind.ORAL,
                null);
        words.speak(
                porteur,
                id,
                mid,
                "MAIN",
                "Nous voulons comprendre ce qui bloque au guichet.",
                present.get(5).getId(),
                ConsentKind.ORAL,
                null);
        minutes.saveMinutes(
                porteur,
                id,
                mid,
                "Rencontre de lancement à la maison des associations : 7 personnes, "
                        + "les trois collèges. Chacun a dit ce qu'il attend de l'expérimentation.\n\n"
                        + "Décisions : chaque collège se retrouve entre pairs dans le mois.");
        minutes.submitMinutes(porteur, id, mid);
        // one person of each college present read the minutes and agreed: Camille, Sam and Dominique
        for (Person p : List.of(present.get(0), present.get(3), present.get(5))) {
            Viewer them =
                    new Viewer(p.getId(), people.usernamesOf(List.of(p.getId())).get(p.getId()), false);
            minutes.validateMinutes(them, id, mid, true, null, null, null, null);
        }
    }

    /**
     * The demo password "demo" is far below {@link coop.faireavec.people.PasswordPolicy} on purpose (a demo anyone
     * may try): it is stored as a hash made here, never through the paths people use to choose a password.
     */
    private String demoHash() {
        if (demoHash == null) {
            demoHash = encoder.encode(PASSWORD);
        }
        return demoHash;
    }

    private Person person(String name, String email, String username) {
        Person p = people.createPerson(name, email, null);
        if (username != null) {
            people.createDemoAccountWithHash(p, username, demoHash(), false);
        }
        return p;
    }

    private Person participant(long experimentationId, College college, Person p) {
        memberships.addMember(p.getId(), experimentationId, college, Set.of(ExperimentationRole.PARTICIPANT));
        return p;
    }
}
