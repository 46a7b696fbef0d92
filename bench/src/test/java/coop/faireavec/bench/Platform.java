package coop.faireavec.bench;

import coop.faireavec.FaireAvecApplication;
import coop.faireavec.support.TestData;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The platform's own application context started in the bench's JVM (profile {@code postgres}, no demo, no job
 * executor: the generator and figure 4 move the engine's timers themselves), with {@link TestData} added for figure
 * 4's enrolment. The data generator uses it to fill the database through the platform's services; at scale {@code XS}
 * (the CI smoke) the same context also serves the HTTP figures on {@link AppProcess#PORT} and drives figure 4, so
 * that the smoke starts the platform once instead of three times.
 */
public final class Platform {

    private Platform() {}

    /**
     * Starts the platform on that database.
     *
     * @param serving true: an HTTP server on {@link AppProcess#PORT} with statement counting (the figures' application
     *     at XS); false: on a free port, nobody calls it over HTTP
     * @return the running context; the caller closes it
     */
    public static ConfigurableApplicationContext start(String jdbcUrl, String user, String password, boolean serving) {
        Map<String, Object> p = new HashMap<>();
        p.put("FAIREAVEC_DB_URL", jdbcUrl);
        p.put("FAIREAVEC_DB_USER", user);
        p.put("FAIREAVEC_DB_PASSWORD", password);
        p.put("faireavec.demo.enabled", "false");
        p.put("camunda.bpm.job-execution.enabled", "false");
        p.put("faireavec.meeting-reminders.enabled", "false");
        // figure 4's enrolment (untimed) adds accounts: the cheapest bcrypt keeps the set-up short
        p.put("faireavec.security.bcrypt-strength", "4");
        // figure 3's carrier signs in with a password only: two-factor enrolment is not what the bench measures
        p.put("faireavec.two-factor.required-for-carriers-and-admins", "false");
        p.put("logging.level.root", "WARN");
        p.put("spring.main.banner-mode", "off");
        if (serving) {
            AppProcess.requireFree(AppProcess.PORT);
            p.put("server.port", String.valueOf(AppProcess.PORT));
            p.put("faireavec.bench.count-statements", "true");
        } else {
            p.put("server.port", "0");
        }
        // command-line arguments: they take precedence over application.properties (default properties do not)
        String[] args = p.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(FaireAvecApplication.class, TestData.class)
                .applicationStartup(new BufferingApplicationStartup(50_000))
                .profiles("postgres")
                .initializers(c -> c.getBeanFactory().registerSingleton("benchExcludesTests", new TestClassesOut()))
                .run(args);
    }

    /**
     * Where the context's start-up went (Spring's {@code ApplicationStartup}, buffered): the {@code n} steps that took
     * longest by themselves (their own time, without the steps nested in them), e.g. the bean creating Hibernate's
     * metamodel, Flyway's validation or the engine's deployment of {@code processes/}, with their share of the
     * context's refresh.
     */
    public static List<String> slowestStartupSteps(ConfigurableApplicationContext context, int n) {
        if (!(context.getApplicationStartup() instanceof BufferingApplicationStartup buffered)) {
            return List.of();
        }
        List<StartupTimeline.TimelineEvent> entries =
                buffered.getBufferedTimeline().getEvents();
        Map<Long, Duration> nested = new HashMap<>();
        Duration refresh = Duration.ZERO;
        for (StartupTimeline.TimelineEvent e : entries) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                nested.merge(parent, e.getDuration(), Duration::plus);
            }
            if ("spring.context.refresh".equals(e.getStartupStep().getName())) {
                refresh = e.getDuration();
            }
        }
        double refreshMs = Math.max(1, refresh.toMillis());
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT, "context refresh %.1f s; its slowest steps by their own time:", refreshMs / 1000));
        entries.stream()
                .map(e -> Map.entry(
                        e,
                        e.getDuration()
                                .minus(nested.getOrDefault(e.getStartupStep().getId(), Duration.ZERO))))
                .sorted(Map.Entry.<StartupTimeline.TimelineEvent, Duration>comparingByValue()
                        .reversed())
                .limit(n)
                .forEach(x -> {
                    StringBuilder tags = new StringBuilder();
                    x.getKey()
                            .getStartupStep()
                            .getTags()
                            .forEach(t -> tags.append(' ')
                                    .append(t.getKey())
                                    .append('=')
                                    .append(t.getValue()));
                    lines.add(String.format(
                            Locale.ROOT,
                            "  %6.1f s %4.1f %% %s%s",
                            x.getValue().toMillis() / 1000.0,
                            100 * x.getValue().toMillis() / refreshMs,
                            x.getKey().getStartupStep().getName(),
                            tags));
                });
        return lines;
    }

    /**
     * Keeps the test sources (src/test/java and bench/, compiled to test-classes) out of the platform's component
     * scan, as {@code @SpringBootTest} does: only {@link TestData} is added, by name.
     */
    static final class TestClassesOut extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TestClassesOut;
        }

        @Override
        public int hashCode() {
            return TestClassesOut.class.hashCode();
        }
    }
}
