package coop.faireavec.demo;

import static coop.faireavec.participation.College.DECISION_MAKERS;
import static coop.faireavec.participation.College.LIVED_EXPERIENCE;
import static coop.faireavec.participation.College.PRACTITIONERS;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.meeting.MeetingDetails;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.participation.College;
import coop.faireavec.security.Viewer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Phase 1 of the second experimentation, the shared diagnosis, as it went: the kick-off, each college among peers
 * (a meeting, then its peer-session step), the crossed discussion, the synthesis (sent back once by the people with
 * lived experience, then agreed by the three colleges), the phase report, which the committee first asks to
 * complete, then approves.
 */
@Component
@ConditionalOnProperty(name = "faireavec.demo.enabled", havingValue = "true")
class SecondDiagnosis {

    private final SecondMeetings meetings;
    private final SecondSteps steps;

    SecondDiagnosis(SecondMeetings meetings, SecondSteps steps) {
        this.meetings = meetings;
        this.steps = steps;
    }

    void run(SecondCast cast, SecondTalk talk, LocalDate start) {
        long id = cast.experimentationId;
        Viewer carrier = cast.carrier;
        kickOff(cast, talk, start.plusDays(16).atTime(18, 0));
        peerSessions(cast, talk, start);
        crossedDiscussion(cast, talk, start.plusDays(62).atTime(14, 0));

        meetings.travelTo(start.plusDays(68).atTime(10, 0));
        steps.complete(carrier, steps.one(carrier, id, "DraftSynthesis", null), "body", SYNTHESIS_1);
        meetings.travelTo(start.plusDays(72).atTime(15, 0));
        // the people with lived experience say what is missing (Maryvonne, noted by the carrier, and two others);
        // two of them agree: their college objects. The other colleges agree.
        steps.completeFor(
                carrier,
                steps.one(carrier, id, "CollectiveValidation", null),
                cast.of(LIVED_EXPERIENCE).get(3).id(),
                ConsentKind.ORAL,
                "decision",
                "DISAGREE",
                "body",
                "Il manque le transport : sans voiture, on ne peut pas aller aux rendez-vous à Rennes.");
        Set<Long> lived = new HashSet<>(Set.of(cast.of(LIVED_EXPERIENCE).get(3).id()));
        steps.completeFor(
                carrier,
                steps.one(carrier, id, "CollectiveValidation", null),
                cast.of(LIVED_EXPERIENCE).get(5).id(),
                ConsentKind.ORAL,
                "decision",
                "DISAGREE",
                "body",
                "Le bus ne passe pas le dimanche : il faut le dire.");
        lived.add(cast.of(LIVED_EXPERIENCE).get(5).id());
        steps.completeFor(
                carrier,
                steps.one(carrier, id, "CollectiveValidation", null),
                cast.of(LIVED_EXPERIENCE).get(7).id(),
                ConsentKind.ORAL,
                "decision",
                "DISAGREE",
                "body",
                "Sans voiture, les démarches prennent la journée.");
        lived.add(cast.of(LIVED_EXPERIENCE).get(7).id());
        steps.answerUpToQuorum(cast, LIVED_EXPERIENCE, lived, "AGREE", null);
        steps.answerUpToQuorum(cast, PRACTITIONERS, Set.of(), "AGREE", "Le constat est juste.");
        steps.answerUpToQuorum(cast, DECISION_MAKERS, Set.of(), "AGREE", null);
        steps.closeValidation(cast);
        meetings.travelTo(start.plusDays(75).atTime(10, 0));
        steps.rework(
                carrier,
                steps.one(carrier, id, "DraftSynthesis", null),
                List.of(
                        "Ajouté : le transport est le premier frein cité ; la commune étudie le prêt du minibus.",
                        "Ajouté : pas de bus le dimanche.",
                        "Ajouté : sans voiture, une démarche prend la journée."),
                "body",
                SYNTHESIS_2);
        meetings.travelTo(start.plusDays(78).atTime(16, 0));
        steps.answerUpToQuorum(cast, LIVED_EXPERIENCE, Set.of(), "AGREE", "Cette fois, le transport y est.");
        steps.answerUpToQuorum(cast, PRACTITIONERS, Set.of(), "AGREE", null);
        steps.answerUpToQuorum(
                cast, DECISION_MAKERS, Set.of(), "AGREE", "D'accord pour présenter ce diagnostic au conseil du CIAS.");
        steps.closeValidation(cast);

        meetings.travelTo(start.plusDays(85).atTime(11, 0));
        steps.complete(carrier, steps.one(carrier, id, "WritePhaseReport", null), "body", REPORT_1);
        meetings.travelTo(start.plusDays(92).atTime(14, 30));
        steps.askForMore(
                cast.committee,
                steps.one(cast.committee, id, "CommitteeReview", null),
                "Merci pour ce bilan.",
                "PARTICIPATION",
                "Combien de personnes concernées ont participé à chaque rencontre ?",
                "REPORT_TEXT",
                "Qu'a-t-on fait pour celles et ceux qui n'ont pas de voiture ?");
        meetings.travelTo(start.plusDays(98).atTime(10, 0));
        steps.rework(
                carrier,
                steps.one(carrier, id, "WritePhaseReport", null),
                List.of(
                        "Le tableau Participation du classeur donne, rencontre par rencontre, les personnes"
                                + " concernées invitées, présentes et qui ont parlé.",
                        "Covoiturage organisé par le CIAS pour chaque rencontre ; la commune étudie le minibus."),
                "body",
                REPORT_1 + REPORT_1_MORE);
        meetings.travelTo(start.plusDays(104).atTime(14, 30));
        steps.approve(
                cast.committee,
                steps.one(cast.committee, id, "CommitteeReview", null),
                "Diagnostic approuvé. La place donnée aux personnes concernées est visible.");
    }

