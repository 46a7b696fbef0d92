package coop.faireavec.directory;

import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The directory's search on a real PostgreSQL (the cases are in {@link DirectorySearchCases}). */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import(TestData.class)
@DirtiesContext // close the engine and the pool while the server still runs
class DirectorySearchPostgresTest extends DirectorySearchCases {

    static final String DATABASE = TestPostgres.newDatabase("directory_search_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }
}
