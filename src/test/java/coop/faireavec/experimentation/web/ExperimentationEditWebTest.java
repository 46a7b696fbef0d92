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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.territory.TerritoryService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Territories a carrier may use when creating, and correcting an experimentation before and after its start. */
@FaireAvecWebTest
class ExperimentationEditWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TerritoryService territories;

    @Test
    void aNewTerritoryTypedByACarrierIsRefusedWithHowToAskAnAdministratorNeverIgnored() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        String name = TestData.unique("Saint-Gilles ");
        mvc.perform(get("/experimentations/new").with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Seul un administrateur de la plateforme crée un territoire")))
                .andExpect(content().string(not(containsString("name=\"newTerritoryName\""))));
        mvc.perform(post("/experimentations/new")
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("title", "Ailleurs")
                        .param("territoryId", String.valueOf(s.territoryId()))
                        .param("newTerritoryName", name)
                        .param("carrierOrganisation", "X")
                        .param("startDate", "2026-03-01")
                        .param("templateKey", "precarity-prevention"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Seul un administrateur de la plateforme peut créer le territoire « " + name + " »")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        assertThat(territories.all()).noneMatch(t -> t.getName().equals(name));
        // an administrator who picks a territory and types a new one is asked to choose
        AccountPrincipal admin = data.admin();
        mvc.perform(post("/experimentations/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("title", "Ailleurs")
                        .param("territoryId", String.valueOf(s.territoryId()))
                        .param("newTerritoryName", name)
                        .param("carrierOrganisation", "X")
                        .param("startDate", "2026-03-01")
                        .param("templateKey", "precarity-prevention"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pas les deux")));
        // a territory the carrier does not carry is refused in the page
        TestData.Scenario other = data.draftExperimentation();
        mvc.perform(post("/experimentations/new")
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("title", "Ailleurs")
                        .param("territoryId", String.valueOf(other.territoryId()))
                        .param("carrierOrganisation", "X")
                        .param("startDate", "2026-03-01")
                        .param("templateKey", "precarity-prevention"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vous ne portez aucune expérimentation sur ce territoire")));
    }

    @Test
    void theCarrierCorrectsNameTerritoryDescriptionAndDatesBeforeTheStart() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long id = s.experimentationId();
        mvc.perform(get("/experimentations/{id}", id).with(user(s.carrier())))
                .andExpect(content().string(containsString("/experimentations/" + id + "/edit")));
        mvc.perform(get("/experimentations/{id}/edit", id).with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"title\"")))
                .andExpect(content().string(containsString("value=\"2026-01-05\"")));
        // mistakes: the page says what to fix and keeps what was typed
        mvc.perform(post("/experimentations/{id}/edit", id)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("title", " ")
                        .param("territoryId", String.valueOf(s.territoryId()))
                        .param("description", "Une description <em>neuve</em>")
                        .param("startDate", "2026-03-01")
                        .param("plannedEndDate", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le titre de l&#39;expérimentation.")))
                .andExpect(content().string(containsString("La date de fin doit venir après la date de début.")))
                .andExpect(content().string(containsString("Une description &lt;em&gt;neuve&lt;/em&gt;")))
                .andExpect(content().string(containsString("value=\"2026-03-01\"")));
        assertThat(data.experimentation(id).getStartDate()).isEqualTo(LocalDate.of(2026, 1, 5));

        AccountPrincipal admin = data.admin();
        TestData.Scenario other = data.draftExperimentation();
        mvc.perform(post("/experimentations/{id}/edit", id)
                        .with(user(admin))
                        .with(csrf())
                        .param("title", "Accueil sans condition")
                        .param("territoryId", String.valueOf(other.territoryId()))
                        .param("description", "Nouvelle description")
                        .param("startDate", "2026-04-01")
                        .param("plannedEndDate", "2028-04-01"))
                .andExpect(redirectedUrl("/experimentations/" + id))
                .andExpect(flash().attribute("flash", "flash.experimentationUpdated"));
        Experimentation e = data.experimentation(id);
        assertThat(e.getTitle()).isEqualTo("Accueil sans condition");
        assertThat(e.getTerritory().getId()).isEqualTo(other.territoryId());
        assertThat(e.getDescription()).isEqualTo("Nouvelle description");
        assertThat(e.getStartDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(e.getPlannedEndDate()).isEqualTo(LocalDate.of(2028, 4, 1));
    }

    @Test
    void afterTheStartOnlyTheDescriptionChangesAndTheRestIsRefused() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        String title = data.experimentation(id).getTitle();
        mvc.perform(get("/experimentations/{id}/edit", id).with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"description\"")))
                .andExpect(content().string(not(containsString("name=\"title\""))))
                .andExpect(content().string(containsString("ses dates ne changent plus")));
        mvc.perform(post("/experimentations/{id}/edit", id)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("description", "Ce que nous avons appris en route"))
                .andExpect(redirectedUrl("/experimentations/" + id));
        assertThat(data.experimentation(id).getDescription()).isEqualTo("Ce que nous avons appris en route");
        mvc.perform(post("/experimentations/{id}/edit", id)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("title", "Autre nom")
                        .param("description", "x"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("seule sa description peut encore changer")));
        mvc.perform(post("/experimentations/{id}/edit", id)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("startDate", "2030-01-01")
                        .param("description", "x"))
                .andExpect(status().isConflict());
        assertThat(data.experimentation(id).getTitle()).isEqualTo(title);
        assertThat(data.experimentation(id).getDescription()).isEqualTo("Ce que nous avons appris en route");
    }
}