    private void kickOff(SecondCast cast, SecondTalk talk, LocalDateTime at) {
        List<SecondCast.Member> present = new ArrayList<>(cast.pick(LIVED_EXPERIENCE, 0, 1, 2, 3, 4, 5));
        present.addAll(cast.pick(PRACTITIONERS, 0, 1, 2, 3, 4));
        present.addAll(cast.pick(DECISION_MAKERS, 0, 1, 2, 3));
        MeetingDetails details = new MeetingDetails(
                "Rencontre de lancement",
                MeetingKind.PLENARY,
                null,
                at,
                120,
                "Salle du conseil, mairie du Rheu",
                null,
                "1. Se présenter.\n2. Ce que chacun attend de l'expérimentation.\n3. Le calendrier.");
        meetings.hold(
                cast,
                new SecondMeetings.Held(
                        details,
                        steps.one(cast.carrier, cast.experimentationId, "KickOffMeeting", null)
                                .id(),
                        present,
                        talk.oneRound(present, 27),
                        SecondTalk.minutes(
                                details,
                                present,
                                "chacun a dit ce qu'il attend : être écouté, se connaître entre structures, "
                                        + "comprendre ce qui bloque.",
                                "chaque collège se retrouve entre pairs dans le mois."),
                        "Il manque ce que j'ai dit sur le bus : il ne passe pas le dimanche."));
    }

    private void peerSessions(SecondCast cast, SecondTalk talk, LocalDate start) {
        peerSession(
                cast,
                talk,
                LIVED_EXPERIENCE,
                start.plusDays(30).atTime(14, 0),
                "Épicerie solidaire du Rheu",
                cast.pick(LIVED_EXPERIENCE, 0, 1, 2, 3, 4, 5, 6, 7),
                12);
        peerSession(
                cast,
                talk,
                PRACTITIONERS,
                start.plusDays(33).atTime(12, 15),
                "CIAS à l'Ouest de Rennes, Le Rheu",
                cast.pick(PRACTITIONERS, 0, 1, 2, 3, 4, 5, 6),
                10);
        peerSession(
                cast,
                talk,
                DECISION_MAKERS,
                start.plusDays(37).atTime(17, 30),
                "Mairie de Vezin-le-Coquet",
                cast.pick(DECISION_MAKERS, 0, 1, 2, 3, 4),
                8);
        long id = cast.experimentationId;
        Viewer carrier = cast.carrier;
        meetings.travelTo(start.plusDays(41).atTime(10, 0));
        // Sandrine told the carrier what her group said; the others type it themselves
        steps.completeFor(
                carrier,
                steps.one(carrier, id, "PeerSessions", LIVED_EXPERIENCE.name()),
                cast.of(LIVED_EXPERIENCE).get(1).id(),
                ConsentKind.ORAL,
                "body",
                "Entre nous, on a parlé de la honte d'aller demander, des papiers qu'on ne comprend pas et du bus "
                        + "qui ne passe pas le dimanche. Ce qui aide : quelqu'un qui vous connaît.");
        SecondCast.Member morgane = cast.voice(PRACTITIONERS);
        steps.complete(
                morgane.self(),
                steps.one(morgane.self(), id, "PeerSessions", PRACTITIONERS.name()),
                "body",
                "Chaque structure a son dossier et ses horaires. Nous voyons les personnes trop tard, quand la dette "
                        + "est déjà là. Nous voulons nous parler plus tôt entre structures.");
        SecondCast.Member bruno = cast.voice(DECISION_MAKERS);
        steps.complete(
                bruno.self(),
                steps.one(bruno.self(), id, "PeerSessions", DECISION_MAKERS.name()),
                "body",
                "Nous finançons beaucoup de choses qui se recoupent. Nous découvrons que l'accueil compte autant que "
                        + "les aides elles-mêmes.");
    }

