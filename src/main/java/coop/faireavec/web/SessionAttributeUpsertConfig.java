package coop.faireavec.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session at the same moment (a double click on "Confirmer") may both add the same session
 * attribute (the flash message): with Spring Session's plain INSERT the second fails on the attributes' key and the
 * person gets an error page. The attribute is written with an upsert instead: Spring Session's own customizer on
 * PostgreSQL, H2's {@code MERGE ... KEY} elsewhere (the demo and the tests).
 */
@Configuration
class SessionAttributeUpsertConfig {

    /** H2's upsert, with the same parameters as Spring Session's insert (session primary id, name, bytes). */
    static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME,"
            + " ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    @Profile("postgres")
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributeUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    @Profile("!postgres")
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> h2SessionAttributeUpsert() {
        return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
    }
}
