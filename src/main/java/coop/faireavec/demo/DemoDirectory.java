package coop.faireavec.demo;

import coop.faireavec.directory.CorrespondentRoster;
import coop.faireavec.directory.DirectoryService;
import coop.faireavec.directory.ServiceDetails;
import coop.faireavec.directory.Structure;
import coop.faireavec.directory.StructureDetails;
import coop.faireavec.security.Viewer;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo territory's directory of local actors (issue #17): 25 organisations with their services, all fictional
 * (addresses and contacts made up, example.org), placed around Mordelles; four were last verified more than a year
 * ago and show "à vérifier". Recorded through {@link DirectoryService} by the carrier, the stale ones with the demo
 * clock moved back. Two practitioners (Sam and Inès) are its correspondents: their first round opens with the stale
 * records shared out between them.
 */
@Component
@ConditionalOnProperty(name = "faireavec.demo.enabled", havingValue = "true")
class DemoDirectory {

    private static final String ALIMENTATION = "equipement-et-alimentation--alimentation";
    private static final String HABILLEMENT = "equipement-et-alimentation--habillement";
    private static final String DROITS =
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits";
    private static final String DEMARCHES =
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives";
    private static final String BUDGET = "difficultes-financieres--ameliorer-sa-gestion-budgetaire";
    private static final String DETTES = "difficultes-financieres--situation-dendettement-surendettement";
    private static final String NUMERIQUE = "numerique--maitriser-les-fondamentaux-du-numerique";
    private static final String EN_LIGNE = "numerique--acceder-a-des-services-en-ligne";
    private static final String LIEN_SOCIAL = "remobilisation--lien-social";
    private static final String PARENTALITE = "famille--soutien-a-la-parentalite-et-a-leducation";
    private static final String SOINS = "sante--acces-aux-soins";
    private static final String MOBILITE = "mobilite--etre-accompagne-dans-son-parcours-mobilite";
    private static final String EMPLOI = "trouver-un-emploi--repondre-a-des-offres-demploi";
    private static final String LOGEMENT = "logement-hebergement--se-maintenir-dans-le-logement";
    private static final String HEBERGEMENT = "logement-hebergement--rechercher-une-solution-dhebergement-temporaire";

    private final DirectoryService directory;
    private final SecondMeetings time;
    private final CorrespondentRoster correspondents;
    private final DemoMonographs monographs;

    DemoDirectory(
            DirectoryService directory,
            SecondMeetings time,
            CorrespondentRoster correspondents,
            DemoMonographs monographs) {
        this.directory = directory;
        this.time = time;
        this.correspondents = correspondents;
        this.monographs = monographs;
    }

