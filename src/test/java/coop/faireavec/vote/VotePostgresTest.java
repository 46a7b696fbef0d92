package coop.faireavec.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.decision.Grade;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ballot tables (V49) on a real PostgreSQL: a ballot sent again replaces the first (one row, its grades
 * replaced), the database itself refuses a second ballot of the same voter in a round, the rules are frozen as text
 * with the round, and a closed round takes no more ballots.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import(TestData.class)
@DirtiesContext
class VotePostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("vote_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @Autowired
    TestData data;

    @Autowired
    VoteService votes;

    @Autowired
    JdbcTemplate jdbc;

    private long lead(long experimentationId, long authorId, String title) {
        jdbc.update(
                "insert into app.action_lead (experimentation_id, title, proposed_by_id, selected, created_at)"
                        + " values (?, ?, ?, false, ?)",
                experimentationId,
                title,
                authorId,
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject(
                "select max(id) from app.action_lead where experimentation_id = ?", Long.class, experimentationId);
    }

    @Test
    void aBallotSentAgainReplacesTheFirstAndTheDatabaseRefusesASecondRowForTheSameVoter() {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal voter = data.memberOfCollege(id, College.PRACTITIONERS);
        long a = lead(id, voter.getPersonId(), "Accueil sans rendez-vous");
        long b = lead(id, voter.getPersonId(), "Référent unique");
        long round = votes.open(id, "ACTION_LEADS", "pg-vote-1");
        assertThat(votes.open(id, "ACTION_LEADS", "pg-vote-1")).isEqualTo(round);
        assertThat(jdbc.queryForObject("select rules from app.vote_round where id = ?", String.class, round))
                .contains("quorum-min-voters")
                .contains("small-college-below");

        votes.cast("pg-vote-1", voter.getPersonId(), voter.getPersonId(), null, null, Map.of(a, Grade.ESSENTIAL));
        votes.cast(
                "pg-vote-1",
                voter.getPersonId(),
                voter.getPersonId(),
                null,
                null,
                Map.of(a, Grade.USEFUL, b, Grade.IMPORTANT));

        assertThat(jdbc.queryForObject("select count(*) from app.vote_ballot where round_id = ?", Integer.class, round))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select g.grade from app.vote_grade g join app.vote_ballot v on v.id = g.ballot_id"
                                + " where v.round_id = ? order by g.lead_id",
                        String.class,
                        round))
                .containsExactly("USEFUL", "IMPORTANT");
        assertThat(jdbc.queryForObject("select college from app.vote_ballot where round_id = ?", String.class, round))
                .isEqualTo("PRACTITIONERS");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into app.vote_ballot (round_id, voter_id, college, recorded_by_id, cast_at)"
                                + " values (?, ?, 'PRACTITIONERS', ?, ?)",
                        round,
                        voter.getPersonId(),
                        voter.getPersonId(),
                        Timestamp.from(Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aBallotRecordedForSomeoneKeepsTheirConsentAndAClosedRoundTakesNoMore() {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        long nadia = data.personWithoutAccount(id, "Nadia", College.LIVED_EXPERIENCE);
        AccountPrincipal carrier = s.carrier();
        long a = lead(id, nadia, "Un minibus");
        votes.open(id, "ACTION_LEADS", "pg-vote-2");
        votes.cast("pg-vote-2", nadia, carrier.getPersonId(), ConsentKind.ORAL, null, Map.of(a, Grade.ESSENTIAL));
        assertThat(jdbc.queryForMap(
                        "select voter_id, recorded_by_id, consent_kind, college from app.vote_ballot"
                                + " where voter_id = ?",
                        nadia))
                .containsEntry("recorded_by_id", carrier.getPersonId())
                .containsEntry("consent_kind", "ORAL")
                .containsEntry("college", "LIVED_EXPERIENCE");

        votes.close("pg-vote-2", carrier.getPersonId(), "Tout le monde a pu voter à la réunion.");
        assertThatThrownBy(() -> votes.cast(
                        "pg-vote-2", nadia, carrier.getPersonId(), ConsentKind.ORAL, null, Map.of(a, Grade.USEFUL)))
                .isInstanceOf(ConflictException.class);
        VoteService.Results results = votes.latestResults(id).orElseThrow();
        assertThat(results.closed()).isTrue();
        assertThat(results.closingReason()).isEqualTo("Tout le monde a pu voter à la réunion.");
        assertThat(results.tally().turnout())
                .filteredOn(t -> t.college().equals("LIVED_EXPERIENCE"))
                .singleElement()
                .satisfies(t -> assertThat(t.ballots()).isEqualTo(1));
        AccountPrincipal committee = data.memberWithRole(id, ExperimentationRole.COMMITTEE);
        assertThatThrownBy(() ->
                        votes.cast("pg-vote-2", committee.getPersonId(), committee.getPersonId(), null, null, Map.of()))
                .isInstanceOf(ConflictException.class);
    }
}
