package coop.faireavec.admin;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.participation.College;
import coop.faireavec.people.PeopleService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The administration's database work on a real PostgreSQL: the V42 migration, the person columns found in the
 * metadata (lower-case schema), a merge, the audit and the last-administrator count.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import(TestData.class)
@DirtiesContext
class AdminPostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("admin_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @Autowired
    TestData data;

    @Autowired
    AdminService admin;

    @Autowired
    PersonMerger merger;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMergeOnPostgresMovesEveryPersonColumnAndIsAudited() {
        assertThat(merger.personColumns())
                .contains(
                        new PersonMerger.PersonColumn("contribution", "author_id"),
                        new PersonMerger.PersonColumn("meeting_participant", "person_id"),
                        new PersonMerger.PersonColumn("notification", "person_id"));
        TestData.Scenario mine = data.runningExperimentation();
        TestData.Scenario other = data.runningExperimentation();
        AccountPrincipal kept = data.memberOfCollege(mine.experimentationId(), College.PRACTITIONERS);
        AccountPrincipal duplicate = data.memberOfCollege(other.experimentationId(), College.PRACTITIONERS);
        data.meetingWithWords(mine, kept);
        data.meetingWithWords(other, duplicate);
        data.addToExperimentation(duplicate, mine.experimentationId(), College.PRACTITIONERS);
        AccountPrincipal administrator = data.admin();

        admin.merge(
                administrator.viewer(),
                new AuditLog.Actor(administrator.getPersonId(), "Admin", "192.0.2.7"),
                kept.getPersonId(),
                duplicate.getPersonId());

        assertThat(jdbc.queryForObject(
                        "select count(*) from app.contribution where author_id = ?", Long.class, kept.getPersonId()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.membership where person_id = ?", Long.class, kept.getPersonId()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.person where id = ?", Long.class, duplicate.getPersonId()))
                .isZero();
        assertThat(admin.latestAudit(administrator.viewer(), 1).get(0).getKind())
                .isEqualTo(AuditKind.PEOPLE_MERGED);
        assertThat(admin.latestAudit(administrator.viewer(), 1).get(0).getClientAddress())
                .isEqualTo("192.0.2.7");
        people.setAccountEnabled(kept.getPersonId(), false);
        assertThat(people.signInStateOf(kept.getPersonId()).orElseThrow().sessionVersion())
                .isEqualTo(1);
    }
}