    /** Records the directory of the territory, as its carrier would; the clock is back to now afterwards. */
    void seed(long territoryId, Viewer carrier) {
        LocalDate today = directory.today();
        org(
                carrier,
                territoryId,
                "CCAS de Mordelles",
                "Mordelles",
                48.0747,
                -1.8436,
                "ccas-cias",
                "Le centre communal d'action sociale accueille, informe et oriente les habitants.",
                svc("Aide alimentaire d'urgence", "aide-materielle", ALIMENTATION, "tous-publics"),
                svc("Accompagnement aux démarches", "accompagnement", DEMARCHES, "tous-publics"));
        org(
                carrier,
                territoryId,
                "CIAS à l'Ouest de Rennes",
                "Le Rheu",
                48.1008,
                -1.7947,
                "ccas-cias",
                "Aides facultatives, domiciliation, accompagnement budgétaire.",
                svc("Aide à la gestion du budget", "accompagnement", BUDGET, "familles"));
        org(
                carrier,
                territoryId,
                "CDAS du Pays de Brocéliande",
                "Mordelles",
                48.0762,
                -1.8471,
                "departements",
                "Le centre départemental d'action sociale : assistantes sociales, PMI, insertion.",
                svc("Permanence d'assistante sociale", "accompagnement", DROITS, "tous-publics"),
                svc("Consultations de PMI", "accompagnement", PARENTALITE, "familles"));
        org(
                carrier,
                territoryId,
                "Caisse d'allocations familiales — point d'accueil",
                "Mordelles",
                48.0739,
                -1.8419,
                "caf",
                "Rendez-vous pour les prestations familiales, le RSA et la prime d'activité.",
                svc("Rendez-vous prestations", "information", DROITS, "familles"));
        org(
                carrier,
                territoryId,
                "Épicerie solidaire La Courte Échelle",
                "Mordelles",
                48.0731,
                -1.8402,
                null,
                "Des produits à petit prix pour les foyers orientés par un travailleur social.",
                svc("Épicerie à petits prix", "aide-materielle", ALIMENTATION, "beneficiaires-des-minimas-sociaux"),
                svc("Atelier cuisine du jeudi", "atelier", LIEN_SOCIAL, "tous-publics"));
        org(
                carrier,
                territoryId,
                "Secours populaire — comité de Mordelles",
                "Mordelles",
                48.0758,
                -1.8390,
                "secours-populaire",
                "Aide alimentaire, vestiaire, vacances, accès à la culture.",
                svc("Distribution alimentaire", "aide-materielle", ALIMENTATION, "tous-publics"),
                svc("Vestiaire solidaire", "aide-materielle", HABILLEMENT, "tous-publics"));
        org(
                carrier,
                territoryId,
                "Restos du cœur — Le Rheu",
                "Le Rheu",
                48.1021,
                -1.7968,
                "restos-du-coeur",
                "Repas et colis l'hiver, accompagnement vers les droits.",
                svc("Campagne d'hiver", "aide-materielle", ALIMENTATION, "tous-publics"));
        org(
                carrier,
                territoryId,
                "Mission locale du bassin rennais — antenne ouest",
                "Le Rheu",
                48.0995,
                -1.7921,
                "mission-locale",
                "Emploi, formation, logement et santé pour les 16-25 ans.",
                svc("Accompagnement des jeunes", "accompagnement", EMPLOI, "jeunes"));
        org(
                carrier,
                territoryId,
                "Tiers-lieu La Grange",
                "Chavagne",
                48.0536,
                -1.7869,
                null,
                "Un lieu partagé : café associatif, atelier de réparation, jardin, numérique.",
                svc("Café associatif", "atelier", LIEN_SOCIAL, "tous-publics"),
                svc("Atelier numérique", "atelier", NUMERIQUE, "seniors"));
        org(
                carrier,
                territoryId,
                "France services de Mordelles",
                "Mordelles",
                48.0750,
                -1.8445,
                null,
                "Un guichet pour les démarches : impôts, retraite, santé, famille, emploi.",
                svc("Aide aux démarches en ligne", "accompagnement", EN_LIGNE, "tous-publics"));
        org(
                carrier,
                territoryId,
                "Croix-Rouge — unité locale",
                "Bréal-sous-Montfort",
                48.0483,
                -1.8653,
                "croix-rouge",
                "Aide alimentaire, vestiboutique, maraude l'hiver.",
                svc("Vestiboutique", "aide-materielle", HABILLEMENT, "tous-publics"));
        org(
                carrier,
                territoryId,
                "Emmaüs — boutique solidaire",
                "Le Rheu",
                48.1033,
                -1.7899,
                "emmaus",
                "Meubles, vêtements et objets à petit prix.",
                svc("Boutique solidaire", "aide-materielle", HABILLEMENT, "tous-publics"));
        org(
                carrier,
                territoryId,
                "Point conseil budget de l'UDAF",
                "Mordelles",
                48.0744,
                -1.8410,
                null,
                "Conseils gratuits pour les difficultés d'argent et le surendettement.",
                svc("Rendez-vous conseil budget", "accompagnement", DETTES, "tous-publics"));
        org(
                carrier,
                territoryId,
                "Centre social Les Mélèzes",
                "L'Hermitage",
                48.1236,
                -1.8578,
                null,
                "Activités pour tous les âges, accueil des familles, sorties.",
                svc("Accueil des familles", "atelier", PARENTALITE, "familles"));
        org(
                carrier,
                territoryId,
                "Maison de santé pluriprofessionnelle",
                "Cintré",
                48.1044,
                -1.8742,
                null,
                "Médecins, infirmiers et kinés ; une permanence d'accès aux soins.",
                svc("Permanence d'accès aux soins", "accompagnement", SOINS, "tous-publics"));
        org(
                carrier,
                territoryId,
                "Association Mobil'Emploi",
                "Saint-Gilles",
                48.1533,
                -1.8231,
                null,
                "Location de scooters et voitures à petit prix pour aller au travail.",
                svc("Location solidaire de véhicules", "aide-materielle", MOBILITE, "demandeurs-emploi"));
        org(
                carrier,
                territoryId,
                "France Travail — agence de Rennes Ouest",
                "Vezin-le-Coquet",
                48.1183,
                -1.7533,
                "france-travail",
                "L'agence pour l'emploi des communes de l'ouest rennais.",
                svc("Inscription et accompagnement", "accompagnement", EMPLOI, "demandeurs-emploi"));
        org(
                carrier,
                territoryId,
                "Résidence sociale Le Relais",
                "Mordelles",
                48.0769,
                -1.8480,
                null,
                "Logements temporaires meublés avec un accompagnement.",
                svc("Logement temporaire", "accompagnement", HEBERGEMENT, "personnes-en-situation-durgence"));
        org(
                carrier,
                territoryId,
                "Association Toit Partagé",
                "Chavagne",
                48.0550,
                -1.7840,
                null,
                "Aide pour rester dans son logement : impayés, petits travaux, médiation.",
                svc("Prévention des expulsions", "accompagnement", LOGEMENT, "tous-publics"));
        org(
                carrier,
                territoryId,
                "Médiathèque Les Mots Passants",
                "Mordelles",
                48.0741,
                -1.8428,
                null,
                "Lecture, postes internet en accès libre, ateliers numériques.",
                svc("Postes internet en accès libre", "information", EN_LIGNE, "tous-publics"));
        org(
                carrier,
                territoryId,
                "Jardins partagés de la Vilaine",
                "Bréal-sous-Montfort",
                48.0495,
                -1.8620,
                null,
                "Des parcelles à cultiver ensemble et des légumes à partager.",
                svc("Jardiner ensemble", "atelier", LIEN_SOCIAL, "tous-publics"));
        // last verified more than a year ago: "à vérifier"
        time.travelTo(today.minusMonths(15).atTime(10, 0));
        org(
                carrier,
                territoryId,
                "Banque alimentaire — relais de Cintré",
                "Cintré",
                48.1050,
                -1.8760,
                null,
                "Relais de distribution pour les associations de la commune.",
                svc("Relais de distribution", "aide-materielle", ALIMENTATION, "tous-publics"));
        org(
                carrier,
                territoryId,
                "Association Parents Solidaires",
                "L'Hermitage",
                48.1220,
                -1.8590,
                null,
                "Groupes de parole et entraide entre parents.",
                svc("Groupe de parole", "atelier", PARENTALITE, "familles"));
        time.travelTo(today.minusMonths(20).atTime(10, 0));
        org(
                carrier,
                territoryId,
                "Atelier vélo Roue Libre",
                "Le Rheu",
                48.1012,
                -1.7930,
                null,
                "Réparer son vélo soi-même avec des bénévoles.",
                svc("Atelier de réparation", "atelier", MOBILITE, "tous-publics"));
        org(
                carrier,
                territoryId,
                "Permanence juridique gratuite",
                "Saint-Gilles",
                48.1540,
                -1.8250,
                null,
                "Un avocat répond aux questions une fois par mois, sur rendez-vous.",
                svc("Consultation juridique", "information", DROITS, "tous-publics"));
        time.backToNow();
        correspondents.appointAll(
                carrier,
                territoryId,
                correspondents.candidates(carrier, territoryId).stream()
                        .filter(c -> c.name().startsWith("Sam ") || c.name().startsWith("Inès "))
                        .map(CorrespondentRoster.Candidate::personId)
                        .toList());
        monographs.seed(territoryId, carrier);
    }

