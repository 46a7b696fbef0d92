package coop.faireavec.task.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A college's own steps are its members' (issue 13, point 6): the carrier sees them to help, remind and record them
 * for a member of that college with consent, but neither completes nor takes them in their own name.
 */
@FaireAvecWebTest
class CollegeStepsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ContributionService contributions;

    WebScenario web;

    @BeforeEach
    void scenario() {
        web = new WebScenario(mvc);
    }

    /** A running experimentation in its peer sessions: the lived-experience college's step and its member. */
    record PeerSession(TestData.Scenario s, String step, AccountPrincipal lived) {
        long id() {
            return s.experimentationId();
        }
    }

    private PeerSession peerSession() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                "KickOffMeeting",
                "Lancement",
                data.collegeMembers(s.experimentationId()));
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        return new PeerSession(s, web.stepId(lived, "PeerSessions"), lived);
    }

    private List<Contribution> peerContributions(long id) {
        return contributions.ofPhase(id, "SHARED_DIAGNOSIS").stream()
                .filter(c -> "PeerSessions".equals(c.getStepKey()))
                .toList();
    }

    private Document page(AccountPrincipal who, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void aCarrierCompletingACollegesStepInTheirOwnNameIsRefused() throws Exception {
        PeerSession p = peerSession();
        mvc.perform(post("/tasks/{t}", p.step())
                        .with(user(p.s().carrier()))
                        .with(csrf())
                        .param("body", "Ce que je pense, moi, le porteur"))
                .andExpect(status().isForbidden());
        assertThat(peerContributions(p.id())).isEmpty();
        assertThat(web.stepIds(p.lived(), "PeerSessions")).containsExactly(p.step());

        // the page's form left on "choose": the page again, the message names the choice, nothing stored
        String again = mvc.perform(post("/tasks/{t}", p.step())
                        .with(user(p.s().carrier()))
                        .with(csrf())
                        .param("body", "Ce que je pense")
                        .param("onBehalfOf", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("Choisissez la personne pour qui vous remplissez cette étape.");
        assertThat(peerContributions(p.id())).isEmpty();
    }

    @Test
    void aCarrierMayNotTakeACollegesStepButItsMemberMay() throws Exception {
        PeerSession p = peerSession();
        mvc.perform(post("/tasks/{t}/claim", p.step())
                        .with(user(p.s().carrier()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // the same for a practitioner a carrier allowed to record for others: another college's step is not theirs
        AccountPrincipal practitioner = data.memberOfCollege(p.id(), College.PRACTITIONERS);
        mvc.perform(post("/experimentations/{id}/members/{p}/record-for-others", p.id(), practitioner.getPersonId())
                        .with(user(p.s().carrier()))
                        .with(csrf())
                        .param("allowed", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/tasks/{t}", p.step()).with(user(practitioner))).andExpect(status().isOk());
        mvc.perform(post("/tasks/{t}/claim", p.step()).with(user(practitioner)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(web.stepIds(p.lived(), "PeerSessions")).containsExactly(p.step());
        assertThat(page(p.lived(), "/tasks")
                        .select("section[aria-labelledby=available-heading] a[data-step-key]")
                        .eachAttr("href"))
                .contains("/tasks/" + p.step());

        mvc.perform(post("/tasks/{t}/claim", p.step()).with(user(p.lived())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(p.lived(), "/tasks")
                        .select("section[aria-labelledby=mine-heading] a[data-step-key]")
                        .eachAttr("href"))
                .contains("/tasks/" + p.step());
    }

    @Test
    void theCarrierSeesTheCollegesStepsToHelpWithNoWayToTakeThem() throws Exception {
        PeerSession p = peerSession();
        Document tasks = page(p.s().carrier(), "/tasks");
        assertThat(tasks.select("#colleges-heading").text()).isEqualTo("Les étapes des collèges");
        assertThat(tasks.select("section[aria-labelledby=colleges-heading] a[data-step-key]")
                        .eachAttr("data-step-key"))
                .containsExactly("PeerSessions", "PeerSessions", "PeerSessions");
        assertThat(tasks.select("section[aria-labelledby=colleges-heading] form"))
                .isEmpty();
        assertThat(tasks.select("section[aria-labelledby=available-heading] a[data-step-key=PeerSessions]"))
                .isEmpty();

        // the step's page says whose it is and asks for whom the carrier fills it in (no "myself")
        Document step = page(p.s().carrier(), "/tasks/" + p.step());
        assertThat(step.select(".college-step-notice").text()).contains("Cette étape est aux membres du collège.");
        assertThat(step.select("#onBehalfOf option").eachAttr("value"))
                .contains("", String.valueOf(p.lived().getPersonId()));
        assertThat(step.select("#onBehalfOf option").first().text()).doesNotContain("Moi-même");
    }

    @Test
    void theCarrierRecordsACollegesStepForANamedMemberOfThatCollegeWithConsent() throws Exception {
        PeerSession p = peerSession();
        web.submit(
                p.s().carrier(),
                p.step(),
                "body",
                "Ce que le groupe a dit",
                "onBehalfOf",
                String.valueOf(p.lived().getPersonId()),
                "consentKind",
                "ORAL");
        assertThat(peerContributions(p.id())).singleElement().satisfies(c -> {
            assertThat(c.getAuthorId()).isEqualTo(p.lived().getPersonId());
            assertThat(c.getRecordedById()).isEqualTo(p.s().carrier().getPersonId());
            assertThat(c.getConsentKind()).isEqualTo(ConsentKind.ORAL);
            assertThat(c.getCollege()).isEqualTo("LIVED_EXPERIENCE");
        });
        assertThat(web.stepIds(p.lived(), "PeerSessions")).isEmpty();
    }

    @Test
    void recordingACollegesStepForAMemberOfAnotherCollegeIsRefused() throws Exception {
        PeerSession p = peerSession();
        AccountPrincipal practitioner = data.memberOfCollege(p.id(), College.PRACTITIONERS);
        AccountPrincipal committee = data.memberWithRole(p.id(), ExperimentationRole.COMMITTEE);
        for (AccountPrincipal notOfTheCollege : List.of(practitioner, committee, p.s().carrier())) {
            mvc.perform(post("/tasks/{t}", p.step())
                            .with(user(p.s().carrier()))
                            .with(csrf())
                            .param("body", "Pas la parole de ce collège")
                            .param("onBehalfOf", String.valueOf(notOfTheCollege.getPersonId()))
                            .param("consentKind", "ORAL"))
                    .andExpect(status().isForbidden());
        }
        assertThat(peerContributions(p.id())).isEmpty();
        assertThat(web.stepIds(p.lived(), "PeerSessions")).containsExactly(p.step());
    }

    @Test
    void theCollegesMemberCompletesItInTheirOwnName() throws Exception {
        PeerSession p = peerSession();
        web.submit(p.lived(), p.step(), "body", "Entre nous, on a parlé du bus");
        assertThat(peerContributions(p.id())).singleElement().satisfies(c -> {
            assertThat(c.getAuthorId()).isEqualTo(p.lived().getPersonId());
            assertThat(c.getRecordedById()).isEqualTo(p.lived().getPersonId());
            assertThat(c.getConsentKind()).isNull();
        });
    }

    @Test
    void aCarrierWhoIsAlsoAMemberOfTheCollegeCompletesItsStepAsAMember() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                "KickOffMeeting",
                "Lancement",
                data.collegeMembers(s.experimentationId()));
        AccountPrincipal practitionerCarrier =
                data.member(s.experimentationId(), College.PRACTITIONERS, ExperimentationRole.CARRIER);
        String step = web.stepId(data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS), "PeerSessions");
        assertThat(web.stepIds(practitionerCarrier, "PeerSessions")).hasSize(3).contains(step);
        web.submit(practitionerCarrier, step, "body", "Parole des accompagnants");
        assertThat(contributions.ofPhase(s.experimentationId(), "SHARED_DIAGNOSIS").stream()
                        .filter(c -> "PeerSessions".equals(c.getStepKey())))
                .singleElement()
                .satisfies(c -> assertThat(c.getAuthorId()).isEqualTo(practitionerCarrier.getPersonId()));
    }
}
