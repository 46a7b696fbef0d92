package coop.faireavec.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a benchmark run's time goes: each stage's wall time and the CPU time the whole process tree used meanwhile (the
 * bench's JVM, the embedded PostgreSQL and its backends, the applications it started), printed as the stage ends and
 * kept for the results. The CPU seconds say what a stage costs whatever the machine's load: on a quiet machine with
 * {@code c} cores a stage lasts at least {@code cpu / c} seconds, and on a shared one its wall time grows with the
 * other builds while its CPU time hardly does.
 */
final class Stages {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100;

    private final long start = System.nanoTime();
    private final double cpuAtStart = treeCpuSeconds();
    private final List<String> lines = new ArrayList<>();

    /** A stage being timed; {@link #end} records it. */
    final class Stage {
        private final String name;
        private final long t0 = System.nanoTime();
        private final double cpu0 = treeCpuSeconds();

        private Stage(String name) {
            this.name = name;
        }

        /** Records and prints the stage: its name, wall seconds, CPU seconds of the process tree. */
        void end() {
            record(name, (System.nanoTime() - t0) / 1e9, treeCpuSeconds() - cpu0);
        }
    }

    /** Starts timing a stage. */
    Stage begin(String name) {
        return new Stage(name);
    }

    private void record(String name, double wall, double cpu) {
        String line = String.format(Locale.ROOT, "%-66s %7.1f s wall %7.1f s cpu", name, wall, cpu);
        synchronized (lines) {
            lines.add(line);
        }
        System.out.println("[bench] stage " + line);
    }

    /** Records the whole run so far as the last line. */
    void total() {
        record("whole run (bench process)", (System.nanoTime() - start) / 1e9, treeCpuSeconds() - cpuAtStart);
    }

    /** The recorded lines, in order. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /**
     * CPU seconds used so far by this process, the children it waited for, and every live descendant (Linux
     * {@code /proc}); this JVM alone elsewhere.
     */
    static double treeCpuSeconds() {
        double own = cpuSeconds(ProcessHandle.current().pid());
        if (Double.isNaN(own)) {
            return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                            .getProcessCpuTime()
                    / 1e9;
        }
        double all = own;
        for (ProcessHandle d : ProcessHandle.current().descendants().toList()) {
            double c = cpuSeconds(d.pid());
            if (!Double.isNaN(c)) {
                all += c;
            }
        }
        return all;
    }

    /** utime + stime (+ cutime + cstime: children it waited for) of a process, in seconds; NaN when unreadable. */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the command: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks / TICKS;
        } catch (IOException | RuntimeException gone) {
            return Double.NaN;
        }
    }
}
