package coop.faireavec.actionlead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.notification.Notification;
import coop.faireavec.notification.NotificationKind;
import coop.faireavec.notification.NotificationService;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The call for leads reaches every member (issue #13 point 2): each member proposes leads on the shared step
 * "Proposer des pistes" (directly, or recorded for them with consent), supports and comments them; the author
 * withdraws; a carrier merges duplicates and hides what breaks the rules, the author being told.
 */
@FaireAvecWebTest
class CallForLeadsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ManagementService jobs;

    @Autowired
    ActionLeadService leads;

    @Autowired
    ContributionService contributions;

    @Autowired
    NotificationService notifications;

    private WebScenario web;
    private FourPhaseJourney journey;
    private AccountPrincipal camille;
    private AccountPrincipal sam;

    @BeforeEach
    void phaseTwo() throws Exception {
        web = new WebScenario(mvc);
        journey = new FourPhaseJourney(web, data, jobs).enrolAndStart();
        journey.sharedDiagnosis();
        camille = journey.members.get(College.LIVED_EXPERIENCE);
        sam = journey.members.get(College.PRACTITIONERS);
    }

    private ActionLead lead(String title) {
        return leads.leadsOf(journey.carrier.viewer(), journey.id).stream()
                .filter(l -> l.getTitle().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private String send(AccountPrincipal who, MockHttpServletRequestBuilder request, int status) throws Exception {
        var response =
                mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    private String leadPath(ActionLead lead, String action) {
        return "/experimentations/" + journey.id + "/leads/" + lead.getId() + action;
    }

    @Test
    void everyMemberProposesOnTheSharedStepAndTheStepStaysOpenForTheOthers() throws Exception {
        Contribution said = contributions.ofPhase(journey.id, Phase.SHARED_DIAGNOSIS.name()).stream()
                .filter(c -> c.getBody() != null)
                .findFirst()
                .orElseThrow();
        // every member was told of the new step, by its name "Proposer des pistes"
        assertThat(notifications.all(camille.getPersonId()))
                .filteredOn(n -> n.getKind() == NotificationKind.NEW_STEP)
                .extracting(Notification::getMessageArg)
                .contains(coop.faireavec.shared.StepNames.reference(
                        coop.faireavec.process.ProcessConstants.PHASE_2_PROCESS, "CallForLeadsOpen"));
        assertThat(send(camille, get("/tasks"), 200)).contains("Proposer des pistes");
        String stepId = web.stepId(camille, "CallForLeadsOpen");
        assertThat(web.stepId(sam, "CallForLeadsOpen")).isEqualTo(stepId);
        assertThat(leads.callDaysLeft(journey.id)).isPresent();
        // the step page: the lead's fields, and what was said in phase 1 to choose from
        String stepPage = send(camille, get("/tasks/{t}", stepId), 200);
        assertThat(stepPage)
                .contains("Proposer cette piste", "name=\"problem\"", "value=\"" + said.getId() + "\"")
                .doesNotContain("Vous avez déjà répondu");

        web.submit(
                camille,
                stepId,
                "title",
                "Un accueil sans rendez-vous",
                "problem",
                "On attend des semaines",
                "change",
                "On serait reçu le jour même",
                "organisations",
                "CCAS",
                "sourceIds",
                said.getId().toString());

        ActionLead lead = lead("Un accueil sans rendez-vous");
        assertThat(lead.getProblem()).isEqualTo("On attend des semaines");
        assertThat(lead.getDescription()).isEqualTo("On serait reçu le jour même");
        assertThat(lead.getOrganisations()).isEqualTo("CCAS");
        assertThat(lead.getSourceIds()).containsExactly(said.getId());
        assertThat(lead.getProposedById()).isEqualTo(camille.getPersonId());
        assertThat(leads.proposedAny(journey.id, camille.getPersonId())).isTrue();
        assertThat(leads.proposedAny(journey.id, sam.getPersonId())).isFalse();
        assertThat(send(camille, get("/tasks/{t}", stepId), 200)).contains("Vous avez déjà répondu");
        // still open: Sam proposes too; the lead counts as Camille's voice in phase 2
        assertThat(web.stepId(sam, "CallForLeadsOpen")).isEqualTo(stepId);
        assertThat(contributions.voicesByCollege(journey.id, Phase.ACTION_LEADS.name()))
                .filteredOn(v -> v.college() == College.LIVED_EXPERIENCE)
                .singleElement()
                .satisfies(v -> assertThat(v.contributions()).isEqualTo(1));
        // the dashboard says how many days are left
        assertThat(send(camille, get("/"), 200)).contains("Appel à pistes : il reste");
    }

    @Test
    void aSourceThatIsNotAPhaseOneContributionOfTheExperimentationIsRefusedAndNothingIsLost() throws Exception {
        String page = send(
                camille,
                post("/experimentations/{id}/leads", journey.id)
                        .param("title", "Un référent unique")
                        .param("problem", "Trop d'interlocuteurs")
                        .param("sourceIds", "999999"),
                200);
        assertThat(page).contains("Choisissez ce qui a été dit en phase 1 dans la liste proposée.");
        assertThat(page).contains("Trop d&#39;interlocuteurs");
        assertThat(leads.leadsOf(camille.viewer(), journey.id)).isEmpty();
        // a lead without its problem: the message names it
        assertThat(send(
                        camille,
                        post("/experimentations/{id}/leads", journey.id).param("title", "Un référent unique"),
                        200))
                .contains("Indiquez le problème auquel la piste répond.");
    }

    @Test
    void aCarrierRecordsALeadForAMemberWithTheirConsent() throws Exception {
        web.submit(
                journey.carrier,
                web.stepId(journey.carrier, "CallForLeadsOpen"),
                "onBehalfOf",
                String.valueOf(camille.getPersonId()),
                "consentKind",
                "ORAL",
                "title",
                "Un guichet commun",
                "problem",
                "Dit à l'oral pendant la permanence");

        ActionLead lead = lead("Un guichet commun");
        assertThat(lead.getProposedById()).isEqualTo(camille.getPersonId());
        assertThat(lead.getRecordedById()).isEqualTo(journey.carrier.getPersonId());
        assertThat(leads.proposedAny(journey.id, camille.getPersonId())).isTrue();
        assertThat(contributions.ofPhase(journey.id, Phase.ACTION_LEADS.name()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.getAuthorId()).isEqualTo(camille.getPersonId());
                    assertThat(c.recordedForSomeoneElse()).isTrue();
                    assertThat(c.getConsentKind()).hasToString("ORAL");
                });
    }

    @Test
    void membersSupportOnceAndCommentLeads() throws Exception {
        web.proposeLead(camille, journey.id, "Un accueil sans rendez-vous");
        ActionLead lead = lead("Un accueil sans rendez-vous");

        send(sam, post(leadPath(lead, "/support")), 302);
        assertThat(lead("Un accueil sans rendez-vous").getSupporterIds()).containsExactly(sam.getPersonId());
        send(sam, post(leadPath(lead, "/support")), 302);
        assertThat(lead("Un accueil sans rendez-vous").getSupporterIds()).isEmpty();

        assertThat(send(sam, post(leadPath(lead, "/comments")).param("body", " "), 200))
                .contains("Écrivez votre commentaire.");
        send(sam, post(leadPath(lead, "/comments")).param("body", "Oui, et le samedi <aussi>"), 302);
        assertThat(leads.comments(lead.getId()))
                .singleElement()
                .satisfies(c -> assertThat(c.getBody()).isEqualTo("Oui, et le samedi <aussi>"));
        assertThat(send(camille, get(leadPath(lead, "")), 200)).contains("Oui, et le samedi &lt;aussi&gt;");
        // the comment is Sam's voice in phase 2
        assertThat(contributions.voicesByCollege(journey.id, Phase.ACTION_LEADS.name()))
                .filteredOn(v -> v.college() == College.PRACTITIONERS)
                .singleElement()
                .satisfies(v -> assertThat(v.contributions()).isEqualTo(1));
        // another experimentation's carrier sees nothing of it
        AccountPrincipal outsider = data.runningExperimentation().carrier();
        send(outsider, get(leadPath(lead, "")), 403);
        send(outsider, post(leadPath(lead, "/support")), 403);
    }

    @Test
    void theCarrierMergesDuplicatesKeepingAuthorsAndSupports() throws Exception {
        web.proposeLead(camille, journey.id, "Un accueil sans rendez-vous");
        web.proposeLead(sam, journey.id, "Accueillir sans rendez-vous");
        ActionLead kept = lead("Un accueil sans rendez-vous");
        ActionLead duplicate = lead("Accueillir sans rendez-vous");
        AccountPrincipal dominique = journey.members.get(College.DECISION_MAKERS);
        send(dominique, post(leadPath(duplicate, "/support")), 302);
        send(sam, post(leadPath(kept, "/support")), 302);

        send(sam, post(leadPath(duplicate, "/merge")).param("into", kept.getId().toString()), 403);
        assertThat(send(journey.carrier, post(leadPath(duplicate, "/merge")), 200))
                .contains("Choisissez dans la liste la piste avec laquelle fusionner.");
        send(
                journey.carrier,
                post(leadPath(duplicate, "/merge")).param("into", kept.getId().toString()),
                302);

        ActionLead after = lead("Un accueil sans rendez-vous");
        assertThat(after.getAuthorIds()).containsExactlyInAnyOrder(camille.getPersonId(), sam.getPersonId());
        assertThat(after.getSupporterIds()).containsExactlyInAnyOrder(dominique.getPersonId(), sam.getPersonId());
        assertThat(lead("Accueillir sans rendez-vous").getMergedIntoId()).isEqualTo(kept.getId());
        assertThat(leads.votable(journey.id)).extracting(ActionLead::getId).containsExactly(kept.getId());
        assertThat(send(camille, get("/experimentations/{id}/leads", journey.id), 200))
                .contains("fusionnée avec Un accueil sans rendez-vous");
    }

    @Test
    void onlyItsAuthorWithdrawsALead() throws Exception {
        web.proposeLead(camille, journey.id, "Un accueil sans rendez-vous");
        ActionLead lead = lead("Un accueil sans rendez-vous");

        send(sam, post(leadPath(lead, "/withdraw")), 403);
        send(journey.carrier, post(leadPath(lead, "/withdraw")), 403);
        send(camille, post(leadPath(lead, "/withdraw")), 302);

        assertThat(lead("Un accueil sans rendez-vous").getWithdrawnAt()).isNotNull();
        assertThat(leads.votable(journey.id)).isEmpty();
        assertThat(leads.proposedAny(journey.id, camille.getPersonId())).isFalse();
        // no longer counted in the voice balance; no more supports
        assertThat(contributions.voicesByCollege(journey.id, Phase.ACTION_LEADS.name()))
                .allSatisfy(v -> assertThat(v.contributions()).isZero());
        send(sam, post(leadPath(lead, "/support")), 409);
    }

    @Test
    void theCarrierClosesTheCallAndNobodyProposesAnyMore() throws Exception {
        web.proposeLead(camille, journey.id, "Un accueil sans rendez-vous");
        String stepId = web.stepId(journey.carrier, "CallForLeadsOpen");
        // a member does not close it
        send(camille, post("/tasks/{t}/close", stepId), 403);

        web.close(journey.carrier, "CallForLeadsOpen");

        assertThat(leads.callIsOpen(journey.id)).isFalse();
        assertThat(leads.callDaysLeft(journey.id)).isEmpty();
        send(
                sam,
                post("/experimentations/{id}/leads", journey.id)
                        .param("title", "Tard")
                        .param("problem", "Tard"),
                409);
        send(camille, post(leadPath(lead("Un accueil sans rendez-vous"), "/withdraw")), 409);
    }

    @Test
    void theCarrierHidesALeadOrACommentWithAReasonShownInItsPlaceAndTheAuthorIsTold() throws Exception {
        web.proposeLead(camille, journey.id, "Des noms d'agents à afficher");
        ActionLead lead = lead("Des noms d'agents à afficher");
        send(sam, post(leadPath(lead, "/comments")).param("body", "Un propos blessant"), 302);
        long commentId = leads.comments(lead.getId()).get(0).getId();

        send(sam, post(leadPath(lead, "/hide")).param("reason", "Non"), 403);
        assertThat(send(journey.carrier, post(leadPath(lead, "/hide")).param("reason", " "), 200))
                .contains("Écrivez la raison pour laquelle vous masquez.");
        send(
                journey.carrier,
                post(leadPath(lead, "/comments/" + commentId + "/hide")).param("reason", "Propos blessant"),
                302);
        send(journey.carrier, post(leadPath(lead, "/hide")).param("reason", "Elle vise des personnes nommément"), 302);

        String page = send(sam, get(leadPath(lead, "")), 200);
        assertThat(page).contains("Masquée par les porteurs : Elle vise des personnes nommément");
        assertThat(page).doesNotContain("Des noms d&#39;agents à afficher");
        assertThat(send(sam, get("/experimentations/{id}/leads", journey.id), 200))
                .contains("Masquée par les porteurs : Elle vise des personnes nommément")
                .doesNotContain("Des noms d&#39;agents à afficher");
        List<Notification> camilles = notifications.all(camille.getPersonId());
        assertThat(camilles)
                .filteredOn(n -> n.getKind() == NotificationKind.MODERATION)
                .extracting(Notification::getMessageKey)
                .containsExactly("notification.leadHidden");
        assertThat(notifications.all(sam.getPersonId()))
                .filteredOn(n -> n.getKind() == NotificationKind.MODERATION)
                .extracting(Notification::getMessageKey)
                .containsExactly("notification.commentHidden");
        assertThat(leads.comments(lead.getId()).get(0).getHiddenReason()).isEqualTo("Propos blessant");
        assertThat(leads.votable(journey.id)).isEmpty();
    }
}
