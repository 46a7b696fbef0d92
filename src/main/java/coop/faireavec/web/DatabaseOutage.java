package coop.faireavec.web;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a failure caused by an unreachable database (stopped, restarting, network cut) from any other failure, by
 * walking the exception's causes: the pool's "no connection" timeout (Hikari's {@link SQLTransientConnectionException}),
 * Spring's {@link CannotGetJdbcConnectionException}, or a JDBC error whose SQL state is of class {@code 08}
 * (connection exception, SQL standard) or {@code 57P01..57P03} (PostgreSQL: the server shut down, crashed or is not
 * accepting connections yet). When the database dies in the middle of a transaction, the failure to roll back (on a
 * connection the pool has already closed, with no SQL state) can hide the first one: such failures are only
 * {@linkplain #involvesDatabase involving the database}, and the caller asks the database whether it answers.
 */
final class DatabaseOutage {

    private DatabaseOutage() {}

    /**
     * Whether {@code failure}, or one of its causes, says the database cannot be reached.
     *
     * @param failure any exception, or null (then false)
     * @return true for a connection failure, false for anything else (a bug, a constraint, a lock)
     */
    static boolean isCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure}, or one of its causes, comes from the database layer (JDBC, Spring's data access or
     * transaction exceptions, JPA): an outage is then possible, to be confirmed by asking the database.
     *
     * @param failure any exception, or null (then false)
     */
    static boolean involvesDatabase(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException
                    || t instanceof DataAccessException
                    || t instanceof TransactionException
                    || t instanceof PersistenceException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
    }
}
