package coop.faireavec.report.workbook;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.FundingStatement;
import coop.faireavec.funding.FundingStatement.BudgetRow;
import coop.faireavec.funding.FundingStatement.FunderRow;
import coop.faireavec.funding.FundingStatement.GrantRow;
import coop.faireavec.participation.College;
import coop.faireavec.report.PhaseReport;
import coop.faireavec.report.PhaseReport.Attendance;
import coop.faireavec.report.PhaseReport.CollegeFigures;
import coop.faireavec.report.PhaseReport.ContributionRow;
import coop.faireavec.report.PhaseReport.StepRow;
import coop.faireavec.report.RowSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Object mother: phase reports with known figures (not the demo), so that tests can assert what the workbook shows.
 * Phase 1 has 3 colleges (12 / 8 / 5 members), 2 meetings, 54 contributions of which 9 recorded on someone's behalf,
 * the contributions listed in {@link #INJECTIONS} among its rows, 3 steps (1 late) and a funding statement whose
 * charges total 10,000.10 € planned / 4,200.20 € spent.
 */
final class PhaseReports {

    /** One text per character a spreadsheet reads as the start of a formula, as contribution texts. */
    static final List<String> INJECTIONS = List.of(
            "=HYPERLINK(\"http://exemple.invalid\",\"cliquez\")",
            "+33 6 12 34 56 78",
            "-1+2",
            "@SUM(A1:A2)",
            "\tcmd|' /C calc'!A0",
            "\rretour chariot",
            "\nsaut de ligne");

    static final Instant GENERATED = Instant.parse("2026-05-04T08:30:00Z");
    static final String PSEUDONYMISED =
            "Les personnes concernées apparaissent sous un pseudonyme stable (« Personne concernée 1 »), sauf"
                    + " celles qui ont accepté d'être nommées.";

    private PhaseReports() {}

    static PhaseReport phase1() {
        return phase(Phase.SHARED_DIAGNOSIS, fixedContributions(), funding());
    }

    /** Phase 1 with {@code count} generated contributions (nothing is kept in memory: rows are made as read). */
    static PhaseReport phase1WithContributions(int count) {
        RowSource<ContributionRow> many = row -> {
            for (int i = 0; i < count; i++) {
                row.accept(new ContributionRow(
                        GENERATED.minusSeconds(count - i),
                        "Rencontre de lancement",
                        "Tour de parole",
                        College.values()[i % 3],
                        "Personne concernée " + (i % 40 + 1),
                        "l'auteur",
                        null,
                        "Contribution numéro " + i + " : ce qui marche et ce qui bloque à l'accueil."));
            }
        };
        return phase(Phase.SHARED_DIAGNOSIS, many, null);
    }

    /** Phases 1 to 3: the whole-experimentation workbook, with leads (phase 2) and an experiment with indicator. */
    static List<PhaseReport> wholeExperimentation() {
        PhaseReport p1 = phase1();
        PhaseReport p2 = phase(Phase.ACTION_LEADS, fixedContributions(), funding());
        p2 = with(
                p2,
                List.of(
                        new PhaseReport.LeadRow(
                                "Un guichet commun",
                                College.LIVED_EXPERIENCE,
                                Map.of(
                                        College.LIVED_EXPERIENCE, "pour (5 sur 6)",
                                        College.PRACTITIONERS, "pour (4 sur 5)",
                                        College.DECISION_MAKERS, "pour (2 sur 3)"),
                                "retenue par les trois collèges",
                                true),
                        new PhaseReport.LeadRow(
                                "=Une permanence le samedi",
                                College.PRACTITIONERS,
                                Map.of(
                                        College.LIVED_EXPERIENCE, "contre (2 sur 6)",
                                        College.PRACTITIONERS, "pour (3 sur 5)",
                                        College.DECISION_MAKERS, "pour (2 sur 3)"),
                                "non retenue",
                                false)),
                List.of());
        PhaseReport p3 = phase(Phase.EXPERIMENTING, fixedContributions(), funding());
        p3 = with(
                p3,
                List.of(),
                List.of(new PhaseReport.ExperimentRow(
                        "Un guichet commun",
                        Map.of(College.LIVED_EXPERIENCE, 3, College.PRACTITIONERS, 2, College.DECISION_MAKERS, 1),
                        "en cours",
                        List.of("12/09/2026 : poursuivre, les premiers retours sont bons"),
                        List.of(new PhaseReport.Indicator(
                                "Personnes reçues sans rendez-vous",
                                "personnes par mois",
                                new BigDecimal("10"),
                                new BigDecimal("40"),
                                new BigDecimal("31"),
                                List.of(
                                        new PhaseReport.IndicatorValue(LocalDate.of(2026, 9, 30), new BigDecimal("14")),
                                        new PhaseReport.IndicatorValue(
                                                LocalDate.of(2026, 10, 31), new BigDecimal("22")),
                                        new PhaseReport.IndicatorValue(
                                                LocalDate.of(2026, 11, 30), new BigDecimal("31"))))))));
        return List.of(p1, p2, p3);
    }

    private static PhaseReport with(
            PhaseReport r, List<PhaseReport.LeadRow> leads, List<PhaseReport.ExperimentRow> experiments) {
        return new PhaseReport(
                r.heading(),
                r.figures(),
                r.texts(),
                r.askOfCommittee(),
                r.decisions(),
                r.meetings(),
                r.contributions(),
                leads,
                experiments,
                r.steps(),
                r.funding());
    }

    static PhaseReport phase(Phase phase, RowSource<ContributionRow> contributions, FundingStatement funding) {
        PhaseReport.Heading heading = new PhaseReport.Heading(
                7,
                "Accueil à l'Ouest",
                "Ouest de Rennes",
                "Coopérative des savoirs",
                List.of("Claire Martin"),
                List.of("Anne Leroy (Département)", "Marc Petit (Rennes Métropole)"),
                phase,
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 1, 12),
                null,
                "en relecture par le comité",
                2,
                GENERATED,
                "Claire Martin",
                PSEUDONYMISED);
        PhaseReport.KeyFigures figures = new PhaseReport.KeyFigures(
                List.of(
                        new CollegeFigures(College.LIVED_EXPERIENCE, "Personnes concernées", 12, 20, 15, 30, 9),
                        new CollegeFigures(College.PRACTITIONERS, "Accompagnants", 8, 16, 12, 18, 6),
                        new CollegeFigures(College.DECISION_MAKERS, "Décideurs", 5, 10, 5, 6, 3)),
                2,
                54,
                9,
                3,
                1);
        List<PhaseReport.MeetingRow> meetings = List.of(
                new PhaseReport.MeetingRow(
                        11,
                        "rencontre plénière",
                        "Rencontre de lancement",
                        LocalDateTime.of(2026, 1, 20, 18, 0),
                        120,
                        "Maison de quartier",
                        Map.of(
                                College.LIVED_EXPERIENCE, new Attendance(10, 9, 8, 7),
                                College.PRACTITIONERS, new Attendance(8, 7, 6, 5),
                                College.DECISION_MAKERS, new Attendance(5, 3, 2, 2)),
                        "au moins 2 personnes de chaque collège",
                        true,
                        null,
                        "validé",
                        2),
                new PhaseReport.MeetingRow(
                        12,
                        "discussion croisée",
                        "Discussion croisée sur l'accueil",
                        LocalDateTime.of(2026, 2, 17, 14, 30),
                        90,
                        "CCAS",
                        Map.of(
                                College.LIVED_EXPERIENCE, new Attendance(10, 8, 7, 6),
                                College.PRACTITIONERS, new Attendance(8, 6, 6, 4),
                                College.DECISION_MAKERS, new Attendance(5, 2, 3, 1)),
                        "au moins 2 personnes de chaque collège",
                        false,
                        "-un décideur malade, prévenu la veille",
                        "en relecture",
                        1));
        List<PhaseReport.CommitteeDecision> decisions = List.of(new PhaseReport.CommitteeDecision(
                Phase.SHARED_DIAGNOSIS,
                1,
                Instant.parse("2026-04-10T14:00:00Z"),
                false,
                "Diagnostic riche, à compléter.",
                List.of(new PhaseReport.Request("Participation", "Qui n'est pas venu, et pourquoi ?", null))));
        RowSource<StepRow> steps = row -> {
            row.accept(new StepRow(
                    "Donner son avis sur l'accueil",
                    "Personnes concernées",
                    Instant.parse("2026-01-12T09:00:00Z"),
                    Instant.parse("2026-01-26T23:00:00Z"),
                    Instant.parse("2026-01-20T17:15:00Z"),
                    false,
                    true));
            row.accept(new StepRow(
                    "Écrire la synthèse du diagnostic",
                    "porteur du projet",
                    Instant.parse("2026-02-18T09:00:00Z"),
                    Instant.parse("2026-03-01T23:00:00Z"),
                    Instant.parse("2026-03-04T10:00:00Z"),
                    true,
                    false));
            row.accept(new StepRow(
                    "Relire le rapport de phase",
                    "comité d'appui et de suivi",
                    Instant.parse("2026-05-04T08:30:00Z"),
                    null,
                    null,
                    false,
                    false));
        };
        return new PhaseReport(
                heading,
                figures,
                List.of(new PhaseReport.MainText(
                        "DiagnosisSynthesis",
                        "Synthèse du diagnostic",
                        "L'accueil est trop dispersé : chacun raconte son histoire cinq fois.",
                        Instant.parse("2026-03-04T10:00:00Z"))),
                "Valider le diagnostic pour passer aux pistes d'action.",
                decisions,
                meetings,
                contributions,
                List.of(),
                List.of(),
                steps,
                funding);
    }

    /** The fixed contributions of phase 1: two ordinary ones, then one per formula character. */
    static RowSource<ContributionRow> fixedContributions() {
        List<ContributionRow> rows = new ArrayList<>();
        rows.add(new ContributionRow(
                Instant.parse("2026-01-20T17:10:00Z"),
                "Rencontre de lancement",
                "Tour de parole",
                College.LIVED_EXPERIENCE,
                "Personne concernée 3",
                "animateur",
                "accord oral noté par l'animateur",
                "On me demande toujours les mêmes papiers."));
        rows.add(new ContributionRow(
                Instant.parse("2026-01-20T17:20:00Z"),
                "Rencontre de lancement",
                "Tour de parole",
                College.PRACTITIONERS,
                "Sam Durand",
                "l'auteur",
                null,
                "Nous n'avons pas le temps de nous coordonner."));
        for (String text : INJECTIONS) {
            rows.add(new ContributionRow(
                    Instant.parse("2026-02-17T14:45:00Z"),
                    "Discussion croisée sur l'accueil",
                    null,
                    College.LIVED_EXPERIENCE,
                    "Personne concernée 5",
                    "l'auteur",
                    null,
                    text));
        }
        return rows::forEach;
    }

    /**
     * Charges: 60 planned 1,000.10 / actual 200.20 (funder Fondation de France), 64 planned 9,000.00 / 4,000.00;
     * income: 74 département 6,000.00 / 6,000.00, 74 Fondation de France 4,000.10 / 2,000.00; in kind: 864
     * 1,500.00 / 900.00 and 875 1,500.00 / 900.00. Balanced when planned: 10,000.10 + 1,500 = 10,000.10 + 1,500.
     * Per funder (as the funding page counts them, on purpose not the sums of the rows above): Fondation de France
     * granted 4,000.10, spent 3,150.00, left 850.10; Conseil départemental and Pays de Rennes nothing granted.
     */
    static FundingStatement funding() {
        return new FundingStatement(
                List.of(
                        new BudgetRow(
                                "60",
                                "Achats",
                                Phase.SHARED_DIAGNOSIS,
                                "Fondation de France",
                                new BigDecimal("1000.10"),
                                new BigDecimal("200.20")),
                        new BudgetRow(
                                "64",
                                "Charges de personnel",
                                Phase.SHARED_DIAGNOSIS,
                                null,
                                new BigDecimal("9000.00"),
                                new BigDecimal("4000.00"))),
                List.of(
                        new BudgetRow(
                                "74",
                                "Subvention du département",
                                Phase.SHARED_DIAGNOSIS,
                                "Conseil départemental",
                                new BigDecimal("6000.00"),
                                new BigDecimal("6000.00")),
                        new BudgetRow(
                                "74",
                                "Subvention d'une fondation",
                                Phase.SHARED_DIAGNOSIS,
                                "Fondation de France",
                                new BigDecimal("4000.10"),
                                new BigDecimal("2000.00"))),
                List.of(new BudgetRow(
                        "864",
                        "Personnel bénévole",
                        Phase.SHARED_DIAGNOSIS,
                        null,
                        new BigDecimal("1500.00"),
                        new BigDecimal("900.00"))),
                List.of(new BudgetRow(
                        "875",
                        "Bénévolat",
                        Phase.SHARED_DIAGNOSIS,
                        null,
                        new BigDecimal("1500.00"),
                        new BigDecimal("900.00"))),
                List.of(
                        new GrantRow(
                                "Fondation de France",
                                "Fondation / privé",
                                "Démarches participatives",
                                new BigDecimal("5000.00"),
                                LocalDate.of(2025, 11, 3),
                                "accordée",
                                LocalDate.of(2026, 1, 8),
                                new BigDecimal("4000.10"),
                                "rapport à 12 mois"),
                        new GrantRow(
                                "Pays de Rennes",
                                "Fonds européens",
                                "LEADER",
                                new BigDecimal("12000.00"),
                                LocalDate.of(2026, 3, 1),
                                "déposée",
                                null,
                                null,
                                null)),
                new BigDecimal("15.00"),
                new BigDecimal("60.00"),
                List.of(
                        new FunderRow(
                                "Conseil départemental",
                                "Département",
                                new BigDecimal("0.00"),
                                new BigDecimal("0.00"),
                                new BigDecimal("0.00"),
                                new BigDecimal("0.00")),
                        new FunderRow(
                                "Fondation de France",
                                "Fondation / privé",
                                new BigDecimal("5000.00"),
                                new BigDecimal("4000.10"),
                                new BigDecimal("3150.00"),
                                new BigDecimal("850.10")),
                        new FunderRow(
                                "Pays de Rennes",
                                "Fonds européens",
                                new BigDecimal("12000.00"),
                                new BigDecimal("0.00"),
                                new BigDecimal("0.00"),
                                new BigDecimal("0.00"))));
    }
}
