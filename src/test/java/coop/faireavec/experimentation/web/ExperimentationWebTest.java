package coop.faireavec.experimentation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.experimentation.ExperimentationStatus;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FaireAvecWebTest
class ExperimentationWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void aCarrierCreatesAnExperimentationOnTheirTerritoryAndBecomesItsCarrier() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        String location = mvc.perform(post("/experimentations/new")
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("title", "Accueil inconditionnel")
                        .param("territoryId", String.valueOf(s.territoryId()))
                        .param("carrierOrganisation", "Collège coopératif")
                        .param("startDate", "2026-03-01")
                        .param("plannedEndDate", "2028-03-01")
                        .param("templateKey", "precarity-prevention"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "flash.experimentationCreated"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(data.experimentation(id).getTitle()).isEqualTo("Accueil inconditionnel");
        assertThat(data.experimentation(id).getStatus()).isEqualTo(ExperimentationStatus.DRAFT);
        mvc.perform(get("/experimentations/{id}", id).with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Accueil inconditionnel")))
                .andExpect(content().string(containsString("Démarrer l&#39;expérimentation")));
    }

    @Test
    void aFormWithMistakesIsShownAgainWithPlainMessagesAndNothingTypedLost() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        mvc.perform(post("/experimentations/new")
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("title", "")
                        .param("territoryId", String.valueOf(s.territoryId()))
                        .param("carrierOrganisation", "Mon association <b>solidaire</b>")
                        .param("startDate", "2026-03-01")
                        .param("plannedEndDate", "2025-01-01")
                        .param("templateKey", "precarity-prevention"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le titre de l&#39;expérimentation.")))
                .andExpect(content().string(containsString("La date de fin doit venir après la date de début.")))
                .andExpect(content().string(containsString("Mon association &lt;b&gt;solidaire&lt;/b&gt;")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void aParticipantCannotCreateAnExperimentationAndOnlyAdminsOpenANewTerritory() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        AccountPrincipal participant =
                data.member(s.experimentationId(), College.LIVED_EXPERIENCE, ExperimentationRole.PARTICIPANT);
        mvc.perform(get("/experimentations/new").with(user(participant))).andExpect(status().isForbidden());
        mvc.perform(post("/experimentations/new")
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("title", "Ailleurs")
                        .param("newTerritoryName", "Un autre territoire")
                        .param("carrierOrganisation", "X")
                        .param("startDate", "2026-03-01")
                        .param("templateKey", "precarity-prevention"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Seul un administrateur de la plateforme peut créer le territoire « Un autre territoire »")));
        AccountPrincipal admin = data.admin();
        mvc.perform(post("/experimentations/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("title", "Ailleurs")
                        .param("newTerritoryName", TestData.unique("Nouveau territoire "))
                        .param("carrierOrganisation", "X")
                        .param("startDate", "2026-03-01")
                        .param("templateKey", "precarity-prevention"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theCarrierAddsPeopleWithAndWithoutAccountToTheirCollege() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long id = s.experimentationId();
        mvc.perform(post("/experimentations/{id}/members", id)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("displayName", "Nadia")
                        .param("college", "LIVED_EXPERIENCE")
                        .param("role", "PARTICIPANT"))
                .andExpect(status().is3xxRedirection());
        String username = TestData.unique("joel");
        mvc.perform(post("/experimentations/{id}/members", id)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("displayName", "Joël")
                        .param("college", "PRACTITIONERS")
                        .param("role", "PARTICIPANT")
                        .param("username", username)
                        .param("password", "assez-long"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/experimentations/{id}/members", id).with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nadia")))
                .andExpect(content().string(containsString("(sans compte)")))
                .andExpect(content().string(containsString("Joël")));
        // the new account can sign in and sees the experimentation
        AccountPrincipal joel = data.principal(username);
        mvc.perform(get("/experimentations/{id}", id).with(user(joel))).andExpect(status().isOk());
    }

    @Test
    void addingAMemberWithMistakesExplainsWhatToFix() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        mvc.perform(post("/experimentations/{id}/members", s.experimentationId())
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("displayName", "Fatou")
                        .param("role", "PARTICIPANT")
                        .param("email", "pas-une-adresse")
                        .param("username", "fatou-" + s.experimentationId())
                        .param("password", "court"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez le collège de ce participant.")))
                .andExpect(content().string(containsString("Cette adresse e-mail ne semble pas complète")))
                .andExpect(content().string(containsString("au moins 8 caractères")))
                .andExpect(content().string(containsString("value=\"Fatou\"")));
        String page = mvc.perform(post("/experimentations/{id}/members", s.experimentationId())
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("displayName", "")
                        .param("role", "COMMITTEE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le nom de la personne.")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // each field is drawn once (a fragment selector matching other markup once drew them three times)
        assertThat(page.split("name=\"displayName\"", -1)).hasSize(2);
        mvc.perform(post("/experimentations/{id}/members/existing", s.experimentationId())
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("username", "personne-de-ce-nom")
                        .param("role", "COMMITTEE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Personne n&#39;a ce nom d&#39;utilisateur.")));
    }

    @Test
    void startingRunsTheProcessAndThePageListsEachStepWithItsStateBeforeTheDrawing() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long id = s.experimentationId();
        mvc.perform(get("/experimentations/{id}", id).with(user(s.carrier())))
                .andExpect(content()
                        .string(containsString("Le déroulement commencera quand l&#39;expérimentation sera démarrée.")))
                .andExpect(content().string(not(containsString("process-drawing.js"))));
        mvc.perform(post("/experimentations/{id}/start", id)
                        .with(user(s.carrier()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(data.experimentation(id).getStatus()).isEqualTo(ExperimentationStatus.RUNNING);
        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(Phase.SHARED_DIAGNOSIS);

        String html = mvc.perform(get("/experimentations/{id}", id).with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("style="))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        Elements drawings = page.select(".process-drawing");
        assertThat(drawings.eachAttr("data-process-key"))
                .containsExactly("experimentation", "phase-1-shared-diagnosis");
        // the main flow: the four phases, in order, with their states in words
        assertThat(steps(drawings.get(0)))
                .containsExactly(
                        "Phase 1 : diagnostic partagé en cours", "Phase 2 : pistes d'action à venir",
                        "Phase 3 : expérimentation des pistes à venir", "Phase 4 : consolidation à venir");
        assertThat(drawings.get(0).select("li[aria-current=step]").eachAttr("data-step"))
                .containsExactly("Phase1SharedDiagnosis");
        // the running phase: its steps, named as on the steps pages, the first one running
        assertThat(steps(drawings.get(1)))
                .startsWith(
                        "Rencontre de lancement en cours", "Parole entre pairs à venir", "Discussion croisée à venir");
        assertThat(drawings.get(1).select("h3").text()).isEqualTo("En détail : Phase 1 : diagnostic partagé");
        // the list comes first; the drawing waits, hidden, for the script
        Element block = drawings.get(1).selectFirst(".process-canvas-block");
        assertThat(block.hasAttr("hidden")).isTrue();
        assertThat(block.elementSiblingIndex())
                .isGreaterThan(drawings.get(1).selectFirst("ol.process-steps").elementSiblingIndex());
        assertThat(page.select("script[src]").eachAttr("src"))
                .contains("/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js", "/js/process-drawing.js");
    }

    @Test
    void theDrawingDataGiveTheXmlTheExperimentationRunsAndTheStateOfEachElement() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        mvc.perform(get("/experimentations/{id}/process", id).with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].processKey").value("experimentation"))
                .andExpect(
                        jsonPath("$[0].xml").value(containsString("<bpmn:callActivity id=\"Phase1SharedDiagnosis\"")))
                .andExpect(jsonPath("$[0].markers.ExperimentationStarted").value("DONE"))
                .andExpect(jsonPath("$[0].markers.Phase1SharedDiagnosis").value("CURRENT"))
                .andExpect(jsonPath("$[0].markers.Phase2ActionLeads").value("UPCOMING"))
                // an end event not reached yet has no marker: only steps are "to come"
                .andExpect(jsonPath("$[0].markers.ExperimentationClosed").doesNotExist())
                .andExpect(jsonPath("$[1].processKey").value("phase-1-shared-diagnosis"))
                .andExpect(jsonPath("$[1].xml").value(containsString("id=\"KickOffMeeting\"")))
                .andExpect(jsonPath("$[1].markers.PhaseStarted").value("DONE"))
                .andExpect(jsonPath("$[1].markers.KickOffMeeting").value("CURRENT"))
                .andExpect(jsonPath("$[1].markers.PeerSessions").value("UPCOMING"));
        // a draft has nothing to draw yet
        TestData.Scenario draft = data.draftExperimentation();
        mvc.perform(get("/experimentations/{id}/process", draft.experimentationId())
                        .with(user(draft.carrier())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aStepDoneIsListedAsDoneAndTheNextOneAsRunningInFrenchAndInEnglish() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        new WebScenario(mvc).holdMeeting(s.carrier(), id, "KickOffMeeting", "Compte rendu", data.collegeMembers(id));
        Document page =
                Jsoup.parse(mvc.perform(get("/experimentations/{id}", id).with(user(s.carrier())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(steps(page.select(".process-drawing").get(1)))
                .startsWith("Rencontre de lancement fait", "Parole entre pairs en cours");
        mvc.perform(get("/experimentations/{id}/process", id).with(user(s.carrier())))
                .andExpect(jsonPath("$[1].markers.KickOffMeeting").value("DONE"))
                .andExpect(jsonPath("$[1].markers.PeerSessions").value("CURRENT"));

        AccountPrincipal participant = data.memberOfCollege(id, College.PRACTITIONERS);
        Document english = Jsoup.parse(mvc.perform(
                        get("/experimentations/{id}", id).param("lang", "en").with(user(participant)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(steps(english.select(".process-drawing").get(0)))
                .startsWith("Phase 1: shared diagnosis in progress", "Phase 2: action leads to come");
        assertThat(steps(english.select(".process-drawing").get(1)))
                .startsWith("Kick-off meeting done", "Peer session in progress")
                // the same name as on the step's own page (activity.CommitteeReview)
                .endsWith("Committee review of the report to come");
    }

    @Test
    void startingTwiceIsAConflictShownWithItsOwnPage() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        mvc.perform(post("/experimentations/{id}/start", s.experimentationId())
                        .with(user(s.carrier()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Cette expérimentation a déjà démarré.")));
    }

    @Test
    void membersOfOneExperimentationGet403OnAnother() throws Exception {
        TestData.Scenario a = data.runningExperimentation();
        TestData.Scenario b = data.runningExperimentation();
        AccountPrincipal carrierA = a.carrier();
        mvc.perform(get("/experimentations/{id}", b.experimentationId()).with(user(carrierA)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Accès refusé")));
        mvc.perform(get("/experimentations/{id}/members", b.experimentationId()).with(user(carrierA)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/experimentations/{id}/members", b.experimentationId())
                        .with(user(carrierA))
                        .with(csrf())
                        .param("displayName", "Intrus")
                        .param("college", "PRACTITIONERS")
                        .param("role", "PARTICIPANT"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/experimentations/{id}", 999_999).with(user(carrierA))).andExpect(status().isNotFound());
    }

    @Test
    void aParticipantSeesButCannotStartOrAddPeople() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        AccountPrincipal participant =
                data.member(s.experimentationId(), College.DECISION_MAKERS, ExperimentationRole.PARTICIPANT);
        mvc.perform(get("/experimentations/{id}", s.experimentationId()).with(user(participant)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Démarrer l&#39;expérimentation"))));
        mvc.perform(post("/experimentations/{id}/start", s.experimentationId())
                        .with(user(participant))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(data.experimentation(s.experimentationId()).getStatus()).isEqualTo(ExperimentationStatus.DRAFT);
    }

    @Test
    void userTextIsEscapedOnEveryPage() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        mvc.perform(post("/experimentations/{id}/members", s.experimentationId())
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("displayName", "<script>alert(1)</script>")
                        .param("college", "LIVED_EXPERIENCE")
                        .param("role", "PARTICIPANT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/experimentations/{id}", s.experimentationId()).with(user(s.carrier())))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    /** The steps listed for one drawing, outer ones only, as "name state". */
    private static List<String> steps(Element drawing) {
        return drawing.select("ol.process-steps > li").stream()
                .map(li -> li.selectFirst(".process-step-name").text() + " "
                        + li.selectFirst(".process-step-state").text())
                .toList();
    }
}
