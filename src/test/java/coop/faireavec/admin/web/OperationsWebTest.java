package coop.faireavec.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.notification.ReminderDelegate;
import coop.faireavec.participation.College;
import coop.faireavec.process.StepView;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.task.StepService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Engine work that fails (issue #15, point 5): a reminder whose delegate throws rolls back to its timer, the engine
 * retries it, and once its retries are spent the administrators see it on the operations page (experimentation, step
 * named from the messages, the error escaped, since when) with "Relancer"; run again once the cause is gone, it
 * succeeds, the incident is gone, and the audit names who ran it again.
 */
@FaireAvecWebTest
class OperationsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkflowEngine workflow;

    @Autowired
    StepService steps;

    @Autowired
    ManagementService management;

    @MockitoSpyBean
    ReminderDelegate reminders;

    @Test
    void aReminderThatFailsAfterItsRetriesIsShownToAdministratorsAndSucceedsWhenRunAgain() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        StepView kickOff = steps.mySteps(s.carrier().viewer()).stream()
                .filter(v -> v.experimentationId() == exp)
                .findFirst()
                .orElseThrow();
        data.completeStep(s.carrier(), kickOff, null);
        assertThat(workflow.openStepsOf(exp, "PeerSessions")).isNotEmpty();
        Job timer = management.createJobQuery().activityId("PeerSessionsReminderDue").list().stream()
                .filter(j -> String.valueOf(exp)
                        .equals(jdbc.queryForObject(
                                "select business_key_ from act_ru_execution where id_ = ?",
                                String.class,
                                j.getProcessInstanceId())))
                .findFirst()
                .orElseThrow();
        doThrow(new IllegalStateException("SMTP <down>")).when(reminders).remind(any(), eq("PeerSessions"));

        // the job executor's three tries: each fails and rolls back to the timer
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> management.executeJob(timer.getId())).isNotNull();
        }
        assertThat(management
                        .createJobQuery()
                        .jobId(timer.getId())
                        .singleResult()
                        .getRetries())
                .isZero();
        AccountPrincipal admin = data.admin();
        String page = mvc.perform(get("/admin/operations").with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String title = jdbc.queryForObject("select title from app.experimentation where id = ?", String.class, exp);
        assertThat(page)
                .contains("<caption>Tâches automatiques en échec</caption>")
                .contains("href=\"/experimentations/" + exp + "\"")
                .contains(title)
                .contains("Parole entre pairs")
                .contains("SMTP &lt;down&gt;")
                .doesNotContain("SMTP <down>")
                .contains("/admin/operations/jobs/" + timer.getId() + "/retry")
                .contains("Relancer");
        mvc.perform(get("/admin/operations").with(user(data.memberOfCollege(exp, College.PRACTITIONERS))))
                .andExpect(status().isForbidden());

        doCallRealMethod().when(reminders).remind(any(), eq("PeerSessions"));
        int remindersBefore = jdbc.queryForObject(
                "select count(*) from app.notification where experimentation_id = ? and kind = 'REMINDER'",
                Integer.class,
                exp);
        mvc.perform(post("/admin/operations/jobs/{job}/retry", timer.getId())
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/operations"))
                .andExpect(flash().attribute("flash", "flash.jobRetried"));

        assertThat(workflow.failedWork()).noneMatch(w -> w.jobId().equals(timer.getId()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.notification where experimentation_id = ? and kind = 'REMINDER'",
                        Integer.class,
                        exp))
                .isGreaterThan(remindersBefore);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.audit_event where kind = 'ENGINE_JOB_RETRIED' and actor_id = ?"
                                + " and record_id = ?",
                        Integer.class,
                        admin.getPersonId(),
                        exp))
                .isEqualTo(1);
    }
}
