package coop.faireavec.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.report.ReportService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
 * Export and erasure on a real PostgreSQL (lower-case schema {@code app}, bytea, its own SQL dialect): every
 * statement the definition of a person's data builds runs there, the foreign keys to person in PostgreSQL's metadata
 * are all in it, and an erasure deletes, keeps and renames what it says, kept report versions written again.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import({TestData.class, MutableClock.class})
@DirtiesContext
class ErasurePostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("erasure_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @Autowired
    TestData data;

    @Autowired
    PersonalDataService service;

    @Autowired
    PersonalDataFiles files;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersonIsExportedAndErasedOnPostgres() {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal person = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        long personId = person.getPersonId();
        data.meetingWithWords(s, person);
        data.leadWithComment(s, person);
        data.experimentFixture(s, person);
        data.notificationFor(person, id);
        jdbc.update("update app.person set email = 'erase.me@example.org' where id = ?", personId);
        jdbc.update(
                "insert into app.mail_outbox (created_at, recipient, subject, mime, message_id, status, attempts,"
                        + " next_attempt_at) values (now(), 'Erase.Me@example.org', 's', ?, ?, 'PENDING', 0, now())",
                new byte[] {1},
                TestData.unique("<pg-") + "@faireavec>");
        reports.generate(id, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_ASKED);

        Set<String> defined =
                PersonalData.REFERENCES.stream().map(PersonReference::key).collect(Collectors.toSet());
        assertThat(foreignKeysToPerson())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(defined.contains(c) || PersonalData.NOT_A_PERSON.containsKey(c))
                        .as("%s in the definition", c)
                        .isTrue());

        PersonalDataSet own = service.ownData(person.viewer());
        assertThat(own.sections()).hasSameSizeAs(PersonalData.REFERENCES);
        assertThat(own.section("mail_outbox.recipient").orElseThrow().rows()).hasSize(1);
        assertThat(own.section("contribution.author_id").orElseThrow().rows()).isNotEmpty();
        assertThat(files.json(own, java.util.Locale.FRENCH)).isNotEmpty();
        assertThat(files.xlsx(own, Locale.FRENCH)).isNotEmpty();
        Map<String, Integer> before = new HashMap<>();
        PersonalData.REFERENCES.forEach(ref -> before.put(ref.key(), count(ref, personId)));

        int number = service.erase(personId, new AuditLog.Actor(null, null, null));

        for (PersonReference ref : PersonalData.REFERENCES) {
            assertThat(count(ref, personId))
                    .as("records of %s after erasure", ref.key())
                    .isEqualTo(PersonalDataCoverageTest.expectedAfterErasure(ref, before.get(ref.key())));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.mail_outbox where lower(recipient) = 'erase.me@example.org'",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select display_name from app.person where id = ?", String.class, personId))
                .isEqualTo("Personne effacée " + number);
        assertThat(jdbc.queryForList(
                        "select replaced_reason from app.report_version where experimentation_id = ?",
                        String.class,
                        id))
                .containsOnly(PersonalDataService.REASON_ERASURE);
    }

    private int count(PersonReference ref, long personId) {
        // after erasure the person has no address: mails are counted by the address they had
        String condition =
                ref.match() == null ? ref.condition() : "lower(t.recipient) = 'erase.me@example.org' and ? is not null";
        Integer n = jdbc.queryForObject(
                "select count(*) from app." + ref.table() + " t where " + condition.replace("%s", "app"),
                Integer.class,
                personId);
        return n == null ? 0 : n;
    }

    private Set<String> foreignKeysToPerson() {
        return jdbc.execute((java.sql.Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            Set<String> found = new TreeSet<>();
            try (ResultSet keys = meta.getExportedKeys(connection.getCatalog(), "app", "person")) {
                while (keys.next()) {
                    found.add(keys.getString("FKTABLE_NAME") + "." + keys.getString("FKCOLUMN_NAME"));
                }
            }
            return found;
        });
    }
}
