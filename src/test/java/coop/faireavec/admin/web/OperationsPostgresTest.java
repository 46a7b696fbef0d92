package coop.faireavec.admin.web;

import coop.faireavec.support.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link OperationsWebTest} on a real PostgreSQL: the failed reminder's incident, the operations page and "Relancer"
 * (the job run in its own transaction, the audit line in another) behave the same on the production database.
 */
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class OperationsPostgresTest extends OperationsWebTest {

    static final String DATABASE = TestPostgres.newDatabase("operations_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }
}
