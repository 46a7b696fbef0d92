package coop.faireavec.report;

import static coop.faireavec.report.ReportService.REASON_REPORT_STEP;
import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.audit.AuditEvent;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.contribution.ContributionChanged;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.contribution.ReportedPhases;
import coop.faireavec.decision.Grade;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.Account;
import coop.faireavec.funding.FundingService;
import coop.faireavec.funding.SpendingDetails;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.NamingConsentService;
import coop.faireavec.review.ReviewService;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.vote.VoteService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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

    @Autowired
    VoteService votes;

    @Autowired
    FundingService funding;

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
        // a person with lived experience who agreed to be named speaks
        var person = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        consents.chooseOwn(person.viewer(), exp, true);
        contributions.record(new NewContribution(
                exp,
                "SHARED_DIAGNOSIS",
                "PeerSpeech",
                null,
                "LIVED_EXPERIENCE",
                null,
                null,
                null,
                "Le guichet ferme trop tôt.",
                person.getPersonId(),
                person.getPersonId()));
        ReportVersion v1 =
                reports.generate(exp, Phase.SHARED_DIAGNOSIS, s.carrier().getPersonId(), "demandé");
        String oldHash = v1.getSha256();

        // what the report shows changes: that person withdraws their consent to be named
        consents.chooseOwn(person.viewer(), exp, false);

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

    @Test
    void aKeptVersionIsWrittenAgainFromItsDataNotFromTodaysVotesFundingAndTexts() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        var person = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        consents.chooseOwn(person.viewer(), exp, true);
        var said = contributions.record(new NewContribution(
                exp,
                "SHARED_DIAGNOSIS",
                "PeerSpeech",
                null,
                "LIVED_EXPERIENCE",
                null,
                null,
                null,
                "Le guichet ferme à midi.",
                person.getPersonId(),
                person.getPersonId()));
        TestData.FundingItems money = data.fundingItems(s);
        jdbc.update(
                "insert into APP.action_lead (experimentation_id, title, proposed_by_id, selected, created_at)"
                        + " values (?, 'Un accueil sans rendez-vous', ?, false, current_timestamp)",
                exp,
                person.getPersonId());
        List<Long> leads = data.leads(exp);
        String voteStep = "vote-step-" + exp;
        votes.open(exp, "ACTION_LEADS", voteStep);
        votes.cast(
                voteStep,
                person.getPersonId(),
                person.getPersonId(),
                null,
                null,
                Map.of(leads.get(0), Grade.ESSENTIAL));

        ReportVersion diagnosis =
                reports.generate(exp, Phase.SHARED_DIAGNOSIS, s.carrier().getPersonId(), REASON_REPORT_STEP);
        ReportVersion actionLeads = reports.generate(exp, Phase.ACTION_LEADS, null, REASON_REPORT_STEP);
        List<String> saidBefore = sheet(diagnosis.getContent(), "Contributions");
        List<String> fundingBefore = sheet(diagnosis.getContent(), "Financement");
        List<String> votesBefore = sheet(actionLeads.getContent(), "Pistes et votes");
        assertThat(String.join("\n", saidBefore)).contains(person.getDisplayName(), "Le guichet ferme à midi.");
        assertThat(String.join("\n", fundingBefore)).contains("64,3");

        // after the committee saw them: the text is corrected in place, money spent, the college's vote changed
        contributions.correct(said.getId(), "Corrigé après coup.", person.getPersonId(), null, null);
        funding.addSpending(
                s.carrier().viewer(),
                exp,
                new SpendingDetails(
                        LocalDate.of(2026, 3, 2),
                        new BigDecimal("999.99"),
                        Account.PURCHASES,
                        Phase.SHARED_DIAGNOSIS,
                        money.funderId(),
                        null));
        votes.cast(
                voteStep,
                person.getPersonId(),
                person.getPersonId(),
                null,
                null,
                Map.of(leads.get(0), Grade.NOT_PRIORITY));
        // then the person withdraws their consent to be named: every kept version is written again
        consents.chooseOwn(person.viewer(), exp, false);

        ReportVersion diagnosisAgain =
                reports.version(exp, Phase.SHARED_DIAGNOSIS, 1).orElseThrow();
        assertThat(diagnosisAgain.getPreviousSha256()).isEqualTo(diagnosis.getSha256());
        List<String> saidAgain = sheet(diagnosisAgain.getContent(), "Contributions");
        assertThat(String.join("\n", saidAgain))
                .as("the text the committee read, under the pseudonym")
                .contains("Le guichet ferme à midi.", "Personne concernée")
                .doesNotContain("Corrigé après coup.", person.getDisplayName());
        assertThat(sheet(diagnosisAgain.getContent(), "Financement"))
                .as("the funding as it was")
                .isEqualTo(fundingBefore);
        ReportVersion actionLeadsAgain =
                reports.version(exp, Phase.ACTION_LEADS, 1).orElseThrow();
        assertThat(actionLeadsAgain.getPreviousSha256()).isEqualTo(actionLeads.getSha256());
        assertThat(sheet(actionLeadsAgain.getContent(), "Pistes et votes"))
                .as("the votes as they were")
                .isEqualTo(votesBefore);
        // the correction made a new version that says the new text (and today's figures), also pseudonymised
        ReportVersion corrected = reports.latest(exp, Phase.SHARED_DIAGNOSIS).orElseThrow();
        assertThat(corrected.getVersionNo()).isEqualTo(2);
        assertThat(String.join("\n", sheet(corrected.getContent(), "Contributions")))
                .contains("Corrigé après coup.", "Personne concernée")
                .doesNotContain("Le guichet ferme à midi.", person.getDisplayName());
        assertThat(String.join("\n", sheet(corrected.getContent(), "Financement")))
                .as("made when the text was corrected, before that spending")
                .contains("64,30")
                .doesNotContain("999,99");
        // the summary on the pages is read from the latest version's data too
        var summary =
                reports.summary(s.carrier().viewer(), exp, Phase.ACTION_LEADS).orElseThrow();
        assertThat(summary.leads())
                .singleElement()
                .satisfies(l -> assertThat(l.collegeResults().get(College.LIVED_EXPERIENCE))
                        .as("the median of the version's vote (Essentiel), not today's (Pas prioritaire)")
                        .isEqualTo("médiane : Essentiel (1 votant(s))"));

        String kept =
                keptDataWithoutNames(exp, person.getDisplayName(), s.carrier().getDisplayName());
        assertThat(kept).contains("\"speakerId\":" + person.getPersonId());
    }

    @Test
    void aVersionKeptWithoutItsDataIsMadeAgainFromTheDataAsOfItsDate() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        var person = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        consents.chooseOwn(person.viewer(), exp, true);
        contributions.record(new NewContribution(
                exp,
                "SHARED_DIAGNOSIS",
                "PeerSpeech",
                null,
                "LIVED_EXPERIENCE",
                null,
                null,
                null,
                "Avant la version.",
                person.getPersonId(),
                person.getPersonId()));
        ReportVersion v1 = reports.generate(exp, Phase.SHARED_DIAGNOSIS, null, REASON_REPORT_STEP);
        // as a version kept before V52 was
        jdbc.update("update APP.report_version set report_data = null where id = ?", v1.getId());
        Thread.sleep(5);
        contributions.record(new NewContribution(
                exp,
                "SHARED_DIAGNOSIS",
                "PeerSpeech",
                null,
                "LIVED_EXPERIENCE",
                null,
                null,
                null,
                "Après la version.",
                person.getPersonId(),
                person.getPersonId()));

        consents.chooseOwn(person.viewer(), exp, false);

        ReportVersion again = reports.version(exp, Phase.SHARED_DIAGNOSIS, 1).orElseThrow();
        assertThat(again.getPreviousSha256()).isEqualTo(v1.getSha256());
        assertThat(String.join("\n", sheet(again.getContent(), "Contributions")))
                .contains("Avant la version.", "Personne concernée")
                .doesNotContain("Après la version.", person.getDisplayName());
        assertThat(jdbc.queryForObject(
                        "select report_data from APP.report_version where id = ?", byte[].class, v1.getId()))
                .as("no data are made up for it")
                .isNull();
    }

    @Test
    void aCorrectionInAReportedPhaseAlsoMakesANewWholeWorkbook() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        var said = contributions.record(new NewContribution(
                exp,
                "SHARED_DIAGNOSIS",
                "PeerSpeech",
                null,
                "PRACTITIONERS",
                null,
                null,
                null,
                "Premier jet.",
                s.carrier().getPersonId(),
                s.carrier().getPersonId()));
        reports.reportStepReached(exp, Phase.SHARED_DIAGNOSIS);
        assertThat(reports.latest(exp, null).orElseThrow().getVersionNo()).isEqualTo(1);

        contributions.correct(said.getId(), "Texte corrigé.", s.carrier().getPersonId(), null, null);

        ReportVersion whole = reports.latest(exp, null).orElseThrow();
        assertThat(whole.getVersionNo()).isEqualTo(2);
        assertThat(whole.getReason()).isEqualTo(ReportService.REASON_CORRECTION);
        assertThat(String.join("\n", sheet(whole.getContent(), "Contributions")))
                .contains("Texte corrigé.")
                .doesNotContain("Premier jet.");
        assertThat(String.join(
                        "\n", sheet(reports.version(exp, null, 1).orElseThrow().getContent(), "Contributions")))
                .contains("Premier jet.");
    }

    /**
     * The kept data of every version of the experimentation, as stored (decompressed, joined): each holds person ids
     * and none of these names.
     */
    private String keptDataWithoutNames(long exp, String... names) throws java.io.IOException {
        List<byte[]> kept = jdbc.queryForList(
                "select report_data from APP.report_version where experimentation_id = ?", byte[].class, exp);
        assertThat(kept).isNotEmpty().doesNotContainNull();
        StringBuilder all = new StringBuilder();
        for (byte[] data : kept) {
            String json;
            try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(data))) {
                json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(json).contains("\"carrierIds\"");
            assertThat(json).doesNotContain(names).doesNotContain("Personne concernée");
            all.append(json).append('\n');
        }
        return all.toString();
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
