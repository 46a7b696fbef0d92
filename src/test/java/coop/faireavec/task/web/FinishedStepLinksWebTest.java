package coop.faireavec.task.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.process.StepView;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import coop.faireavec.task.StepService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * No dead ends: a message about a step that is done opens what was done, and the messages that asked for it are
 * dealt with for everyone once it is done.
 */
@FaireAvecWebTest
class FinishedStepLinksWebTest {

    static final String KICK_OFF = "KickOffMeeting";
    static final String PEER_SESSION = "PeerSessions";
    /** The steps' names as people read them (activity.* in the messages), in the notices. */
    static final String KICK_OFF_NAME = "Rencontre de lancement";

    static final String PEER_SESSION_NAME = "Parole entre pairs";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    StepService steps;

    WebScenario web;

    @BeforeEach
    void scenario() {
        web = new WebScenario(mvc);
    }

    private String dashboard(AccountPrincipal who) throws Exception {
        return mvc.perform(get("/").with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String newStepNotice(String stepName) {
        return HtmlUtils.htmlEscape("Nouvelle étape : « " + stepName + " ».", "UTF-8");
    }

    @Test
    void aDoneStepsNoticesAreDealtWithForEveryoneAndItsLinkOpensWhatWasDone() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal first = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        AccountPrincipal second =
                data.member(s.experimentationId(), College.LIVED_EXPERIENCE, ExperimentationRole.PARTICIPANT);
        assertThat(dashboard(s.carrier())).contains(newStepNotice(KICK_OFF_NAME));
        String kickOffId = web.stepId(s.carrier(), KICK_OFF);
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                KICK_OFF,
                "On s'est présentés.",
                data.collegeMembers(s.experimentationId()));
        // the carrier's message about the kick-off meeting no longer asks anything
        assertThat(dashboard(s.carrier())).doesNotContain(newStepNotice(KICK_OFF_NAME));

        String peer = web.stepId(first, PEER_SESSION);
        assertThat(dashboard(second))
                .contains(newStepNotice(PEER_SESSION_NAME))
                .contains("href=\"/tasks/" + peer + "\"");
        web.submit(first, peer, "body", "Ce que notre collège a dit entre pairs.");

        // done by the first: the second is no longer asked, and the old link shows what was done
        assertThat(dashboard(second)).doesNotContain("href=\"/tasks/" + peer + "\"");
        mvc.perform(get("/tasks/{t}", peer).with(user(second)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/done/" + peer));
        String done = mvc.perform(get("/tasks/done/{t}", peer).with(user(second)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(done)
                .contains("Ce que notre collège a dit entre pairs.")
                .contains("Envoyé par Personne " + first.getUsername());

        // the kick-off's old link shows the step and leads to its meeting and minutes
        String kickOff = mvc.perform(get("/tasks/done/{t}", kickOffId).with(user(second)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(kickOff).contains("On s&#39;est présentés.").contains("Voir la rencontre et son compte rendu");
    }

    @Test
    void aDoneReviewSaysWhenItEndedAndIsForTheCommitteeAndCarriersOnly() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        TestData.Scenario other = data.runningExperimentation();
        AccountPrincipal committee = data.memberWithRole(s.experimentationId(), ExperimentationRole.COMMITTEE);
        for (int guard = 0; guard < 20 && steps.mySteps(committee.viewer()).isEmpty(); guard++) {
            StepView step = steps.mySteps(s.carrier().viewer()).get(0);
            data.completeStep(s.carrier(), step, "college-validation".equals(step.formKey()) ? "AGREE" : null);
        }
        String review = steps.mySteps(committee.viewer()).get(0).id();
        web.review(committee, steps.mySteps(committee.viewer()).get(0).taskKey(), true, null);

        mvc.perform(get("/tasks/{t}", review).with(user(s.carrier())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/done/" + review));
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        String page = mvc.perform(get("/tasks/done/{t}", review).with(user(s.carrier())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Cette étape est faite.").contains("Terminée le ");
        mvc.perform(get("/tasks/done/{t}", review).with(user(committee))).andExpect(status().isOk());
        // as the committee's decisions page: a member of a college reads the approved decision on the results page
        mvc.perform(get("/tasks/done/{t}", review).with(user(lived))).andExpect(status().isForbidden());
        mvc.perform(get("/experimentations/{id}/results/phase-1", s.experimentationId())
                        .with(user(lived)))
                .andExpect(status().isOk());
        mvc.perform(get("/tasks/done/{t}", review).with(user(other.carrier()))).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/{t}", "no-such-step").with(user(lived))).andExpect(status().isNotFound());
    }
}
