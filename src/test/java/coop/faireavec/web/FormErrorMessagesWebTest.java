package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each form sent empty: its error summary names every field to fix, never "this field is required". */
@FaireAvecWebTest
class FormErrorMessagesWebTest {

    static final Set<String> GENERIC = Set.of(
            "Ce champ est obligatoire.",
            "Ce texte est trop long.",
            "Indiquez une date.",
            "Indiquez une heure.",
            "Écrivez quelques mots ici.",
            "Cette valeur n'est pas valable.",
            "Indiquez une date valable.",
            "Indiquez un nombre de jours entre 1 et 365.",
            "{form.");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    /** Posts the form with nothing filled in (or only these pairs) and returns its error summary, unescaped. */
    private String summaryOfEmpty(TestData.Scenario s, String path, String... pairs) throws Exception {
        var request = post(path, s.experimentationId()).with(user(s.carrier())).with(csrf());
        for (int i = 0; i < pairs.length; i += 2) {
            request.param(pairs[i], pairs[i + 1]);
        }
        String page = mvc.perform(request).andReturn().getResponse().getContentAsString();
        int start = page.indexOf("class=\"error-summary\"");
        assertThat(start).as("%s shows an error summary", path).isPositive();
        String summary = page.substring(start, page.indexOf("</ul>", start)).replace("&#39;", "'");
        assertThat(summary).as("%s lists what to fix", path).contains("<li>");
        for (String generic : GENERIC) {
            assertThat(summary).as("%s names each field", path).doesNotContain(generic);
        }
        return summary;
    }

    @Test
    void theExperimentationFormsNameEachMissingField() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        assertThat(summaryOfEmpty(
                        s,
                        "/experimentations/new",
                        "title",
                        "",
                        "carrierOrganisation",
                        "",
                        "startDate",
                        "",
                        "templateKey",
                        ""))
                .contains("Indiquez le titre de l'expérimentation.")
                .contains("Indiquez l'organisation qui porte l'expérimentation.")
                .contains("Indiquez la date de début de l'expérimentation.");
        assertThat(summaryOfEmpty(s, "/experimentations/{id}/edit", "title", "", "startDate", ""))
                .contains("Indiquez le titre de l'expérimentation.")
                .contains("Indiquez la date de début de l'expérimentation.");
        assertThat(summaryOfEmpty(
                        s,
                        "/experimentations/{id}/settings",
                        "stepDueDays",
                        "",
                        "escalationDays",
                        "",
                        "callForLeadsDays",
                        "0",
                        "observationCycleDays",
                        ""))
                .contains("une étape est à faire")
                .contains("prévenir le porteur")
                .contains("l'appel à pistes")
                .contains("demander des observations");
    }

    @Test
    void theMembersFormsNameEachMissingField() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        assertThat(summaryOfEmpty(s, "/experimentations/{id}/members", "displayName", ""))
                .contains("Indiquez le nom de la personne.")
                .contains("Choisissez le rôle de la personne.");
        assertThat(summaryOfEmpty(s, "/experimentations/{id}/members/existing", "username", ""))
                .contains("Choisissez un nom d'utilisateur.");
    }

    @Test
    void theMeetingFormNamesEachMissingField() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        assertThat(summaryOfEmpty(s, "/experimentations/{id}/meetings/new", "title", "", "date", "", "time", ""))
                .contains("Indiquez le titre de la rencontre.")
                .contains("Indiquez la date de la rencontre.")
                .contains("Indiquez l'heure de début de la rencontre.");
    }

    @Test
    void theFundingFormsNameEachMissingField() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        assertThat(summaryOfEmpty(s, "/experimentations/{id}/funding/funders/new"))
                .contains("Nom du financeur : ce champ est obligatoire.")
                .contains("Type de financeur : choisissez dans la liste.");
        assertThat(summaryOfEmpty(s, "/experimentations/{id}/funding/grants/new", "status", "SUBMITTED"))
                .contains("Financeur : choisissez dans la liste.")
                .contains("Appel à projets ou programme : ce champ est obligatoire.")
                .contains("Montant demandé : ce champ est obligatoire.")
                .contains("Date de dépôt : ce champ est obligatoire.");
        assertThat(summaryOfEmpty(s, "/experimentations/{id}/funding/lines/new"))
                .contains("Phase : choisissez dans la liste.")
                .contains("Ligne du budget : choisissez dans la liste.")
                .contains("Montant prévu : ce champ est obligatoire.");
        assertThat(summaryOfEmpty(s, "/experimentations/{id}/funding/spending/new"))
                .contains("Date de la dépense : ce champ est obligatoire.")
                .contains("Montant dépensé : ce champ est obligatoire.");
        assertThat(summaryOfEmpty(s, "/experimentations/{id}/funding/hourly-value"))
                .contains("Valeur d'une heure donnée : ce champ est obligatoire.");
    }
}
