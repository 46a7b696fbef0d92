package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void aConnectionFailureAnywhereInTheCausesIsAnOutage() {
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException(
                        "no EntityManager", new SQLTransientConnectionException("pool timed out"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
    }

    @Test
    void otherDatabaseFailuresOnlyInvolveTheDatabase() {
        RuntimeException duplicate =
                new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"));
        assertThat(DatabaseOutage.isCause(duplicate)).isFalse();
        assertThat(DatabaseOutage.involvesDatabase(duplicate)).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Connection is closed")))
                .isFalse();
        assertThat(DatabaseOutage.involvesDatabase(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }
}