    private void peerSession(
            SecondCast cast,
            SecondTalk talk,
            College college,
            LocalDateTime at,
            String place,
            List<SecondCast.Member> present,
            int said) {
        MeetingDetails details = new MeetingDetails(
                "Rencontre entre pairs", MeetingKind.PEER_SESSION, college, at, 90, place, null, "Ce que nous vivons.");
        meetings.hold(
                cast,
                new SecondMeetings.Held(
                        details,
                        null,
                        present,
                        talk.peerRound(college, present, said),
                        SecondTalk.minutes(
                                details,
                                present,
                                "chacun a raconté une démarche qui a bien ou mal marché.",
                                "une personne du groupe redit ces mots à la discussion croisée.")));
    }

    private void crossedDiscussion(SecondCast cast, SecondTalk talk, LocalDateTime at) {
        List<SecondCast.Member> present = new ArrayList<>(cast.pick(LIVED_EXPERIENCE, 0, 1, 2, 3, 9));
        present.addAll(cast.pick(PRACTITIONERS, 0, 1, 5, 7));
        present.addAll(cast.pick(DECISION_MAKERS, 0, 2, 5));
        MeetingDetails details = new MeetingDetails(
                "Discussion croisée : être accueilli",
                MeetingKind.CROSSED_DISCUSSION,
                null,
                at,
                150,
                "Centre social, Vezin-le-Coquet",
                null,
                "1. Chaque collège parle entre pairs.\n2. On croise les regards.\n3. Ce que l'on retient.");
        meetings.hold(
                cast,
                new SecondMeetings.Held(
                        details,
                        steps.one(cast.carrier, cast.experimentationId, "CrossedDiscussion", null)
                                .id(),
                        present,
                        talk.crossed(present, 8, 14),
                        SecondTalk.minutes(
                                details,
                                present,
                                "le premier accueil, le transport et la peur du jugement reviennent dans les trois "
                                        + "collèges.",
                                "le porteur écrit la synthèse du diagnostic à partir de ces mots.")));
    }

    private static final String SYNTHESIS_1 = "Diagnostic partagé, Le Rheu et Vezin-le-Coquet.\n"
            + "1. Le premier accueil décide de la suite : quand on se sent jugé, on ne revient pas.\n"
            + "2. Les démarches en ligne éloignent les personnes sans ordinateur.\n"
            + "3. Les structures se connaissent mal et voient les personnes trop tard.";

    private static final String SYNTHESIS_2 =
            SYNTHESIS_1 + "\n4. Sans voiture, aller à Rennes pour un rendez-vous prend une demi-journée.";

    private static final String REPORT_1 = "Bilan de la phase 1. Six mois, cinq rencontres, les trois collèges. "
            + "Le diagnostic (quatre constats) a été validé par les trois collèges après une correction demandée par "
            + "les personnes concernées. Nous demandons au comité de valider ce diagnostic et d'ouvrir l'appel à "
            + "pistes.";

    private static final String REPORT_1_MORE = "\n\nCompléments demandés par le comité : 6 personnes concernées "
            + "à la rencontre de lancement, 8 entre pairs, 5 à la discussion croisée. Pour les personnes sans "
            + "voiture, le CIAS a organisé du covoiturage et remboursé deux tickets de bus.";
}
