package coop.faireavec.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server (io.zonky embedded binaries) per test JVM, shared by every PostgreSQL test class; each
 * class gets its own empty database on it, so a test that needs a database with no data (the first hour) is not
 * disturbed by another's. The library's shutdown hook stops the server.
 */
public final class TestPostgres {

    private static final EmbeddedPostgres SERVER = start();

    private TestPostgres() {}

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates an empty database and returns its JDBC URL (user and password {@code postgres}).
     *
     * @param name a database name of lower-case letters and underscores, unique per test class
     */
    public static String newDatabase(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("database name: " + name);
        }
        try (Connection c = SERVER.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return SERVER.getJdbcUrl("postgres", name);
    }

    /** Points the application (profile {@code postgres}) at the database at {@code jdbcUrl}. */
    public static void register(DynamicPropertyRegistry registry, String jdbcUrl) {
        registry.add("FAIREAVEC_DB_URL", () -> jdbcUrl);
        registry.add("FAIREAVEC_DB_USER", () -> "postgres");
        registry.add("FAIREAVEC_DB_PASSWORD", () -> "postgres");
        registry.add("spring.datasource.url", () -> jdbcUrl);
    }
}
