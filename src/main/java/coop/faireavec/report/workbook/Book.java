package coop.faireavec.report.workbook;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.FundingStatement;
import coop.faireavec.participation.College;
import coop.faireavec.report.PhaseReport;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every sheet writer shares: the phases written (oldest first), the workbook, the cell writer, and the French
 * names of phases and colleges.
 */
final class Book {

    static final String SUMMARY = "Synthèse";
    static final String PARTICIPATION = "Participation";
    static final String MEETINGS = "Rencontres";
    static final String CONTRIBUTIONS = "Contributions";
    static final String LEADS = "Pistes et votes";
    static final String EXPERIMENTS = "Expérimentations";
    static final String STEPS = "Étapes";
    static final String FUNDING = "Financement";

    private static final Map<Phase, String> PHASES = Map.of(
            Phase.SHARED_DIAGNOSIS, "Phase 1 : diagnostic partagé",
            Phase.ACTION_LEADS, "Phase 2 : pistes d'action",
            Phase.EXPERIMENTING, "Phase 3 : expérimentation des pistes",
            Phase.CONSOLIDATION, "Phase 4 : consolidation");

    final XSSFWorkbook workbook;
    final Cells cells;
    final List<PhaseReport> phases;
    private final Map<College, String> colleges = new EnumMap<>(College.class);

    Book(XSSFWorkbook workbook, Cells cells, List<PhaseReport> phases) {
        this.workbook = workbook;
        this.cells = cells;
        this.phases = List.copyOf(phases);
        colleges.put(College.LIVED_EXPERIENCE, "Personnes concernées");
        colleges.put(College.PRACTITIONERS, "Accompagnants");
        colleges.put(College.DECISION_MAKERS, "Décideurs");
        for (PhaseReport report : phases) {
            for (PhaseReport.CollegeFigures figures : report.figures().colleges()) {
                if (figures.collegeName() != null && !figures.collegeName().isBlank()) {
                    colleges.put(figures.college(), figures.collegeName());
                }
            }
        }
    }

    /** The newest phase's heading: the experimentation, its people and this version. */
    PhaseReport.Heading heading() {
        return phases.get(phases.size() - 1).heading();
    }

    /** Whether this is the whole-experimentation workbook (more than one phase). */
    boolean whole() {
        return phases.size() > 1;
    }

    /** "Phase 1 : diagnostic partagé"... */
    static String phase(Phase phase) {
        return phase == null ? "Toutes les phases" : PHASES.get(phase);
    }

    /** The college's plural French name ("Personnes concernées"); empty text for none. */
    String college(College college) {
        return college == null ? "" : colleges.get(college);
    }

    /** The newest funding statement given (the statement covers all phases); null when none. */
    FundingStatement funding() {
        for (int i = phases.size() - 1; i >= 0; i--) {
            if (phases.get(i).funding() != null) {
                return phases.get(i).funding();
            }
        }
        return null;
    }

    /** Whether any phase has leads or reaches phase 2. */
    boolean hasLeads() {
        return phases.stream()
                .anyMatch(p -> !p.leads().isEmpty() || p.heading().phase().number() >= 2);
    }

    /** Whether any phase has experiments or reaches phase 3. */
    boolean hasExperiments() {
        return phases.stream()
                .anyMatch(p -> !p.experiments().isEmpty() || p.heading().phase().number() >= 3);
    }
}
