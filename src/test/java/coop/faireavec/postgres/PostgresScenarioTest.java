package coop.faireavec.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.experimentation.ExperimentationStatus;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import coop.faireavec.support.WebScenario;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The same application on a real PostgreSQL (embedded binaries, no server needed): Flyway migrations into the
 * app schema, Camunda's own tables beside them, and a full scenario through the web layer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
@Import(TestData.class)
@DirtiesContext // close the engine and the pool while the server still runs, not in a racing shutdown hook
class PostgresScenarioTest {

    static final String DATABASE = TestPostgres.newDatabase("scenario_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    DataSource dataSource;

    @Autowired
    org.camunda.bpm.engine.ManagementService jobs;

    @Autowired
    coop.faireavec.task.StepService steps;

    @Test
    void migrationsCreateTheAppSchemaBesideCamundasTables() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
                .isGreaterThanOrEqualTo(160000);
        assertThat(jdbc.queryForList(
                        "select table_name from information_schema.tables where table_schema = 'app'", String.class))
                .contains(
                        "experimentation",
                        "membership",
                        "person",
                        "user_account",
                        "territory",
                        "meeting",
                        "meeting_participant",
                        "meeting_minutes",
                        "minutes_validation",
                        "meeting_rule",
                        "flyway_schema_history");
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.tables "
                                + "where table_schema = 'public' and table_name = 'act_ru_task'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void anExperimentationGoesThroughTheFourPhasesOnPostgres() throws Exception {
        FourPhaseJourney journey = new FourPhaseJourney(new WebScenario(mvc), data, jobs).enrolAndStart();
        journey.sharedDiagnosis();
        journey.actionLeads();
        journey.experimenting();
        journey.consolidation();
        assertThat(data.experimentation(journey.id).getStatus()).isEqualTo(ExperimentationStatus.CLOSED);
        // its four meetings were held on PostgreSQL (app tables live in the schema "app"): attendance, minutes
        // validated once per college present, frozen
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.meeting where experimentation_id = ? and step_completed",
                        Integer.class,
                        journey.id))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.meeting_minutes mm join app.meeting m on m.id = mm.meeting_id "
                                + "where m.experimentation_id = ? and mm.status = 'VALIDATED' and mm.frozen_at is not null",
                        Integer.class,
                        journey.id))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.minutes_validation v join app.meeting_minutes mm "
                                + "on mm.id = v.minutes_id join app.meeting m on m.id = mm.meeting_id where m.experimentation_id = ? "
                                + "and v.approved",
                        Integer.class,
                        journey.id))
                .isEqualTo(12);
    }

    @Test
    void theCommitteesRequestsAndTheirAnswersAreKeptOnPostgres() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        var committee = data.memberWithRole(id, coop.faireavec.participation.ExperimentationRole.COMMITTEE);
        for (int guard = 0; guard < 20 && steps.mySteps(committee.viewer()).isEmpty(); guard++) {
            var step = steps.mySteps(s.carrier().viewer()).get(0);
            data.completeStep(s.carrier(), step, "college-validation".equals(step.formKey()) ? "AGREE" : null);
        }
        WebScenario web = new WebScenario(mvc);
        web.askForMore(
                committee,
                web.stepId(committee, "CommitteeReview"),
                "PARTICIPATION",
                "Combien de personnes sont venues ?",
                "FUNDING",
                "Qui a payé la salle ?");
        web.complete(
                s.carrier(),
                "WritePhaseReport",
                "body",
                "Bilan complété.",
                "answers[0]",
                "Six sur dix.",
                "answers[1]",
                "La mairie.");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList(
                        "select r.position || ' ' || r.part || ' ' || r.answer from app.review_request r "
                                + "join app.phase_review p on p.id = r.review_id where p.experimentation_id = ? "
                                + "and r.answered_by = ? and r.answered_at is not null order by r.position",
                        String.class,
                        id,
                        s.carrier().getPersonId()))
                .containsExactly("1 PARTICIPATION Six sur dix.", "2 FUNDING La mairie.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.phase_review where experimentation_id = ? and task_id is not null "
                                + "and report_version = 1 and not approved",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }
}
