package coop.faireavec.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.report.PhaseReport;
import coop.faireavec.report.ReportService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Erasure (issue #16, point 9): the person becomes "Personne effacée N" everywhere, their contact data, account,
 * codes, links, messages and mails are deleted, their sessions end, and every figure of the phase reports stays the
 * same; the kept report versions are written again without their name.
 */
@FaireAvecWebTest
class ErasureTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ManagementService jobs;

    @Autowired
    ReportService reports;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${faireavec.db.schema}")
    String schema;

    @Test
    void anErasedPersonIsAPseudonymEverywhereAndEveryFigureOfTheReportsStays() throws Exception {
        FourPhaseJourney journey = new FourPhaseJourney(new WebScenario(mvc), data, jobs).enrolAndStart();
        long id = journey.id;
        AccountPrincipal camille = journey.members.get(College.LIVED_EXPERIENCE);
        long personId = camille.getPersonId();
        // a name and an address no one else has, and her consent to be named in the reports (so they print it)
        String name = TestData.unique("Camille Erasme ");
        String email = TestData.unique("camille.erasme.") + "@example.org";
        jdbc.update(
                "update " + schema + ".person set display_name = ?, email = ?, phone = '0601020304' where id = ?",
                name,
                email,
                personId);
        mvc.perform(post("/experimentations/{id}/naming", id)
                        .with(user(camille))
                        .with(csrf())
                        .param("named", "true"))
                .andExpect(status().is3xxRedirection());
        journey.sharedDiagnosis();
        journey.actionLeads();
        // what erasure deletes: an invitation code, a forgotten-password link and its mail, an in-app message
        mvc.perform(post("/experimentations/{id}/members/{p}/invitation", id, personId)
                        .with(user(journey.carrier))
                        .with(csrf()))
                .andExpect(status().isOk());
        // (mail is off in the tests: the link and its queued mail are written as the password-reset feature does)
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update(
                "insert into " + schema + ".password_reset (person_id, token_hash, created_at, expires_at)"
                        + " values (?, ?, ?, ?)",
                personId,
                TestData.unique("hash-"),
                now,
                now);
        jdbc.update(
                "insert into " + schema + ".mail_outbox (created_at, recipient, subject, mime, message_id, status,"
                        + " attempts, next_attempt_at) values (?, ?, 'Mot de passe oublié', ?, ?, 'PENDING', 0, ?)",
                now,
                email,
                ("To: " + email).getBytes(StandardCharsets.UTF_8),
                TestData.unique("<id-") + "@faireavec>",
                now);
        data.notificationFor(camille, id);
        assertThat(count("invitation", "person_id = ?", personId)).isPositive();
        assertThat(count("password_reset", "person_id = ?", personId)).isPositive();
        assertThat(count("mail_outbox", "recipient = ?", email)).isPositive();
        assertThat(count("notification", "person_id = ?", personId)).isPositive();

        Map<Phase, PhaseReport> before = figures(journey);
        assertThat(keptTexts(id)).as("the kept reports name her before").anyMatch(t -> t.contains(name));
        long contributions = count("contribution", "author_id = ?", personId);
        long presences = count("meeting_participant", "person_id = ?", personId);
        long ballots = count("vote_ballot", "voter_id = ?", personId);

        mvc.perform(post("/admin/people/{p}/erase", personId)
                        .with(user(journey.admin))
                        .with(csrf())
                        .param("typedNumber", String.valueOf(personId)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/people/" + personId));

        Map<String, Object> person = jdbc.queryForMap(
                "select display_name, email, phone, preferred_language, erased_no from " + schema
                        + ".person where id = ?",
                personId);
        Object number = value(person, "erased_no");
        assertThat(value(person, "display_name")).isEqualTo("Personne effacée " + number);
        assertThat(value(person, "email")).isNull();
        assertThat(value(person, "phone")).isNull();
        assertThat(count("user_account", "person_id = ?", personId)).isZero();
        assertThat(count("invitation", "person_id = ?", personId)).isZero();
        assertThat(count("password_reset", "person_id = ?", personId)).isZero();
        assertThat(count("mail_outbox", "recipient = ?", email)).isZero();
        assertThat(count("notification", "person_id = ?", personId)).isZero();
        // what she did stays, on the pseudonymised person
        assertThat(count("contribution", "author_id = ?", personId)).isEqualTo(contributions);
        assertThat(count("meeting_participant", "person_id = ?", personId)).isEqualTo(presences);
        assertThat(count("vote_ballot", "voter_id = ?", personId)).isEqualTo(ballots);
        // her session ends with her account
        mvc.perform(get("/").with(user(camille))).andExpect(redirectedUrl("/login?ended"));

        // the kept versions were written again: no name of hers in their workbook nor in their data
        List<Map<String, Object>> kept = jdbc.queryForList(
                "select content, report_data, replaced_reason from " + schema
                        + ".report_version where experimentation_id = ?",
                id);
        assertThat(kept).isNotEmpty();
        assertThat(keptTexts(id))
                .noneMatch(t -> t.contains(name))
                .anyMatch(t -> t.contains("Personne effacée " + number));
        for (Map<String, Object> v : kept) {
            byte[] reportData = (byte[]) value(v, "report_data");
            if (reportData != null) {
                assertThat(gunzip(reportData)).doesNotContain(name);
            }
        }
        assertThat(kept)
                .allSatisfy(v -> assertThat(value(v, "replaced_reason")).isEqualTo(PersonalDataService.REASON_ERASURE));
        // every figure of the phase reports is the same, generated again from today's data
        Map<Phase, PhaseReport> after = figures(journey);
        for (Phase phase : before.keySet()) {
            PhaseReport b = before.get(phase);
            PhaseReport a = after.get(phase);
            assertThat(a.figures()).as("key figures of %s", phase).isEqualTo(b.figures());
            assertThat(a.meetings()).as("meetings of %s", phase).isEqualTo(b.meetings());
            assertThat(a.leads()).as("leads and votes of %s", phase).isEqualTo(b.leads());
            assertThat(a.experiments()).as("experiments of %s", phase).isEqualTo(b.experiments());
            assertThat(a.decisions()).as("decisions of %s", phase).isEqualTo(b.decisions());
        }
        // the audit says it, with her number and no name
        assertThat(audit.about("person", personId))
                .filteredOn(e -> e.getKind() == AuditKind.PERSONAL_DATA_ERASED)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getDetail()).isEqualTo("n° " + number).doesNotContain(name);
                    assertThat(e.getActorId()).isEqualTo(journey.admin.getPersonId());
                });
        // once is enough: the page says so and offers nothing more
        mvc.perform(get("/admin/people/{p}/erase", personId).with(user(journey.admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("déjà effacée")));
    }

    @Test
    void aPersonErasesThemselfAfterTypingTheirPassword() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal me = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);
        mvc.perform(post("/me/data/erase")
                        .with(user(me))
                        .with(csrf())
                        .param("password", "not my password")
                        .param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("pas le bon")));
        mvc.perform(post("/me/data/erase").with(user(me)).with(csrf()).param("password", TestData.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Cochez la case")));
        assertThat(count("user_account", "person_id = ?", me.getPersonId())).isOne();

        mvc.perform(post("/me/data/erase")
                        .with(user(me))
                        .with(csrf())
                        .param("password", TestData.PASSWORD)
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/login?erased"));
        mvc.perform(get("/login?erased"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Vos données sont effacées")));
        assertThat(count("user_account", "person_id = ?", me.getPersonId())).isZero();
        // nobody can take the erased person's place again with a new invitation code (found by a newcomer's trial)
        mvc.perform(post("/experimentations/{id}/members/{p}/invitation", s.experimentationId(), me.getPersonId())
                        .with(user(s.carrier()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ont été effacées")));
        assertThat(audit.about("person", me.getPersonId()))
                .filteredOn(e -> e.getKind() == AuditKind.PERSONAL_DATA_ERASED)
                .singleElement()
                .satisfies(e -> assertThat(e.getActorName()).startsWith("Personne effacée "));
    }

    /** Each phase report generated now from the data, as the committee would read it. */
    private Map<Phase, PhaseReport> figures(FourPhaseJourney journey) {
        Map<Phase, PhaseReport> out = new EnumMap<>(Phase.class);
        for (Phase phase : List.of(Phase.SHARED_DIAGNOSIS, Phase.ACTION_LEADS)) {
            reports.generate(journey.id, phase, null, ReportService.REASON_ASKED);
            out.put(
                    phase,
                    reports.summary(journey.admin.viewer(), journey.id, phase).orElseThrow());
        }
        return out;
    }

    /** The text of every cell of every kept workbook of the experimentation. */
    private List<String> keptTexts(long experimentationId) throws IOException {
        List<String> texts = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        for (byte[] content : jdbc.queryForList(
                "select content from " + schema + ".report_version where experimentation_id = ?",
                byte[].class,
                experimentationId)) {
            StringBuilder text = new StringBuilder();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
                for (Sheet sheet : book) {
                    for (Row row : sheet) {
                        row.forEach(c -> text.append(format.formatCellValue(c)).append('\n'));
                    }
                }
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private long count(String table, String condition, Object value) {
        Long n = jdbc.queryForObject(
                "select count(*) from " + schema + "." + table + " where " + condition, Long.class, value);
        return n == null ? 0 : n;
    }

    private static Object value(Map<String, Object> row, String column) {
        for (Map.Entry<String, Object> e : row.entrySet()) {
            if (e.getKey().equalsIgnoreCase(column)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String gunzip(byte[] data) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
