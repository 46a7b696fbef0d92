package coop.faireavec.demo;

import static coop.faireavec.participation.College.DECISION_MAKERS;
import static coop.faireavec.participation.College.LIVED_EXPERIENCE;
import static coop.faireavec.participation.College.PRACTITIONERS;

import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.meeting.MeetingDetails;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.participation.College;
import coop.faireavec.process.StepView;
import coop.faireavec.security.Viewer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Phase 2 of the second experimentation, the action leads, and the start of phase 3: five leads proposed, the call
 * closed, the crossed discussion on the leads, every member's ballot (those without an account recorded by the
 * carrier), the vote closed, the action plan with the two best-graded leads (the third preselected one left out
 * with its reason), agreed by the three colleges, the report
 * approved by the committee; then the CIAS's social worker plans the first experiment.
 */
@Component
@ConditionalOnProperty(name = "faireavec.demo.enabled", havingValue = "true")
class SecondLeads {

    private final ActionLeadService leads;
    private final SecondMeetings meetings;
    private final SecondSteps steps;

    SecondLeads(ActionLeadService leads, SecondMeetings meetings, SecondSteps steps) {
        this.leads = leads;
        this.meetings = meetings;
        this.steps = steps;
    }

    /** A ballot's fields: one line per lead (lead id, answer). */
    private static Object[] ballot(Map<Long, String> grades) {
        List<Object> fields = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Long, String> g : new TreeMap<>(grades).entrySet()) {
            fields.addAll(List.of("lines[" + i + "].leadId", g.getKey(), "lines[" + i + "].grade", g.getValue()));
            i++;
        }
        return fields.toArray();
    }

    void run(SecondCast cast, SecondTalk talk, LocalDateTime crossedAt) {
        long id = cast.experimentationId;
        Viewer carrier = cast.carrier;
        Viewer rachid = cast.voice(LIVED_EXPERIENCE).self();
        Viewer morgane = cast.voice(PRACTITIONERS).self();
        Viewer bruno = cast.voice(DECISION_MAKERS).self();
        meetings.travelTo(crossedAt.minusDays(14));
        long walkIn = propose(
                rachid,
                id,
                "Un accueil sans rendez-vous le mardi matin",
                "Au CIAS du Rheu, une matinée où l'on peut venir sans rendez-vous, avec un café.");
        long referent = propose(
                morgane,
                id,
                "Un référent de parcours pour chaque famille",
                "Une seule personne qui suit le dossier d'un bout à l'autre, quelle que soit la structure.");
        long transport = propose(
                bruno,
                id,
                "Un transport solidaire vers Rennes",
                "Des bénévoles qui conduisent aux rendez-vous, avec le minibus de la commune.");
        propose(
                carrier,
                id,
                "Un annuaire partagé des acteurs de la commune",
                "Proposé par le groupe des accompagnants : qui fait quoi, à jour, sur papier et en ligne.");
        propose(
                morgane,
                id,
                "Des ateliers numériques au centre social",
                "Apprendre à faire ses démarches en ligne, ou les faire ensemble.");
        steps.close(carrier, steps.one(carrier, id, "CallForLeadsOpen", null));

        crossedDiscussionOnLeads(cast, talk, crossedAt);

        // every member with a college grades the leads (one shared step); the carrier records the ballots of those
        // who voted by a show of hands at the crossed discussion, with their oral consent; then closes the vote
        StepView vote = steps.one(carrier, id, "PrioritisationVote", null);
        Map<College, Map<Long, String>> grades = Map.of(
                LIVED_EXPERIENCE, Map.of(walkIn, "ESSENTIAL", transport, "ESSENTIAL", referent, "USEFUL"),
                PRACTITIONERS, Map.of(walkIn, "ESSENTIAL", transport, "USEFUL", referent, "IMPORTANT"),
                DECISION_MAKERS, Map.of(walkIn, "IMPORTANT", transport, "IMPORTANT", referent, "NOT_PRIORITY"));
        for (College college : List.of(LIVED_EXPERIENCE, PRACTITIONERS, DECISION_MAKERS)) {
            Object[] ballot = ballot(grades.get(college));
            for (SecondCast.Member m : cast.of(college)) {
                if (m.self() != null) {
                    steps.complete(m.self(), vote, ballot);
                } else {
                    steps.completeFor(carrier, vote, m.id(), ConsentKind.ORAL, ballot);
                }
            }
        }
        steps.close(carrier, vote, null);
        meetings.travelTo(crossedAt.plusDays(7));
        steps.complete(
                carrier,
                steps.one(carrier, id, "WriteActionPlan", null),
                "leadIds",
                List.of(walkIn, transport),
                "reasons[0].leadId",
                referent,
                "reasons[0].text",
                "Le référent demande du temps que les structures n'ont pas encore : nous le reprendrons au bilan.",
                "body",
                ACTION_PLAN);
        meetings.travelTo(crossedAt.plusDays(10));
        steps.completeFor(
                carrier,
                steps.one(carrier, id, "CollectiveValidation", null),
                cast.of(LIVED_EXPERIENCE).get(4).id(),
                ConsentKind.WRITTEN,
                "decision",
                "AGREE",
                "body",
                "D'accord, si on peut venir avec ses enfants le mardi.");
        steps.answerUpToQuorum(
                cast, LIVED_EXPERIENCE, Set.of(cast.of(LIVED_EXPERIENCE).get(4).id()), "AGREE", null);
        steps.complete(
                morgane, steps.one(morgane, id, "CollectiveValidation", null), "decision", "AGREE", "body", null);
        steps.complete(
                bruno,
                steps.one(bruno, id, "CollectiveValidation", null),
                "decision",
                "AGREE",
                "body",
                "La commune prête le minibus le jeudi.");
        steps.answerUpToQuorum(cast, PRACTITIONERS, Set.of(morgane.personId()), "AGREE", null);
        steps.answerUpToQuorum(cast, DECISION_MAKERS, Set.of(bruno.personId()), "AGREE", null);
        steps.closeValidation(cast);
        meetings.travelTo(crossedAt.plusDays(12));
        steps.complete(carrier, steps.one(carrier, id, "WritePhaseReport", null), "body", REPORT_2);
        meetings.travelTo(crossedAt.plusDays(18));
        steps.approve(
                cast.committee,
                steps.one(cast.committee, id, "CommitteeReview", null),
                "Plan d'action approuvé. Le comité suivra les indicateurs de fréquentation de l'accueil.");

        // phase 3: the CIAS's social worker plans the walk-in morning with a mixed team
        StepView plan = steps.open(morgane, id, "PlanExperiment").stream()
                .filter(s -> Long.valueOf(walkIn).equals(s.leadId()))
                .findFirst()
                .orElseThrow();
        meetings.travelTo(crossedAt.plusDays(23));
        steps.complete(
                morgane,
                plan,
                "goal",
                EXPERIMENT_PLAN,
                "startsOn",
                crossedAt.plusDays(30).toLocalDate().toString(),
                "endsOn",
                crossedAt.plusDays(330).toLocalDate().toString(),
                "teamIds",
                List.of(
                        cast.of(LIVED_EXPERIENCE).get(0).id(),
                        cast.of(LIVED_EXPERIENCE).get(1).id(),
                        cast.voice(PRACTITIONERS).id(),
                        cast.of(DECISION_MAKERS).get(0).id()),
                "indicators[0].name",
                "Personnes accueillies le mardi",
                "indicators[0].unit",
                "personnes",
                "indicators[0].baseline",
                "0",
                "indicators[0].target",
                "15",
                "indicators[0].direction",
                "HIGHER_IS_BETTER",
                "indicators[1].name",
                "Premières venues",
                "indicators[1].unit",
                "personnes",
                "indicators[1].baseline",
                "0",
                "indicators[1].target",
                "5",
                "indicators[1].direction",
                "HIGHER_IS_BETTER");
    }

    private long propose(Viewer viewer, long id, String title, String description) {
        return leads.propose(viewer, id, title, description).getId();
    }

    private void crossedDiscussionOnLeads(SecondCast cast, SecondTalk talk, LocalDateTime at) {
        List<SecondCast.Member> present = new ArrayList<>(cast.pick(LIVED_EXPERIENCE, 0, 1, 6, 7, 8, 10));
        present.addAll(cast.pick(PRACTITIONERS, 0, 4, 6, 9));
        present.addAll(cast.pick(DECISION_MAKERS, 0, 1, 3, 7));
        MeetingDetails details = new MeetingDetails(
                "Discussion croisée sur les pistes",
                MeetingKind.CROSSED_DISCUSSION,
                null,
                at,
                150,
                "Salle polyvalente, Le Rheu",
                null,
                "1. Chaque collège regarde les cinq pistes.\n2. On croise les avis.\n3. Ce qu'il faut pour tester.");
        meetings.hold(
                cast,
                new SecondMeetings.Held(
                        details,
                        steps.one(cast.carrier, cast.experimentationId, "CrossedDiscussionOnLeads", null)
                                .id(),
                        present,
                        talk.crossed(present, 6, 12),
                        SecondTalk.minutes(
                                details,
                                present,
                                "l'accueil sans rendez-vous plaît aux trois collèges ; le transport est le premier "
                                        + "frein pour les personnes concernées.",
                                "chaque collège vote dans les quinze jours.")));
    }

    private static final String ACTION_PLAN = "Plan d'action. Deux pistes testées pendant dix mois :\n"
            + "1. Un accueil sans rendez-vous le mardi matin au CIAS du Rheu (équipe : deux personnes concernées, "
            + "deux accompagnants, une élue).\n"
            + "2. Un transport solidaire vers Rennes avec le minibus de la commune, le jeudi.\n"
            + "Indicateurs : nombre de personnes accueillies, premières venues, trajets faits.";

    private static final String REPORT_2 = "Bilan de la phase 2. Cinq pistes proposées, une discussion croisée, "
            + "trois votes. Deux pistes retenues par au moins deux collèges sur trois. Nous demandons au comité "
            + "d'approuver le plan d'action et de lancer les expériences.";

    private static final String EXPERIMENT_PLAN = "Accueil sans rendez-vous : chaque mardi de 9 h à 12 h, salle du "
            + "CIAS. Deux personnes concernées accueillent avec une travailleuse sociale. On note combien de "
            + "personnes viennent et si c'est leur première venue. Point d'étape dans un mois.";
}
