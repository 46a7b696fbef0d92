package coop.faireavec.demo;

import coop.faireavec.participation.College;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Short French sentences for the demo's meetings, made from a few lists: what each college tends to say, about the
 * things that come up on the west of Rennes (the CAF, the bus, the CIAS's desk, the food bank...). The same seed
 * always gives the same sentences, and a sentence is not given twice.
 */
final class DemoPhrases {

    private static final List<String> TOPICS = List.of(
            "la CAF",
            "le dossier de logement social",
            "le bus pour aller à Rennes",
            "l'accueil du CIAS",
            "l'épicerie solidaire",
            "les rendez-vous en ligne",
            "la cantine des enfants",
            "les factures d'énergie",
            "la mutuelle",
            "le permis de conduire",
            "France Travail",
            "l'aide aux devoirs",
            "les courriers de la préfecture",
            "le médecin traitant");

    private static final Map<College, List<String>> SAYINGS = Map.of(
            College.LIVED_EXPERIENCE,
            List.of(
                    "Pour %s, j'ai attendu trois mois sans réponse.",
                    "Avec %s, on ne sait jamais à qui s'adresser.",
                    "Je n'ose plus demander pour %s, j'ai peur du regard.",
                    "Quand j'ai eu besoin pour %s, c'est une voisine qui m'a aidée.",
                    "Pour %s, il faut tout faire sur internet, et je n'ai pas d'ordinateur.",
                    "On m'a renvoyé d'un bureau à l'autre pour %s.",
                    "Ce qui m'a aidé pour %s, c'est qu'on m'écoute vraiment.",
                    "Pour %s, on me demande des papiers que je n'ai pas.",
                    "J'aimerais qu'on m'explique %s avec des mots simples.",
                    "Pour %s, j'ai eu honte de venir au guichet."),
            College.PRACTITIONERS,
            List.of(
                    "Pour %s, nous n'avons pas le temps d'accompagner jusqu'au bout.",
                    "Les personnes arrivent trop tard chez nous pour %s.",
                    "Pour %s, chaque structure a son propre dossier.",
                    "Nous ne savons pas qui fait quoi sur la commune pour %s.",
                    "Pour %s, un appel entre collègues règle souvent tout.",
                    "Les bénévoles voient passer les difficultés pour %s bien avant nous.",
                    "Pour %s, nous aimerions une permanence commune.",
                    "Sur %s, la dématérialisation a éloigné les gens."),
            College.DECISION_MAKERS,
            List.of(
                    "Pour %s, nous finançons des dispositifs qui se recoupent.",
                    "Je découvre ce soir ce que vit la personne pour %s.",
                    "Pour %s, la commune peut prêter une salle et du temps d'agent.",
                    "Il faut des chiffres simples sur %s pour convaincre le conseil.",
                    "Pour %s, le CIAS peut ouvrir un créneau sans rendez-vous.",
                    "Sur %s, nous devons parler avec le département et la métropole."));

    private static final List<String> CROSSED = List.of(
            "On s'aperçoit qu'on parle de la même chose avec des mots différents.",
            "Le premier accueil compte plus que tout le reste.",
            "Il faudrait une seule personne qui suive le dossier du début à la fin.",
            "Les gens ne viennent pas parce qu'ils ne connaissent pas les aides.",
            "Ce qui manque, c'est du temps pour se parler entre structures.",
            "Aller vers les gens, plutôt qu'attendre qu'ils viennent.",
            "Une réunion comme celle-ci, il en faudrait tous les trois mois.",
            "On peut commencer petit, avec ce qui existe déjà.",
            "Les personnes concernées doivent être là quand on décide.",
            "Un annuaire à jour des acteurs de la commune aiderait tout le monde.",
            "Le transport est le premier frein, avant même les papiers.",
            "Il faut pouvoir venir sans rendez-vous, au moins une fois par semaine.");

    private final Random random;
    private final Set<String> given = new HashSet<>();

    DemoPhrases(long seed) {
        this.random = new Random(seed);
    }

    /** A sentence someone of this college might say, not given before. */
    String of(College college) {
        List<String> sayings = SAYINGS.get(college);
        for (int i = 0; i < 50; i++) {
            String s = sayings.get(random.nextInt(sayings.size())).formatted(TOPICS.get(random.nextInt(TOPICS.size())));
            if (given.add(s)) {
                return s;
            }
        }
        throw new IllegalStateException("not enough sentences for " + college);
    }

    /** A sentence of the crossed round, where the colleges answer each other; repeats once the list is used up. */
    String crossed(int i) {
        return CROSSED.get(i % CROSSED.size());
    }
}
