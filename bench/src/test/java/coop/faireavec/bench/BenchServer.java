package coop.faireavec.bench;

import java.nio.file.Path;

/**
 * What a benchmark run knows before its data set exists: the embedded PostgreSQL server (a measurement may create its
 * own fresh databases on it) and the packaged jar. Given to {@link Measurement#begin} and part of {@link BenchRun}.
 *
 * @param scale {@code "XS"}, {@code "S"} or {@code "L"}
 * @param jdbcUrl JDBC URL of the run's database on that server
 * @param dbUser database user
 * @param dbPassword database password
 * @param appJar the packaged application jar
 * @param resultsDir where figures, logs and reports are written
 */
public record BenchServer(
        String scale, String jdbcUrl, String dbUser, String dbPassword, Path appJar, Path resultsDir) {}
