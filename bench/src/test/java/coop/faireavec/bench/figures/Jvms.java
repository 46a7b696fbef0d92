package coop.faireavec.bench.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the figures share: fresh databases on the bench's PostgreSQL server, Java processes started and stopped, an
 * HTTP address polled until it answers, and a process's resident memory.
 */
final class Jvms {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Jvms() {}

    /**
     * Creates an empty database on the server of {@code jdbcUrl} and returns its JDBC URL (same user).
     *
     * @param name a database name of lower-case letters, digits and underscores
     */
    static String freshDatabase(String jdbcUrl, String user, String password, String name) throws SQLException {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        }
        return withDatabase(jdbcUrl, name);
    }

    /** The same server's URL for another database: {@code jdbc:postgresql://host:port/<name>?<same parameters>}. */
    static String withDatabase(String jdbcUrl, String name) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?', slash);
        return jdbcUrl.substring(0, slash + 1) + name + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    /** A TCP port free now on this machine. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code java} of the running JDK. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts a JVM with its output in {@code log}.
     *
     * @param jvmAndArgs what follows {@code java}
     * @param env environment variables added to this process's
     */
    static Process start(List<String> jvmAndArgs, Map<String, String> env, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        // the bench's own JIT setting (CI's XS smoke: C1 only), so that ours and the baseline start alike
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:TieredStopAtLevel="))
                .forEach(command::add);
        command.addAll(jvmAndArgs);
        Files.createDirectories(log.getParent());
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /**
     * Polls {@code url} every 50 ms until it answers 200.
     *
     * @return milliseconds from {@code startNanos} ({@link System#nanoTime()}) to the first 200
     * @throws IllegalStateException when the process dies or nothing answers 200 within {@code timeout}
     */
    static double waitFor200(URI url, Process process, long startNanos, Duration timeout) throws InterruptedException {
        long deadline = startNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process ended with " + process.exitValue() + " before " + url);
            }
            try {
                HttpResponse<Void> r = HTTP.send(
                        HttpRequest.newBuilder(url)
                                .timeout(Duration.ofSeconds(2))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - startNanos) / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no 200 from " + url + " within " + timeout);
    }

    /**
     * Resident memory of a process, from {@code VmRSS} in {@code /proc/<pid>/status} (Linux).
     *
     * @return megabytes (MiB)
     */
    static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                String kb = line.substring("VmRSS:".length()).replace("kB", "").trim();
                return Long.parseLong(kb) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    /**
     * Waits until the process's CPU time grows by less than 5 % of one core over one second (idle), at most {@code
     * max}.
     */
    static void waitIdle(long pid, Duration max) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        long before = cpuTicks(pid);
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long now = cpuTicks(pid);
            // clock ticks are 1/100 s on Linux: under 5 ticks a second is under 5 % of a core
            if (now - before < 5) {
                return;
            }
            before = now;
        }
    }

    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields after the command: state(0) ... utime(11) stime(12)
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** Ends the process (SIGTERM, then SIGKILL after 20 s) and its children. */
    static void stop(Process p) throws InterruptedException {
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
