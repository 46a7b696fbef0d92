package coop.faireavec.bench;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one benchmark run gives each {@link Measurement}: the generated PostgreSQL database and the platform's
 * application running against it, either as a separate process (the packaged jar, {@code -Xmx512m}: scales S and L)
 * or, at scale XS (the CI smoke), as the context the generator started in the bench's own JVM ({@link Platform}).
 *
 * @param scale {@code "XS"}, {@code "S"} or {@code "L"}
 * @param jdbcUrl JDBC URL of the embedded PostgreSQL holding the generated data (app schema {@code app}, engine tables
 *     in {@code public})
 * @param dbUser database user
 * @param dbPassword database password
 * @param appBase the running application's base address, e.g. {@code http://localhost:18080}
 * @param appPid the running application's process id (to read its heap or resident memory); the bench's own at XS
 * @param appJar the packaged application jar (to start other instances or a baseline)
 * @param resultsDir where figures and reports are written ({@code bench/results} or {@code target/bench} for XS)
 * @param dataSet what the generator made (ids of the largest experimentation, sample users and their password)
 * @param inProcess the platform's context in the bench's JVM when it is the measured application (XS), else null
 */
public record BenchRun(
        String scale,
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        URI appBase,
        long appPid,
        Path appJar,
        Path resultsDir,
        DataSet dataSet,
        ConfigurableApplicationContext inProcess) {

    /** The server and jar part of the run. */
    public BenchServer server() {
        return new BenchServer(scale, jdbcUrl, dbUser, dbPassword, appJar, resultsDir);
    }

    /** Whether the measured application is the bench's own in-process context (XS) rather than the jar. */
    public boolean sharedApplication() {
        return inProcess != null;
    }
}
