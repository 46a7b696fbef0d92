package coop.faireavec.bench.figures;

import coop.faireavec.bench.Platform;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.report.ReportService;
import coop.faireavec.report.ReportVersion;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.context.ConfigurableApplicationContext;
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
    private final boolean owned;
    private final WebScenario web;
    private final TestData data;
    private final ManagementService jobs;

    /** Starts the platform's context on that database (closed with this flow). */
    OursFlow(String jdbcUrl, String user, String password) {
        this(Platform.start(jdbcUrl, user, password, false), true);
    }

    /** Drives on a context already running (the bench's shared one at XS), which stays open when this flow closes. */
    OursFlow(ConfigurableApplicationContext running) {
        this(running, false);
    }

    private OursFlow(ConfigurableApplicationContext context, boolean owned) {
        this.context = context;
        this.owned = owned;
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

    /**
     * Starts the experimentation and drives it through its first {@code phases} phases (4: to its close; timed by the
     * caller).
     */
    void drive(FourPhaseJourney j, int phases) throws Exception {
        web.start(j.carrier, j.id);
        j.sharedDiagnosis();
        if (phases >= 2) {
            j.actionLeads();
        }
        if (phases >= 3) {
            j.experimenting();
        }
        if (phases >= 4) {
            j.consolidation();
        }
    }

    /**
     * Writes again, timed, every report workbook the flow kept for that experimentation (the phase workbooks at the
     * report steps, the whole-experimentation ones there and at the committee's approvals), from the data as they
     * are at the end of the flow: how much of the flow's time the workbooks take (run after the timed part).
     *
     * @return the number of workbooks and the seconds they took
     */
    double[] rewriteReports(Connection db, long experimentationId) throws SQLException {
        List<String> phases = new ArrayList<>();
        try (PreparedStatement s =
                db.prepareStatement("select phase from app.report_version where experimentation_id = ? order by id")) {
            s.setLong(1, experimentationId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    phases.add(r.getString(1));
                }
            }
        }
        ReportService reports = context.getBean(ReportService.class);
        long t0 = System.nanoTime();
        for (String phase : phases) {
            reports.generate(
                    experimentationId,
                    ReportVersion.WHOLE.equals(phase) ? null : Phase.valueOf(phase),
                    null,
                    "bench: timing the flow's workbooks");
        }
        return new double[] {phases.size(), (System.nanoTime() - t0) / 1e9};
    }

    @Override
    public void close() {
        if (owned) {
            context.close();
        }
    }
}
