package coop.faireavec.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Reminders and escalations reach the right dashboards; durations set by the carrier drive the timers. */
@FaireAvecWebTest
class RemindersWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ManagementService jobs;

    @Autowired
    NotificationService notifications;

    private void fire(String processInstanceBusinessKey, String activityId) {
        Job job = jobs.createJobQuery().activityId(activityId).list().stream()
                .filter(j ->
                        processInstanceBusinessKey.equals(j.getProcessInstanceId() == null ? null : businessKeyOf(j)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no timer " + activityId));
        jobs.executeJob(job.getId());
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    private String businessKeyOf(Job job) {
        return runtime.createProcessInstanceQuery()
                .processInstanceId(job.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
    }

    @Test
    void aDueStepRemindsItsCollegeAndAWellOverdueOneTellsTheCarrier() throws Exception {
        WebScenario web = new WebScenario(mvc);
        TestData.Scenario s = data.runningExperimentation();
        String key = String.valueOf(s.experimentationId());
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                "KickOffMeeting",
                "Lancement",
                data.collegeMembers(s.experimentationId()));
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        // the due date of a participant step comes from the experimentation's durations (14 days by default)
        Job reminder = jobs.createJobQuery().activityId("PeerSessionsReminderDue").list().stream()
                .filter(j -> key.equals(businessKeyOf(j)))
                .findFirst()
                .orElseThrow();
        assertThat(Duration.between(Instant.now(), reminder.getDuedate().toInstant())
                        .toDays())
                .isBetween(13L, 14L);

        fire(key, "PeerSessionsReminderDue");
        mvc.perform(get("/").with(user(lived)))
                .andExpect(content().string(containsString("Rappel : « Parole entre pairs » est à faire.")));
        mvc.perform(get("/").with(user(s.carrier()))).andExpect(content().string(not(containsString("En retard"))));

        fire(key, "PeerSessionsWellOverdue");
        mvc.perform(get("/").with(user(s.carrier())))
                .andExpect(content().string(containsString("En retard : « Parole entre pairs »")));

        // read: it leaves the dashboard; nobody else can mark it
        long id = notifications.unread(lived.viewer()).stream()
                .filter(n -> n.getKind() == NotificationKind.REMINDER)
                .findFirst()
                .orElseThrow()
                .getId();
        mvc.perform(post("/notifications/{id}/read", id).with(user(s.carrier())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/notifications/{id}/read", id).with(user(lived)).with(csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(notifications.unread(lived.viewer()))
                .extracting(Notification::getKind)
                .doesNotContain(NotificationKind.REMINDER);
    }

    @Test
    void theCarrierSetsDurationsBeforeAPhaseAndThePhaseUsesThem() throws Exception {
        WebScenario web = new WebScenario(mvc);
        FourPhaseJourney journey = new FourPhaseJourney(web, data, jobs).enrolAndStart();
        mvc.perform(post("/experimentations/{id}/settings", journey.id)
                        .with(user(journey.carrier))
                        .with(csrf())
                        .param("stepDueDays", "10")
                        .param("escalationDays", "5")
                        .param("callForLeadsDays", "0")
                        .param("observationCycleDays", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pistes : un nombre de jours entre 1 et 365.")));
        mvc.perform(post("/experimentations/{id}/settings", journey.id)
                        .with(user(journey.carrier))
                        .with(csrf())
                        .param("stepDueDays", "10")
                        .param("escalationDays", "5")
                        .param("callForLeadsDays", "5")
                        .param("observationCycleDays", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le porteur doit être prévenu après")));
        mvc.perform(post("/experimentations/{id}/settings", journey.id)
                        .with(user(journey.members.get(College.PRACTITIONERS)))
                        .with(csrf())
                        .param("stepDueDays", "10")
                        .param("escalationDays", "20")
                        .param("callForLeadsDays", "5")
                        .param("observationCycleDays", "7"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/experimentations/{id}/settings", journey.id)
                        .with(user(journey.carrier))
                        .with(csrf())
                        .param("stepDueDays", "10")
                        .param("escalationDays", "20")
                        .param("callForLeadsDays", "5")
                        .param("observationCycleDays", "7"))
                .andExpect(redirectedUrl("/experimentations/" + journey.id));

        journey.sharedDiagnosis();
        String key = String.valueOf(journey.id);
        Job call = jobs.createJobQuery().activityId("CallForLeadsTimeUp").list().stream()
                .filter(j -> key.equals(businessKeyOf(j)))
                .findFirst()
                .orElseThrow();
        assertThat(Duration.between(Instant.now(), call.getDuedate().toInstant())
                        .toDays())
                .isBetween(4L, 5L);
        // the call closes by itself when its time is up
        jobs.executeJob(call.getId());
        mvc.perform(get("/experimentations/{id}/leads", journey.id).with(user(journey.carrier)))
                .andExpect(content().string(containsString("L&#39;appel à pistes est fermé.")));
        mvc.perform(post("/experimentations/{id}/leads", journey.id)
                        .with(user(journey.carrier))
                        .with(csrf())
                        .param("title", "Trop tard")
                        .param("problem", "Le problème"))
                .andExpect(status().isConflict());
    }
}
