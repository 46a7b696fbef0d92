package coop.faireavec.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.faireavec.audit.AuditEvent;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.report.PhaseReport;
import coop.faireavec.report.ReportService;
import coop.faireavec.security.Viewer;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The retention job (issue #16, point 10) with a clock the test moves: before a closed experimentation's period is
 * over nothing changes; after it, what its people gave there points to pseudonyms, their other experimentation is
 * untouched, a phase report has the same figures, the kept versions hold no name of its people, a second run does
 * nothing, and exactly the people left in no experimentation are announced.
 */
@FaireAvecWebTest
@RecordApplicationEvents
class RetentionJobTest {

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    RetentionService retention;

    @Autowired
    ExperimentationAnonymiser anonymiser;

    @Autowired
    ExperimentationService experimentations;

    @Autowired
    ReportService reports;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    WorkflowEngine engine;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /**
     * The report fixture with a lead and a comment, a phase and a whole workbook kept (asked by its carrier), closed,
     * kept 1 month; its first lived-experience member also speaks in another experimentation.
     */
    record Fixture(
            TestData.ReportFixture report,
            long other,
            long otherContribution,
            Map<Long, String> namesBefore,
            PhaseReport reportBefore) {

        long id() {
            return report.experimentationId();
        }

        long livedExperience() {
            return report.livedExperience().getPersonId();
        }
    }

    private Fixture closedFixture() {
        TestData.ReportFixture f = data.reportFixture(clock);
        long id = f.experimentationId();
        TestData.Scenario other = data.runningExperimentation();
        data.addToExperimentation(f.livedExperience(), other.experimentationId(), College.LIVED_EXPERIENCE);
        long otherContribution =
                data.meetingWithWords(other, f.livedExperience()).contributionId();
        data.leadWithComment(f.scenario(), f.practitioner());
        jdbc.update(
                "update app.contribution set consent_note = 'accord donné à sa voisine' where experimentation_id = ?",
                id);
        long carrier = f.scenario().carrier().getPersonId();
        reports.generate(id, Phase.SHARED_DIAGNOSIS, carrier, ReportService.REASON_ASKED);
        reports.generate(id, null, carrier, ReportService.REASON_ASKED);
        PhaseReport before =
                reports.summary(admin(), id, Phase.SHARED_DIAGNOSIS).orElseThrow();
        experimentations.updateRetention(f.scenario().carrier().viewer(), id, 1);
        experimentations.close(id);
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.query(
                "select p.id, p.display_name from app.person p join app.membership m on m.person_id = p.id"
                        + " where m.experimentation_id = ?",
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                },
                id);
        return new Fixture(f, other.experimentationId(), otherContribution, names, before);
    }

    private static Viewer admin() {
        return new Viewer(0, "system", true);
    }

    /** Moves the clock to that day (in the clock's zone), at the same time of day. */
    private void moveTo(LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, day)));
    }

    private LocalDate anonymisationDay(long id) {
        return data.experimentation(id).anonymisationDay(clock.getZone()).orElseThrow();
    }

    @Test
    void beforeItsPeriodNothingChangesAfterItItsPeopleArePseudonymsAndTheirOtherExperimentationIsUntouched() {
        Fixture f = closedFixture();
        long a1 = f.livedExperience();
        assertThat(anonymisationDay(f.id())).isEqualTo(LocalDate.now(clock).plusMonths(1));

        moveTo(anonymisationDay(f.id()).minusDays(1));
        assertThat(retention.anonymiseDue()).doesNotContain(f.id());
        assertThat(data.experimentation(f.id()).getAnonymisedAt()).isNull();
        assertThat(peopleOf(f.id()))
                .containsExactlyInAnyOrderElementsOf(f.namesBefore().keySet());
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.contribution where experimentation_id = ? and author_id = ?",
                        Integer.class,
                        f.id(),
                        a1))
                .isEqualTo(1);

        // a step of its process held by that member: the engine's history and open step say who
        String process = data.experimentation(f.id()).getProcessInstanceId();
        String step = jdbc.queryForList(
                        "select ID_ from ACT_HI_TASKINST where ROOT_PROC_INST_ID_ = ? and END_TIME_ is null",
                        String.class,
                        process)
                .get(0);
        engine.claim(step, "person-" + a1);
        assertThat(engineRowsNaming(process, "person-" + a1)).isPositive();

        moveTo(anonymisationDay(f.id()));
        assertThat(retention.anonymiseDue()).contains(f.id());

        assertThat(data.experimentation(f.id()).getAnonymisedAt()).isNotNull();
        for (long person : f.namesBefore().keySet()) {
            assertThat(engineRowsNaming(process, "person-" + person))
                    .as("engine rows naming person-%s", person)
                    .isZero();
        }
        long a1Pseudonym = jdbc.queryForObject(
                "select person_id from app.membership where experimentation_id = ? and pseudonym_no = 1",
                Long.class,
                f.id());
        assertThat(jdbc.queryForObject("select ASSIGNEE_ from ACT_RU_TASK where ID_ = ?", String.class, step))
                .isEqualTo("person-" + a1Pseudonym);
        // no row of that experimentation points to any of its people any more
        for (ExperimentationAnonymiser.ScopedColumn c : ExperimentationAnonymiser.SCOPED) {
            List<Long> left = jdbc.queryForList(
                    "select " + c.column() + " from app." + c.table() + " where "
                            + c.scope().formatted("app") + " and " + c.column() + " is not null",
                    Long.class,
                    f.id());
            assertThat(left)
                    .as("%s.%s still pointing to a person", c.table(), c.column())
                    .doesNotContainAnyElementsOf(f.namesBefore().keySet());
        }
        Map<String, College> pseudonyms = new java.util.HashMap<>();
        jdbc.query(
                "select p.display_name, p.email, p.phone, m.college from app.person p join app.membership m"
                        + " on m.person_id = p.id where m.experimentation_id = ?",
                rs -> {
                    assertThat(rs.getString(2)).isNull();
                    assertThat(rs.getString(3)).isNull();
                    pseudonyms.put(rs.getString(1), rs.getString(4) == null ? null : College.valueOf(rs.getString(4)));
                },
                f.id());
        assertThat(pseudonyms).hasSize(f.namesBefore().size());
        assertThat(pseudonyms.keySet())
                .doesNotContainAnyElementsOf(f.namesBefore().values());
        assertThat(pseudonyms)
                .containsEntry("Personne concernée 1", College.LIVED_EXPERIENCE)
                .containsEntry("Personne concernée 3", College.LIVED_EXPERIENCE)
                .containsKey("Membre 1");
        assertThat(jdbc.queryForList(
                        "select consent_note from app.contribution where experimentation_id = ?", String.class, f.id()))
                .isNotEmpty()
                .containsOnlyNulls();
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.invitation where experimentation_id = ?", Integer.class, f.id()))
                .isZero();
        // the same person, untouched in their other experimentation
        assertThat(jdbc.queryForObject(
                        "select person_id from app.membership where experimentation_id = ? and person_id = ?",
                        Long.class,
                        f.other(),
                        a1))
                .isEqualTo(a1);
        assertThat(jdbc.queryForObject(
                        "select author_id from app.contribution where id = ?", Long.class, f.otherContribution()))
                .isEqualTo(a1);
        assertThat(jdbc.queryForObject("select display_name from app.person where id = ?", String.class, a1))
                .isEqualTo(f.namesBefore().get(a1));
        assertThat(data.experimentation(f.other()).getAnonymisedAt()).isNull();
        assertThat(audit.about("experimentation", f.id()))
                .extracting(AuditEvent::getKind)
                .containsOnlyOnce(AuditKind.EXPERIMENTATION_ANONYMISED);
    }

    @Test
    void aPhaseReportHasTheSameFiguresAndTheKeptVersionsHoldNoNameOfItsPeople() throws IOException {
        Fixture f = closedFixture();
        moveTo(anonymisationDay(f.id()));
        assertThat(retention.anonymiseDue()).contains(f.id());

        // the kept version, written again from its data
        PhaseReport kept =
                reports.summary(admin(), f.id(), Phase.SHARED_DIAGNOSIS).orElseThrow();
        assertThat(kept.figures()).isEqualTo(f.reportBefore().figures());
        assertThat(kept.heading().generatedBy()).startsWith("Membre ");
        // a new version, assembled from the anonymised tables
        reports.generate(f.id(), Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_ASKED);
        PhaseReport after =
                reports.summary(admin(), f.id(), Phase.SHARED_DIAGNOSIS).orElseThrow();
        assertThat(after.heading().version()).isEqualTo(2);
        assertThat(after.figures()).isEqualTo(f.reportBefore().figures());
        assertThat(after.meetings()).isEqualTo(f.reportBefore().meetings());
        assertThat(after.leads()).isEqualTo(f.reportBefore().leads());
        assertThat(rows(after)).isEqualTo(rows(f.reportBefore()));
        assertThat(speakers(after)).doesNotContainAnyElementsOf(f.namesBefore().values());
        assertThat(speakers(after)).contains("Personne concernée 1").anyMatch(s -> s.startsWith("Membre "));

        Set<Long> pseudonymIds = new HashSet<>(jdbc.queryForList(
                "select person_id from app.membership where experimentation_id = ?", Long.class, f.id()));
        List<Map<String, Object>> versions = jdbc.queryForList(
                "select content, report_data, replaced_reason from app.report_version where experimentation_id = ?",
                f.id());
        assertThat(versions).hasSize(3);
        for (Map<String, Object> v : versions) {
            String workbook = workbookText((byte[]) v.get("content"));
            String stored = gunzip((byte[]) v.get("report_data"));
            for (String name : f.namesBefore().values()) {
                assertThat(workbook).as("workbook").doesNotContain(name);
                assertThat(stored).as("report data").doesNotContain(name);
            }
            Set<Long> ids = personIds(new ObjectMapper().readTree(stored), null, new HashSet<>());
            assertThat(ids)
                    .isNotEmpty()
                    .doesNotContainAnyElementsOf(f.namesBefore().keySet());
            assertThat(pseudonymIds).containsAll(ids);
        }
        assertThat(versions)
                .filteredOn(v -> v.get("replaced_reason") != null)
                .extracting(v -> v.get("replaced_reason"))
                .hasSize(2)
                .containsOnly(RetentionService.REASON);
    }

    @Test
    void aSecondRunChangesNothing() {
        Fixture f = closedFixture();
        moveTo(anonymisationDay(f.id()));
        assertThat(retention.anonymiseDue()).contains(f.id());
        Integer people = jdbc.queryForObject("select count(*) from app.person", Integer.class);
        List<String> hashes = jdbc.queryForList(
                "select sha256 from app.report_version where experimentation_id = ? order by id", String.class, f.id());
        var anonymisedAt = data.experimentation(f.id()).getAnonymisedAt();

        clock.advance(Duration.ofDays(40));
        assertThat(retention.anonymiseDue()).doesNotContain(f.id());

        assertThat(jdbc.queryForObject("select count(*) from app.person", Integer.class))
                .isEqualTo(people);
        assertThat(jdbc.queryForList(
                        "select sha256 from app.report_version where experimentation_id = ? order by id",
                        String.class,
                        f.id()))
                .isEqualTo(hashes);
        assertThat(data.experimentation(f.id()).getAnonymisedAt()).isEqualTo(anonymisedAt);
        assertThat(audit.about("experimentation", f.id()))
                .extracting(AuditEvent::getKind)
                .containsOnlyOnce(AuditKind.EXPERIMENTATION_ANONYMISED);
    }

    @Test
    void exactlyThePeopleLeftInNoExperimentationAreAnnounced() {
        Fixture f = closedFixture();
        Set<Long> admins = new HashSet<>(jdbc.queryForList(
                "select a.person_id from app.user_account a join app.membership m on m.person_id = a.person_id"
                        + " where m.experimentation_id = ? and a.admin = true",
                Long.class,
                f.id()));
        assertThat(admins).hasSize(1);
        Set<Long> expected = new HashSet<>(f.namesBefore().keySet());
        expected.remove(f.livedExperience());
        expected.removeAll(admins);
        assertThat(expected)
                .contains(f.report().withoutAccount(), f.report().committee().getPersonId());
        events.clear();

        moveTo(anonymisationDay(f.id()));
        assertThat(retention.anonymiseDue()).contains(f.id());

        List<Long> announced = events.stream(PersonLeftInNoExperimentation.class)
                .map(PersonLeftInNoExperimentation::personId)
                .filter(f.namesBefore()::containsKey)
                .toList();
        assertThat(announced).containsExactlyInAnyOrderElementsOf(expected);
        // and each of them is erased (personaldata.ErasureAfterRetention): pseudonym, no contact data, no account
        for (long person : expected) {
            assertThat(jdbc.queryForObject(
                            "select display_name from app.person where id = ? and email is null and phone is null",
                            String.class,
                            person))
                    .startsWith("Personne effacée ");
            assertThat(jdbc.queryForObject(
                            "select count(*) from app.user_account where person_id = ?", Integer.class, person))
                    .isZero();
        }
        assertThat(events.stream(PersonLeftInNoExperimentation.class)
                        .map(PersonLeftInNoExperimentation::personId)
                        .filter(id -> !f.namesBefore().containsKey(id)))
                .as("announced people of other experimentations")
                .allMatch(id -> jdbc.queryForObject(
                                "select count(*) from app.membership where person_id = ?", Integer.class, id)
                        == 0);
    }

    /**
     * Every column of the schema that points to a person is either moved to the pseudonym, deleted with the
     * experimentation's rows, or declared as the person's own data: a table added later fails here until it is
     * placed.
     */
    @Test
    void everyPersonColumnOfTheSchemaIsPlaced() {
        Set<String> placed = new HashSet<>(ExperimentationAnonymiser.NOT_EXPERIMENTATION_DATA);
        ExperimentationAnonymiser.SCOPED.forEach(c -> placed.add(c.table() + "." + c.column()));
        ExperimentationAnonymiser.DELETED.forEach(c -> placed.add(c.table() + "." + c.column()));
        assertThat(anonymiser.personColumns()).hasSizeGreaterThan(30);
        assertThat(placed).containsAll(anonymiser.personColumns());
    }

    /** Rows of the engine's history and open steps of that process that name that engine user. */
    private int engineRowsNaming(String rootProcess, String user) {
        int rows = 0;
        for (String sql : List.of(
                "select count(*) from ACT_HI_TASKINST where ROOT_PROC_INST_ID_ = ? and (ASSIGNEE_ = ? or OWNER_ = ?)",
                "select count(*) from ACT_HI_IDENTITYLINK where ROOT_PROC_INST_ID_ = ? and (USER_ID_ = ? or GROUP_ID_ = ?)",
                "select count(*) from ACT_HI_ACTINST where ROOT_PROC_INST_ID_ = ? and ASSIGNEE_ in (?, ?)",
                "select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.EXECUTION_ID_"
                        + " where e.ROOT_PROC_INST_ID_ = ? and (t.ASSIGNEE_ = ? or t.OWNER_ = ?)")) {
            rows += jdbc.queryForObject(sql, Integer.class, rootProcess, user, user);
        }
        return rows;
    }

    private Set<Long> peopleOf(long id) {
        return new HashSet<>(
                jdbc.queryForList("select person_id from app.membership where experimentation_id = ?", Long.class, id));
    }

    private static List<String> rows(PhaseReport r) {
        List<String> rows = new ArrayList<>();
        r.contributions()
                .forEach(c -> rows.add(c.college() + "|" + c.where() + "|" + c.round() + "|" + c.recordedBy() + "|"
                        + c.consentKind() + "|" + c.text()));
        return rows;
    }

    private static List<String> speakers(PhaseReport r) {
        List<String> speakers = new ArrayList<>();
        r.contributions().forEach(c -> speakers.add(c.speaker()));
        return speakers;
    }

    private static Set<Long> personIds(JsonNode node, String field, Set<Long> ids) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> personIds(e.getValue(), e.getKey(), ids));
        } else if (node.isArray()) {
            node.forEach(n -> personIds(n, field, ids));
        } else if (node.isIntegralNumber()
                && Set.of("carrierIds", "committeeMemberIds", "generatedById", "speakerId")
                        .contains(field)) {
            ids.add(node.asLong());
        }
        return ids;
    }

    private static String gunzip(byte[] data) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every XML part of the workbook (cells, shared strings, document properties, charts) as one text. */
    private static String workbookText(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            PackageProperties core = pkg.getPackageProperties();
            for (var value : List.of(
                    core.getCreatorProperty(),
                    core.getTitleProperty(),
                    core.getSubjectProperty(),
                    core.getDescriptionProperty(),
                    core.getKeywordsProperty(),
                    core.getLastModifiedByProperty())) {
                value.ifPresent(v -> text.append(v).append('\n'));
            }
            for (PackagePart part : pkg.getParts()) {
                if (part instanceof PackagePropertiesPart) {
                    continue;
                }
                try (var in = part.getInputStream()) {
                    text.append(part.getPartName().getName())
                            .append('\n')
                            .append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        assertThat(text).contains("sharedStrings");
        return text.toString();
    }
}
