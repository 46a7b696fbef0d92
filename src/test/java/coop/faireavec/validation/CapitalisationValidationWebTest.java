package coop.faireavec.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Phase 4's collective validation of the capitalisation (issue #13, point 5), through the web layer: each member
 * reads the three parts and answers; an objection sends the capitalisation back to the carrier, prefilled with its
 * latest parts and the objection to answer at the top; the next validation shows how it was answered; once
 * validated, the final crossed meeting comes.
 */
@FaireAvecWebTest
class CapitalisationValidationWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ManagementService jobs;

    private Document page(AccountPrincipal who, String stepId, Locale locale) throws Exception {
        return Jsoup.parse(mvc.perform(get("/tasks/{t}", stepId)
                        .with(user(who))
                        .cookie(new Cookie("faireavec-lang", locale.getLanguage())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void anObjectionSendsTheCapitalisationBackPrefilledAndTheNextValidationLeadsToTheFinalMeeting() throws Exception {
        WebScenario web = new WebScenario(mvc);
        FourPhaseJourney journey = new FourPhaseJourney(web, data, jobs).enrolAndStart();
        journey.sharedDiagnosis();
        journey.actionLeads();
        journey.experimenting();
        AccountPrincipal carrier = journey.carrier;
        AccountPrincipal lived = journey.members.get(College.LIVED_EXPERIENCE);
        for (AccountPrincipal m : journey.members.values()) {
            web.complete(m, "CollegeEvaluations", "body", "Ce qui a changé pour " + m.getUsername());
        }
        web.complete(
                carrier,
                "AssembleCapitalisation",
                "whatWorked",
                "L'accueil sans rendez-vous.",
                "conditions",
                "Du temps pour les équipes.",
                "transferKit",
                "Le guide d'accueil.");

        // every member reads the three parts on the validation's page, named as phase 4's validation
        String first = web.stepId(lived, "CollectiveValidation");
        Document validation = page(lived, first, Locale.FRENCH);
        assertThat(validation.select("h1").text()).isEqualTo("Validation de la capitalisation par chaque collège");
        assertThat(validation.select("p.intro").text()).startsWith("Lisez la capitalisation");
        assertThat(validation.select(".to-read").text())
                .contains(
                        "ce qui a marché",
                        "L'accueil sans rendez-vous.",
                        "conditions de réussite",
                        "Du temps pour les équipes.",
                        "kit de transfert",
                        "Le guide d'accueil.");
        assertThat(page(lived, first, Locale.ENGLISH).select("h1").text())
                .isEqualTo("Validation of the capitalisation by each college");

        // one college objects: the capitalisation goes back to the carrier, not on to the final meeting
        web.submit(lived, first, "decision", "DISAGREE", "body", "Il manque les contacts de la CAF.");
        web.complete(journey.members.get(College.PRACTITIONERS), "CollectiveValidation", "decision", "AGREE");
        web.complete(journey.members.get(College.DECISION_MAKERS), "CollectiveValidation", "decision", "AGREE");
        web.close(carrier, "CollectiveValidation", null);
        assertThat(web.stepIds(carrier, "FinalCrossedMeeting")).isEmpty();
        String rework = web.stepId(carrier, "AssembleCapitalisation");
        Document again = page(carrier, rework, Locale.FRENCH);
        assertThat(again.select(".rework .rework-points").text())
                .contains("Personnes concernées", "Il manque les contacts de la CAF.");
        assertThat(again.select("textarea[name=whatWorked]").text()).isEqualTo("L'accueil sans rendez-vous.");
        assertThat(again.select("textarea[name=conditions]").text()).isEqualTo("Du temps pour les équipes.");
        assertThat(again.select("textarea[name=transferKit]").text()).isEqualTo("Le guide d'accueil.");
        web.submit(
                carrier,
                rework,
                "whatWorked",
                "L'accueil sans rendez-vous.",
                "conditions",
                "Du temps pour les équipes.",
                "transferKit",
                "Le guide d'accueil, les contacts de la CAF.",
                "answers[0]",
                "Ajoutés au kit.");

        // the next validation reads the new kit and how the objection was answered
        String second = web.stepId(lived, "CollectiveValidation");
        assertThat(second).isNotEqualTo(first);
        Document next = page(lived, second, Locale.FRENCH);
        assertThat(next.select(".to-read").text()).contains("Le guide d'accueil, les contacts de la CAF.");
        assertThat(next.select(".answered-points").text())
                .contains("Il manque les contacts de la CAF.", "Ajoutés au kit.");
        for (AccountPrincipal m : journey.members.values()) {
            web.complete(m, "CollectiveValidation", "decision", "AGREE");
        }
        web.close(carrier, "CollectiveValidation", null);
        assertThat(web.stepIds(carrier, "FinalCrossedMeeting")).hasSize(1);
    }
}
