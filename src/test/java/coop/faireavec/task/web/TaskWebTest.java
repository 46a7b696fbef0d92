package coop.faireavec.task.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.contribution.ContributionService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.review.ReviewService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FaireAvecWebTest
class TaskWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ReviewService reviews;

    @Autowired
    ContributionService contributions;

    WebScenario web;

    @BeforeEach
    void scenario() {
        web = new WebScenario(mvc);
    }

    @Test
    void aStepWithoutItsTextIsShownAgainWithAPlainMessage() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                "KickOffMeeting",
                "Lancement",
                data.collegeMembers(s.experimentationId()));
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        String peer = web.stepId(lived, "PeerSessions");
        mvc.perform(post("/tasks/{t}", peer).with(user(lived)).with(csrf()).param("body", "  "))
                .andExpect(status().isOk())
                // the message names the field to fill in, never a generic "write a few words here"
                .andExpect(content().string(containsString("Écrivez votre texte : l&#39;étape ne part pas vide.")))
                .andExpect(content().string(not(containsString("Écrivez quelques mots ici."))));
        assertThat(web.stepId(lived, "PeerSessions")).isEqualTo(peer);
    }

    @Test
    void eachCollegeSeesOnlyItsOwnPeerSessionAndTheCarrierSeesThemAll() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                "KickOffMeeting",
                "Lancement",
                data.collegeMembers(s.experimentationId()));
        assertThat(web.stepIds(s.carrier(), "PeerSessions")).hasSize(3);
        for (College c : College.values()) {
            AccountPrincipal member = data.memberOfCollege(s.experimentationId(), c);
            String id = web.stepId(member, "PeerSessions");
            assertThat(web.stepIds(member, "PeerSessions")).hasSize(1);
            mvc.perform(get("/tasks/{t}", id).with(user(member)))
                    .andExpect(content().string(containsString("Pour le collège")));
        }
        // a member of one college cannot answer for another college
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        AccountPrincipal practitioner = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);
        String practitionersStep = web.stepId(practitioner, "PeerSessions");
        mvc.perform(post("/tasks/{t}", practitionersStep)
                        .with(user(lived))
                        .with(csrf())
                        .param("body", "intrus"))
                .andExpect(status().isForbidden());
        web.submit(practitioner, practitionersStep, "body", "Parole des accompagnants");
        assertThat(contributions.ofPhase(s.experimentationId(), "SHARED_DIAGNOSIS"))
                .filteredOn(c -> "PeerSessions".equals(c.getStepKey()))
                .singleElement()
                .satisfies(c -> assertThat(c.getCollege()).isEqualTo("PRACTITIONERS"));
    }

    @Test
    void theSynthesisPageShowsWhatTheCollegesSaidBefore() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                "KickOffMeeting",
                "Lancement",
                data.collegeMembers(s.experimentationId()));
        for (College c : College.values()) {
            web.complete(data.memberOfCollege(s.experimentationId(), c), "PeerSessions", "body", "Parole " + c);
        }
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                "CrossedDiscussion",
                "Croisement des regards",
                data.collegeMembers(s.experimentationId()));
        mvc.perform(get("/tasks/{t}", web.stepId(s.carrier(), "DraftSynthesis")).with(user(s.carrier())))
                .andExpect(content().string(containsString("Parole LIVED_EXPERIENCE")))
                .andExpect(content().string(containsString("Parole DECISION_MAKERS")))
                .andExpect(content().string(containsString("Croisement des regards")));
    }

    @Test
    void aCollegeThatDisagreesMustSayWhyAndTheCommitteeMustCommentARequestForChanges() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal committee = data.memberWithRole(id, ExperimentationRole.COMMITTEE);
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                "KickOffMeeting",
                "Lancement",
                data.collegeMembers(s.experimentationId()));
        for (College c : College.values()) {
            web.complete(data.memberOfCollege(id, c), "PeerSessions", "body", "Parole");
        }
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                "CrossedDiscussion",
                "Croisement",
                data.collegeMembers(s.experimentationId()));
        web.complete(s.carrier(), "DraftSynthesis", "body", "La synthèse à valider");
        AccountPrincipal lived = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        String validation = web.stepId(lived, "CollectiveValidation");
        mvc.perform(get("/tasks/{t}", validation).with(user(lived)))
                .andExpect(content().string(containsString("La synthèse à valider")));
        mvc.perform(post("/tasks/{t}", validation)
                        .with(user(lived))
                        .with(csrf())
                        .param("decision", "DISAGREE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dites ce qu&#39;il faut changer")));
        mvc.perform(post("/tasks/{t}", validation).with(user(lived)).with(csrf()))
                .andExpect(content().string(containsString("Choisissez une décision.")));
        web.submit(lived, validation, "decision", "AGREE");
        for (College c : new College[] {College.PRACTITIONERS, College.DECISION_MAKERS}) {
            web.complete(data.memberOfCollege(id, c), "CollectiveValidation", "decision", "AGREE");
        }
        web.close(s.carrier(), "CollectiveValidation", null);
        web.complete(s.carrier(), "WritePhaseReport", "body", "Le bilan pour le comité");

        String review = web.stepId(committee, "CommitteeReview");
        mvc.perform(get("/tasks/{t}", review).with(user(committee)))
                .andExpect(content().string(containsString("Le bilan pour le comité")))
                .andExpect(content().string(containsString("J&#39;approuve : on passe à la suite")))
                .andExpect(content().string(not(containsString("terminée"))));
        mvc.perform(post("/tasks/{t}/review", review)
                        .with(user(committee))
                        .with(csrf())
                        .param("approved", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Demandes : pour demander des compléments")));
        web.review(committee, "CommitteeReview", false, "Il manque la parole des personnes concernées.");
        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(Phase.SHARED_DIAGNOSIS);
        assertThat(reviews.reviewsOf(id))
                .singleElement()
                .satisfies(r -> assertThat(r.isApproved()).isFalse());
        web.complete(s.carrier(), "WritePhaseReport", "body", "Le bilan complété", "answers[0]", "Ajoutée en page 2.");
        web.review(committee, "CommitteeReview", true, null);
        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(Phase.ACTION_LEADS);
        mvc.perform(get("/experimentations/{id}", id).with(user(committee)))
                .andExpect(content().string(containsString("compléments demandés")))
                .andExpect(content().string(containsString("phase approuvée")));
    }

    @Test
    void aStepIsOnlyForThePeopleItIsOfferedTo() throws Exception {
        TestData.Scenario a = data.runningExperimentation();
        TestData.Scenario b = data.runningExperimentation();
        String kickOffA = web.stepId(a.carrier(), "KickOffMeeting");
        AccountPrincipal participantA = data.memberOfCollege(a.experimentationId(), College.LIVED_EXPERIENCE);
        AccountPrincipal committeeA = data.memberWithRole(a.experimentationId(), ExperimentationRole.COMMITTEE);
        for (AccountPrincipal intruder : new AccountPrincipal[] {b.carrier(), participantA, committeeA}) {
            mvc.perform(get("/tasks/{t}", kickOffA).with(user(intruder))).andExpect(status().isForbidden());
            mvc.perform(post("/tasks/{t}", kickOffA)
                            .with(user(intruder))
                            .with(csrf())
                            .param("body", "x"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/tasks").with(user(b.carrier()))).andExpect(content().string(not(containsString(kickOffA))));
        assertThat(web.stepId(a.carrier(), "KickOffMeeting")).isEqualTo(kickOffA);
        mvc.perform(get("/tasks/{t}", "no-such-step").with(user(a.carrier()))).andExpect(status().isNotFound());
    }

    @Test
    void aStepCannotBeCompletedWithTheWrongForm() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        String kickOff = web.stepId(s.carrier(), "KickOffMeeting");
        mvc.perform(post("/tasks/{t}/review", kickOff)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("approved", "true"))
                .andExpect(status().isConflict());
        assertThat(web.stepId(s.carrier(), "KickOffMeeting")).isEqualTo(kickOff);
    }

    @Test
    void someoneWithNothingToDoIsToldSoPlainly() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal committee = data.memberWithRole(s.experimentationId(), ExperimentationRole.COMMITTEE);
        mvc.perform(get("/tasks").with(user(committee)))
                .andExpect(content().string(containsString("Rien à faire pour le moment.")));
        mvc.perform(get("/tasks").with(user(committee)).param("lang", "en"))
                .andExpect(content().string(containsString("Nothing to do for now.")));
    }
}
