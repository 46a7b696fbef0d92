package coop.faireavec.bench.figures;

import coop.faireavec.FaireAvecApplication;
import coop.faireavec.participation.College;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Our side of figure 4: the platform's own application context started in the bench process on a fresh database
 * (PostgreSQL profile, no demo, no job executor: the journey fires the observation timer itself, as the tests do),
 * and experimentations driven from start to close through the web layer ({@link FourPhaseJourney} over MockMvc: the
 * controllers, the services they call, the engine behind our facade, as people's requests would).
 */
final class OursFlow implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final WebScenario web;
    private final TestData data;
    private final ManagementService jobs;

    OursFlow(String jdbcUrl, String user, String password) {
        Map<String, Object> p = new HashMap<>();
        p.put("FAIREAVEC_DB_URL", jdbcUrl);
        p.put("FAIREAVEC_DB_USER", user);
        p.put("FAIREAVEC_DB_PASSWORD", password);
        p.put("faireavec.demo.enabled", "false");
        p.put("server.port", "0");
        p.put("camunda.bpm.job-execution.enabled", "false");
        p.put("faireavec.meeting-reminders.enabled", "false");
        // enrolment (untimed) adds accounts: the cheapest bcrypt keeps the set-up short
        p.put("faireavec.security.bcrypt-strength", "4");
        p.put("logging.level.root", "WARN");
        p.put("spring.main.banner-mode", "off");
        context = new SpringApplicationBuilder(FaireAvecApplication.class, TestData.class)
                .profiles("postgres")
                .properties(p)
                .initializers(c -> c.getBeanFactory().registerSingleton("benchExcludesTests", new TestClassesOut()))
                .run();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        web = new WebScenario(mvc);
        data = context.getBean(TestData.class);
        jobs = context.getBean(ManagementService.class);
    }

    /** Creates {@code n} experimentations with their carrier, committee member and one member per college (untimed). */
    List<FourPhaseJourney> enrol(int n) throws Exception {
        List<FourPhaseJourney> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FourPhaseJourney j = new FourPhaseJourney(web, data, jobs);
            j.admin = data.admin();
            j.id = web.createExperimentation(j.admin, "Prévenir la précarisation", TestData.unique("Bench "));
            j.carrier = data.principal(web.addMember(j.admin, j.id, "Claire", null, "CARRIER"));
            j.committee = data.principal(web.addMember(j.carrier, j.id, "Jean", null, "COMMITTEE"));
            for (College c : College.values()) {
                j.members.put(c, data.principal(web.addMember(j.carrier, j.id, "Camille", c.name(), "PARTICIPANT")));
            }
            all.add(j);
        }
        return all;
    }

    /** Starts the experimentation and drives it through its four phases to its close (timed by the caller). */
    void drive(FourPhaseJourney j) throws Exception {
        web.start(j.carrier, j.id);
        j.sharedDiagnosis();
        j.actionLeads();
        j.experimenting();
        j.consolidation();
    }

    @Override
    public void close() {
        context.close();
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