    private record Svc(String nom, String type, String theme, String audience) {}

    private static Svc svc(String nom, String type, String theme, String audience) {
        return new Svc(nom, type, theme, audience);
    }

    private void org(
            Viewer carrier,
            long territoryId,
            String nom,
            String commune,
            double lat,
            double lon,
            String network,
            String description,
            Svc... services) {
        String postcode = switch (commune) {
            case "Le Rheu" -> "35650";
            case "Chavagne" -> "35310";
            case "Bréal-sous-Montfort" -> "35310";
            case "Cintré" -> "35310";
            case "L'Hermitage" -> "35590";
            case "Saint-Gilles" -> "35590";
            case "Vezin-le-Coquet" -> "35132";
            default -> "35310";
        };
        String slug = nom.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "");
        Structure s = directory.addStructure(
                carrier,
                territoryId,
                new StructureDetails(
                        nom,
                        null,
                        description,
                        "1 place de la Mairie",
                        null,
                        postcode,
                        commune,
                        null,
                        lat,
                        lon,
                        "02 99 00 00 00",
                        "accueil@" + slug.substring(0, Math.min(12, slug.length())) + ".example.org",
                        null,
                        "Mo-Fr 09:00-12:00,14:00-17:00",
                        null,
                        network == null ? List.of() : List.of(network),
                        true,
                        true));
        for (Svc v : services) {
            directory.addService(
                    carrier,
                    territoryId,
                    s.getId(),
                    new ServiceDetails(
                            v.nom(),
                            description,
                            v.type(),
                            List.of(v.theme()),
                            List.of(v.audience()),
                            null,
                            "gratuit",
                            null,
                            List.of("en-presentiel"),
                            null,
                            null,
                            null,
                            null,
                            false));
        }
    }
}
