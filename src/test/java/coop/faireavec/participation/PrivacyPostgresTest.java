package coop.faireavec.participation;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.contribution.ContributionChanges;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * The V46 columns on a real PostgreSQL: pseudonym numbers from the locked counter, the consent to be named, a
 * withdrawn contribution kept but no longer read, and the migration's numbering of members who were already there.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import(TestData.class)
@DirtiesContext
class PrivacyPostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("privacy_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @Autowired
    TestData data;

    @Autowired
    ReportNames names;

    @Autowired
    NamingConsentService consents;

    @Autowired
    MembershipService memberships;

    @Autowired
    ContributionService contributions;

    @Autowired
    ContributionChanges changes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pseudonymsConsentAndWithdrawalAreStoredOnPostgres() {
        TestData.Scenario s = data.draftExperimentation();
        long exp = s.experimentationId();
        long amina = data.personWithoutAccount(exp, "Amina", College.LIVED_EXPERIENCE);
        long bruno = data.personWithoutAccount(exp, "Bruno", College.LIVED_EXPERIENCE);
        assertThat(names.namesFor(exp))
                .containsEntry(amina, "Personne concernée 1")
                .containsEntry(bruno, "Personne concernée 2");

        consents.noteFor(s.carrier().viewer(), exp, bruno, true, NamingConsentKind.OTHER, "par SMS");
        Map<String, Object> row = jdbc.queryForMap(
                "select named_in_reports, naming_consent_kind, naming_consent_note, naming_consent_noted_by,"
                        + " naming_consent_at from app.membership where person_id = ? and experimentation_id = ?",
                bruno,
                exp);
        assertThat(row.get("named_in_reports")).isEqualTo(true);
        assertThat(row.get("naming_consent_kind")).isEqualTo("OTHER");
        assertThat(row.get("naming_consent_note")).isEqualTo("par SMS");
        assertThat(((Number) row.get("naming_consent_noted_by")).longValue())
                .isEqualTo(s.carrier().getPersonId());
        assertThat(row.get("naming_consent_at")).isNotNull();
        assertThat(names.namesFor(exp)).containsEntry(bruno, "Bruno");

        AccountPrincipal carrier = s.carrier();
        long id = contributions
                .record(new NewContribution(
                        exp,
                        "SHARED_DIAGNOSIS",
                        "PeerSessions",
                        null,
                        "LIVED_EXPERIENCE",
                        null,
                        null,
                        null,
                        "Ce qu'Amina a dit",
                        amina,
                        carrier.getPersonId(),
                        coop.faireavec.contribution.ConsentKind.ORAL,
                        null))
                .getId();
        changes.withdraw(carrier.viewer(), exp, id, coop.faireavec.contribution.ConsentKind.WRITTEN, null);
        assertThat(contributions.ofPhase(exp, "SHARED_DIAGNOSIS")).isEmpty();
        Map<String, Object> withdrawn = jdbc.queryForMap(
                "select withdrawn_at, withdrawn_by_id, changed_by_id, change_consent_kind from app.contribution"
                        + " where id = ?",
                id);
        assertThat(withdrawn.get("withdrawn_at")).isNotNull();
        assertThat(((Number) withdrawn.get("withdrawn_by_id")).longValue()).isEqualTo(carrier.getPersonId());
        assertThat(withdrawn.get("change_consent_kind")).isEqualTo("WRITTEN");
    }

    @Test
    void theMigrationNumbersTheMembersAlreadyThereInMembershipOrder() throws IOException {
        TestData.Scenario s = data.draftExperimentation();
        long exp = s.experimentationId();
        long amina = data.personWithoutAccount(exp, "Amina", College.LIVED_EXPERIENCE);
        data.personWithoutAccount(exp, "Paul", College.PRACTITIONERS);
        long bruno = data.personWithoutAccount(exp, "Bruno", College.LIVED_EXPERIENCE);
        jdbc.update("update app.membership set pseudonym_no = null where experimentation_id = ?", exp);

        jdbc.execute(migrationNumbering()
                .replace("update membership", "update app.membership")
                .replace("from membership", "from app.membership"));

        assertThat(memberships.membership(amina, exp).orElseThrow().getPseudonymNo())
                .isEqualTo(1);
        assertThat(memberships.membership(bruno, exp).orElseThrow().getPseudonymNo())
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.membership where experimentation_id = ? and college <> ?"
                                + " and pseudonym_no is not null",
                        Long.class,
                        exp,
                        "LIVED_EXPERIENCE"))
                .isZero();
    }

    /** The statement of V46 that numbers the lived-experience members already there. */
    private static String migrationNumbering() throws IOException {
        try (InputStream in =
                PrivacyPostgresTest.class.getResourceAsStream("/db/migration/V46__naming_consent_and_withdrawal.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = sql.indexOf("update membership set pseudonym_no");
            return sql.substring(start, sql.indexOf(';', start));
        }
    }
}
