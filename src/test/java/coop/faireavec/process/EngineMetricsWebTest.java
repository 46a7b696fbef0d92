package coop.faireavec.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The engine's gauges as administrators read them at {@code /actuator/metrics/...}: a job that fails until its retries
 * are used up raises the failed-job and incident counts; nobody else reads metrics; the history cleanup job waits for
 * its night window.
 */
@FaireAvecWebTest
class EngineMetricsWebTest {

    private static final String FAILING = "metricsFailingProcess";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    private String deploymentId;

    @AfterEach
    void removeTheFailingProcess() {
        if (deploymentId != null) {
            repository.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void aJobFailingUntilItsRetriesAreUsedUpRaisesTheFailedJobAndIncidentGauges() throws Exception {
        AccountPrincipal admin = data.admin();
        double due = gauge(admin, EngineMetrics.JOBS_DUE);
        double failed = gauge(admin, EngineMetrics.JOBS_FAILED);
        double incidents = gauge(admin, EngineMetrics.INCIDENTS);
        BpmnModelInstance model = Bpmn.createExecutableProcess(FAILING)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Fails")
                .camundaAsyncBefore()
                .camundaExpression("${noSuchBean.work()}")
                .endEvent()
                .done();
        deploymentId = repository
                .createDeployment()
                .addModelInstance(FAILING + ".bpmn", model)
                .deploy()
                .getId();
        runtime.startProcessInstanceByKey(FAILING);

        assertThat(gauge(admin, EngineMetrics.JOBS_DUE)).isEqualTo(due + 1);
        Job job = management.createJobQuery().processDefinitionKey(FAILING).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
        }

        assertThat(gauge(admin, EngineMetrics.JOBS_FAILED)).isEqualTo(failed + 1);
        assertThat(gauge(admin, EngineMetrics.INCIDENTS)).isEqualTo(incidents + 1);
        assertThat(gauge(admin, EngineMetrics.JOBS_DUE)).isEqualTo(due);
    }

    @Test
    void onlyAdministratorsReadMetricsAndHealthShowsNoDetails() throws Exception {
        mvc.perform(get("/actuator/metrics/" + EngineMetrics.INCIDENTS))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/actuator/metrics")).andExpect(redirectedUrlPattern("**/login"));
        AccountPrincipal member =
                data.memberOfCollege(data.runningExperimentation().experimentationId(), College.PRACTITIONERS);
        mvc.perform(get("/actuator/metrics/" + EngineMetrics.INCIDENTS).with(user(member)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user(member))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", true));
        mvc.perform(get("/actuator/metrics").with(user(data.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(EngineMetrics.JOBS_DUE)));
    }

    @Test
    void theHistoryCleanupWaitsForItsNightWindow() {
        List<Job> cleanup = history.findHistoryCleanupJobs();

        assertThat(cleanup).isNotEmpty();
        LocalTime due = cleanup.get(0)
                .getDuedate()
                .toInstant()
                .atZone(ZoneId.systemDefault())
                .toLocalTime();
        assertThat(due).isBetween(LocalTime.of(3, 0), LocalTime.of(5, 0));
    }

    private double gauge(AccountPrincipal admin, String name) throws Exception {
        String body = mvc.perform(get("/actuator/metrics/" + name).with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Number value = JsonPath.read(body, "$.measurements[0].value");
        return value.doubleValue();
    }
}
