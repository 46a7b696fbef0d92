package coop.faireavec.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.security.Viewer;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * The funding on a real PostgreSQL: the V44 tables keep euros as NUMERIC(12,2), sums stay exact, the database
 * itself refuses a negative amount, and the optimistic lock holds.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import(TestData.class)
@DirtiesContext
class FundingPostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("funding_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @Autowired
    TestData data;

    @Autowired
    FundingService funding;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void amountsAreNumericWithCentsAndSumExactlyOnPostgres() {
        TestData.Scenario s = data.runningExperimentation();
        Viewer carrier = s.carrier().viewer();
        long id = s.experimentationId();
        Funder f = funding.addFunder(carrier, id, new FunderDetails("Rennes Métropole", FunderKind.INTERCOMMUNALITY));
        for (String amount : new String[] {"0.10", "0.20", "1234567.89"}) {
            funding.addBudgetLine(
                    carrier,
                    id,
                    new BudgetLineDetails(
                            Phase.SHARED_DIAGNOSIS, Account.PURCHASES, null, new BigDecimal(amount), null));
        }
        funding.addBudgetLine(
                carrier,
                id,
                new BudgetLineDetails(
                        Phase.SHARED_DIAGNOSIS,
                        Account.GRANT_INTERCOMMUNALITY,
                        f.getId(),
                        new BigDecimal("1234568.19"),
                        null));
        funding.addSpending(
                carrier,
                id,
                new SpendingDetails(
                        LocalDate.of(2026, 3, 1),
                        new BigDecimal("0.30"),
                        Account.PURCHASES,
                        Phase.SHARED_DIAGNOSIS,
                        f.getId(),
                        null));

        assertThat(jdbc.queryForObject(
                        "select data_type || ':' || numeric_precision || ',' || numeric_scale from"
                                + " information_schema.columns where table_schema = 'app' and table_name ="
                                + " 'budget_line' and column_name = 'planned_amount'",
                        String.class))
                .isEqualTo("numeric:12,2");
        FundingStatement st = funding.statement(id).orElseThrow();
        assertThat(st.charges().get(0).planned()).isEqualTo(new BigDecimal("1234568.19"));
        assertThat(st.charges().get(0).actual()).isEqualTo(new BigDecimal("0.30"));
        assertThat(st.income().get(0).actual()).as("the grant used").isEqualTo(new BigDecimal("0.30"));
        assertThat(funding.overview(carrier, id).total().balanced()).isTrue();

        assertThatThrownBy(() -> jdbc.update(
                        "insert into app.budget_line (experimentation_id, phase, account, planned_amount)"
                                + " values (?, 'SHARED_DIAGNOSIS', 'PURCHASES', -1)",
                        id))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() ->
                        funding.changeFunder(carrier, id, f.getId(), 5, new FunderDetails("Autre", FunderKind.TOWN)))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }
}
