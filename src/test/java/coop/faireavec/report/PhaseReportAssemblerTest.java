package coop.faireavec.report;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.report.PhaseReport.Attendance;
import coop.faireavec.report.PhaseReport.CollegeFigures;
import coop.faireavec.report.PhaseReport.ContributionRow;
import coop.faireavec.report.PhaseReport.MeetingRow;
import coop.faireavec.report.PhaseReport.StepRow;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The phase report assembled from a fixture experimentation with known counts (TestData.reportFixture), on H2. */
@FaireAvecWebTest
class PhaseReportAssemblerTest {

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    PhaseReportAssembler assembler;

    @Autowired
    TransactionTemplate tx;

    @Test
    void keyFiguresParticipationAndContributionsAreCountedPerCollege() {
        TestData.ReportFixture f = data.reportFixture(clock);
        ReportAssertions.assertKnownCounts(tx, assembler, f);
    }

    /** The assertions shared with the PostgreSQL test. */
    static final class ReportAssertions {

        private ReportAssertions() {}

        static void assertKnownCounts(
                TransactionTemplate tx, PhaseReportAssembler assembler, TestData.ReportFixture f) {
            tx.executeWithoutResult(status -> {
                PhaseReport r = assembler.assemble(
                        f.experimentationId(), Phase.SHARED_DIAGNOSIS, 3, null, Instant.parse("2026-03-01T10:00:00Z"));

                assertThat(r.heading().version()).isEqualTo(3);
                assertThat(r.heading().generatedBy()).isEqualTo("Faire-Avec");
                assertThat(r.heading().status()).isEqualTo("en cours");
                assertThat(r.heading().committeeMembers()).hasSize(1);
                // the administrator who created it carries it too
                assertThat(r.heading().carriers()).hasSize(2);
                assertThat(r.heading().actualStart()).isNotNull();
                assertThat(r.heading().actualEnd()).isNull();
                // 2026-01-05 .. 2027-12-31 is 726 days: phase 1 is its first quarter
                assertThat(r.heading().plannedStart()).hasToString("2026-01-05");
                assertThat(r.heading().plannedEnd()).hasToString("2026-07-04");

                assertThat(r.figures().colleges())
                        .extracting(
                                CollegeFigures::college,
                                CollegeFigures::members,
                                CollegeFigures::invitations,
                                CollegeFigures::presences,
                                CollegeFigures::contributions,
                                CollegeFigures::speakers)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(College.LIVED_EXPERIENCE, 3, 3, 2, 2L, 2L),
                                // a practitioner came without an invitation: counted as invited too, so a rate never
                                // passes 100 %
                                org.assertj.core.groups.Tuple.tuple(College.PRACTITIONERS, 2, 2, 2, 2L, 1L),
                                org.assertj.core.groups.Tuple.tuple(College.DECISION_MAKERS, 1, 1, 1, 1L, 1L));
                assertThat(r.figures().colleges().get(0).collegeName()).isEqualTo("Personnes concernées");
                assertThat(r.figures().meetingsHeld()).isEqualTo(1);
                assertThat(r.figures().contributions()).isEqualTo(5);
                assertThat(r.figures().recordedOnBehalf()).isEqualTo(1);
                assertThat(r.figures().onBehalfShare()).isEqualTo(0.2);
                assertThat(r.figures().decisionsTaken()).isZero();
                assertThat(r.figures().colleges()).allMatch(c -> c.attendanceRate() <= 1.0);

                assertThat(r.meetings()).hasSize(1);
                MeetingRow m = r.meetings().get(0);
                assertThat(m.meetingId()).isEqualTo(f.meetingId());
                assertThat(m.kind()).isEqualTo("Discussion croisée");
                assertThat(m.byCollege())
                        .containsEntry(College.LIVED_EXPERIENCE, new Attendance(3, 2, 2, 2))
                        .containsEntry(College.PRACTITIONERS, new Attendance(2, 1, 2, 1))
                        .containsEntry(College.DECISION_MAKERS, new Attendance(1, 1, 1, 1));
                // a crossed discussion needs two people of each college: one decision-maker came
                assertThat(m.ruleHeld()).isFalse();
                assertThat(m.compositionRule()).contains("au moins 2 par collège");
                assertThat(m.minutesStatus()).isEqualTo("aucun compte rendu");
                assertThat(m.minutesVersion()).isNull();

                List<ContributionRow> rows = new ArrayList<>();
                r.contributions().forEach(rows::add);
                assertThat(rows).hasSize(5);
                assertThat(rows.get(0).text()).startsWith("=SOMME");
                assertThat(rows.get(0).where()).isEqualTo("Discussion croisée du bilan");
                assertThat(rows.get(0).round()).isEqualTo("Tour entre pairs : Personnes concernées");
                assertThat(rows.get(0).recordedBy()).isEqualTo("l'auteur");
                assertThat(rows.get(0).consentKind()).isNull();
                assertThat(rows.get(1).recordedBy()).isEqualTo("animateur");
                assertThat(rows.get(1).consentKind()).isEqualTo("accord à l'oral");
                assertThat(rows.get(1).college()).isEqualTo(College.LIVED_EXPERIENCE);
                assertThat(rows).extracting(ContributionRow::speaker).doesNotContainNull();
                // a source can be read again
                List<ContributionRow> again = new ArrayList<>();
                r.contributions().forEach(again::add);
                assertThat(again).hasSize(5);

                List<StepRow> steps = new ArrayList<>();
                r.steps().forEach(steps::add);
                assertThat(steps).extracting(StepRow::name).contains("Rencontre de lancement");
                StepRow kickOff = steps.stream()
                        .filter(s -> s.name().equals("Rencontre de lancement"))
                        .findFirst()
                        .orElseThrow();
                assertThat(kickOff.offeredTo()).isEqualTo("Porteur de projet");
                assertThat(kickOff.completed()).isNull();
                assertThat(kickOff.onBehalf()).isFalse();

                assertThat(r.leads()).isEmpty();
                assertThat(r.experiments()).isEmpty();
                assertThat(r.texts()).isEmpty();
                assertThat(r.askOfCommittee()).isNull();
            });
        }
    }
}
