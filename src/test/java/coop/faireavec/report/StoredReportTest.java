package coop.faireavec.report;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.decision.Grade;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.vote.VoteService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A kept version's data ({@link StoredReport}) hold everything the workbook says: the fixture with known counts (a
 * meeting with attendance, contributions, steps), its funding and a phase 2 lead with a college's vote, written to a
 * workbook straight from the assembler and again from the kept data, give the same bytes.
 */
@FaireAvecWebTest
class StoredReportTest {

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    PhaseReportAssembler assembler;

    @Autowired
    ReportWriter writer;

    @Autowired
    ContributionService contributions;

    @Autowired
    VoteService votes;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theWorkbookWrittenFromTheKeptDataIsTheWorkbookWrittenFromTheAssembledReports() {
        TestData.ReportFixture f = data.reportFixture(clock);
        long exp = f.experimentationId();
        data.fundingItems(f.scenario());
        jdbc.update(
                "insert into APP.action_lead (experimentation_id, title, proposed_by_id, selected, created_at)"
                        + " values (?, 'Un référent unique', ?, true, current_timestamp)",
                exp,
                f.practitioner().getPersonId());
        String voteStep = "vote-step-" + exp;
        votes.open(exp, "ACTION_LEADS", voteStep);
        votes.cast(
                voteStep,
                f.practitioner().getPersonId(),
                f.practitioner().getPersonId(),
                null,
                null,
                Map.of(data.leads(exp).get(0), Grade.IMPORTANT));
        contributions.record(new NewContribution(
                exp,
                "ACTION_LEADS",
                "ProposeLeads",
                null,
                "LIVED_EXPERIENCE",
                null,
                null,
                null,
                "Une piste de la phase 2.",
                f.livedExperience().getPersonId(),
                f.livedExperience().getPersonId()));
        Instant at = Instant.parse("2026-03-01T10:00:00Z");

        tx.executeWithoutResult(status -> {
            List<PhaseReport> assembled = List.of(
                    assembler.assemble(
                            exp,
                            Phase.SHARED_DIAGNOSIS,
                            2,
                            f.scenario().carrier().getPersonId(),
                            at),
                    assembler.assemble(
                            exp, Phase.ACTION_LEADS, 2, f.scenario().carrier().getPersonId(), at));
            assertThat(assembled.get(0).meetings()).hasSize(1);
            assertThat(assembled.get(0).funding()).isNotNull();
            assertThat(assembled.get(1).leads()).hasSize(1);

            byte[] kept = StoredReport.write(assembled);
            assertThat(StoredReport.readable(kept)).isTrue();
            List<PhaseReport> read = StoredReport.read(kept, assembler.namingNow(exp));

            assertThat(read).hasSize(2);
            assertThat(read.get(0).heading()).isEqualTo(assembled.get(0).heading());
            assertThat(read.get(0).meetings()).isEqualTo(assembled.get(0).meetings());
            assertThat(read.get(0).funding()).isEqualTo(assembled.get(0).funding());
            assertThat(read.get(1).leads()).isEqualTo(assembled.get(1).leads());
            assertThat(rows(read.get(0).contributions()))
                    .isEqualTo(rows(assembled.get(0).contributions()));
            assertThat(rows(read.get(1).contributions()))
                    .isEqualTo(rows(assembled.get(1).contributions()))
                    .singleElement()
                    .satisfies(r -> assertThat(r.text()).isEqualTo("Une piste de la phase 2."));
            assertThat(rows(read.get(0).steps()))
                    .isNotEmpty()
                    .isEqualTo(rows(assembled.get(0).steps()));
            assertThat(workbook(read)).isEqualTo(workbook(assembled));
        });
    }

    private static <T> List<T> rows(RowSource<T> source) {
        List<T> rows = new ArrayList<>();
        source.forEach(rows::add);
        return rows;
    }

    private byte[] workbook(List<PhaseReport> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(reports, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
