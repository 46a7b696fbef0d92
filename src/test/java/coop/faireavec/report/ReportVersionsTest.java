package coop.faireavec.report;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.audit.AuditEvent;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.contribution.ContributionChanged;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.contribution.ReportedPhases;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.NamingConsentChanged;
import coop.faireavec.participation.NamingConsentService;
import coop.faireavec.review.ReviewService;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Kept report versions: numbering, hash and size, generating kept versions again, and the events that do it. */
@FaireAvecWebTest
class ReportVersionsTest {

    @Autowired
    TestData data;

    @Autowired
    ReportService reports;

    @Autowired
    ReportedPhases reported;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContributionService contributions;

    @Autowired
    ReviewService reviewService;

    @Autowired
    NamingConsentService consents;

    @Test
    void versionsAreNumberedPerPhaseAndKeepTheirHashSizeAndBytes() throws Exception {
        long exp = data.runningExperimentation().experimentationId();
        assertThat(reported.reported(exp, "SHARED_DIAGNOSIS")).isFalse();

        ReportVersion v1 = reports.generate(exp, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_REPORT_STEP);
        ReportVersion v2 = reports.generate(exp, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_CORRECTION);
        ReportVersion whole = reports.generate(exp, null, null, ReportService.REASON_REPORT_STEP);

        assertThat(v1.getVersionNo()).isEqualTo(1);
        assertThat(v2.getVersionNo()).isEqualTo(2);
        assertThat(whole.getVersionNo()).isEqualTo(1);
        assertThat(whole.getPhase()).isEqualTo("ALL");
        assertThat(reported.reported(exp, "SHARED_DIAGNOSIS")).isTrue();
        assertThat(reported.reported(exp, "ACTION_LEADS")).isFalse();

        ReportVersion stored = reports.version(exp, Phase.SHARED_DIAGNOSIS, 2).orElseThrow();
        byte[] bytes = stored.getContent();
        assertThat(stored.getSizeBytes()).isEqualTo(bytes.length).isPositive();
        assertThat(stored.getSha256()).isEqualTo(sha256(bytes)).hasSize(64);
        assertThat(stored.getReason()).isEqualTo("correction");
        assertThat(reports.latest(exp, Phase.SHARED_DIAGNOSIS).orElseThrow().getVersionNo())
                .isEqualTo(2);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            // the kept bytes are the workbook of that version: its summary and its document properties say 2
            assertThat(book.getProperties().getCustomProperties().getProperty("Version du rapport"))
                    .isNotNull();
            assertThat(book.getProperties().getCoreProperties().getDescription())
                    .contains("version 2");
        }
        assertThat(audit.about("report", v2.getId()))
                .extracting(AuditEvent::getKind)
                .containsExactly(AuditKind.REPORT_GENERATED);
    }

    @Test
    void regeneratingKeepsNumbersReplacesTheBytesAndRecordsWhyAndTheOldHash() {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        ReportVersion v1 =
                reports.generate(exp, Phase.SHARED_DIAGNOSIS, s.carrier().getPersonId(), "demandé");
        String oldHash = v1.getSha256();
        // something changes that the report shows: a new member
        data.member(
                exp,
                coop.faireavec.participation.College.PRACTITIONERS,
                coop.faireavec.participation.ExperimentationRole.PARTICIPANT);

        tx.executeWithoutResult(t ->
                events.publishEvent(new NamingConsentChanged(exp, s.carrier().getPersonId(), false)));

        ReportVersion again = reports.version(exp, Phase.SHARED_DIAGNOSIS, 1).orElseThrow();
        assertThat(again.getId()).isEqualTo(v1.getId());
        assertThat(again.getVersionNo()).isEqualTo(1);
        assertThat(again.getPreviousSha256()).isEqualTo(oldHash);
        assertThat(again.getSha256()).isNotEqualTo(oldHash).isEqualTo(sha256(again.getContent()));
        assertThat(again.getReplacedReason()).isEqualTo("consentement retiré");
        assertThat(again.getReplacedAt()).isNotNull();
        assertThat(again.getGeneratedBy()).isEqualTo(s.carrier().getPersonId());
        // one row per version: the old bytes are gone, not kept beside the new ones
        assertThat(jdbc.queryForObject(
                        "select count(*) from APP.report_version where experimentation_id = ?", Integer.class, exp))
                .isEqualTo(1);
        assertThat(audit.about("report", v1.getId()))
                .extracting(AuditEvent::getKind)
                .contains(AuditKind.REPORT_REGENERATED);
    }

    @Test
    void aCorrectionInAReportedPhaseMakesANewVersionAndNotBefore() {
        long exp = data.runningExperimentation().experimentationId();
        tx.executeWithoutResult(t -> events.publishEvent(new ContributionChanged(exp, "SHARED_DIAGNOSIS", 1L)));
        assertThat(reports.latest(exp, Phase.SHARED_DIAGNOSIS)).isEmpty();

        reports.generate(exp, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_REPORT_STEP);
        tx.executeWithoutResult(t -> events.publishEvent(new ContributionChanged(exp, "SHARED_DIAGNOSIS", 1L)));

        ReportVersion latest = reports.latest(exp, Phase.SHARED_DIAGNOSIS).orElseThrow();
        assertThat(latest.getVersionNo()).isEqualTo(2);
        assertThat(latest.getReason()).isEqualTo("correction");
    }

    @Test
    void aKeptVersionGeneratedAgainShowsWhatTheCommitteeSawWithOnlyTheNamingChange() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        var person = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        long committee = data.memberWithRole(exp, ExperimentationRole.COMMITTEE).getPersonId();
        contributions.record(new NewContribution(
                exp,
                "SHARED_DIAGNOSIS",
                "PeerSpeech",
                null,
                "LIVED_EXPERIENCE",
                null,
                null,
                null,
                "On attend trop longtemps.",
                person.getPersonId(),
                person.getPersonId()));
        ReportVersion v1 = reports.generate(exp, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_REPORT_STEP);
        List<String> summaryBefore = sheet(v1.getContent(), "Synthèse");
        List<String> contributionsBefore = sheet(v1.getContent(), "Contributions");
        assertThat(String.join("\n", contributionsBefore))
                .contains("Personne concernée")
                .doesNotContain(person.getDisplayName());
        Thread.sleep(5); // what follows happens strictly after v1 was generated

        // after the committee saw v1: someone else speaks, the committee approves
        contributions.record(new NewContribution(
                exp,
                "SHARED_DIAGNOSIS",
                "PeerSpeech",
                null,
                "PRACTITIONERS",
                null,
                null,
                null,
                "Dit plus tard.",
                s.carrier().getPersonId(),
                s.carrier().getPersonId()));
        reviewService.record(exp, "SHARED_DIAGNOSIS", true, "Approuvé.", committee);
        consents.chooseOwn(person.viewer(), exp, true);

        ReportVersion again = reports.version(exp, Phase.SHARED_DIAGNOSIS, 1).orElseThrow();
        assertThat(again.getPreviousSha256()).isEqualTo(v1.getSha256());
        assertThat(sheet(again.getContent(), "Synthèse"))
                .as("same figures, status, texts and generation date as the committee saw")
                .isEqualTo(summaryBefore);
        List<String> contributionsAfter = sheet(again.getContent(), "Contributions");
        assertThat(contributionsAfter).hasSameSizeAs(contributionsBefore);
        assertThat(String.join("\n", contributionsAfter))
                .contains(person.getDisplayName())
                .doesNotContain("Dit plus tard.");

        ReportVersion v2 = reports.generate(exp, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_ASKED);
        List<String> summaryV2 = sheet(v2.getContent(), "Synthèse");
        assertThat(summaryV2).contains("Statut | approuvée par le comité");
        assertThat(summaryBefore).doesNotContain("Statut | approuvée par le comité");
        assertThat(sheet(v2.getContent(), "Contributions")).hasSize(contributionsBefore.size() + 1);
    }

    /** Each row of a sheet as its formatted cells joined by " | ". */
    private static List<String> sheet(byte[] bytes, String name) throws java.io.IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            List<String> rows = new java.util.ArrayList<>();
            book.getSheet(name).forEach(row -> {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(String.join(" | ", cells));
            });
            return rows;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
