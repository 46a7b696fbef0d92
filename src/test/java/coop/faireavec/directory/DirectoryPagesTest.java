package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The directory's pages for members: the list, an organisation's page, the forms with their checks, the rights. */
@FaireAvecWebTest
class DirectoryPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    DirectoryService directory;

    TestData.Scenario scenario;
    String base;

    @BeforeEach
    void aRunningExperimentation() {
        scenario = data.runningExperimentation();
        base = "/directory/" + scenario.territoryId();
    }

    @Test
    void aCarrierAddsAnOrganisationThatTheListAndItsPageShow() throws Exception {
        MockHttpServletResponse added = send(
                post(base + "/structures/new")
                        .param("nom", "Secours populaire de Redon")
                        .param("siret", "732 829 320 00074")
                        .param("commune", "Redon")
                        .param("codePostal", "35600")
                        .param("latitude", "47,6514")
                        .param("longitude", "-2.0843")
                        .param("horairesAccueil", "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00")
                        .param("reseauxPorteurs", "secours-populaire")
                        .param("addressPublic", "true"),
                scenario.carrier());
        assertThat(added.getStatus()).isEqualTo(302);
        String page = added.getRedirectedUrl();
        assertThat(page).startsWith(base + "/structures/");

        String shown = send(get(page), scenario.carrier()).getContentAsString();
        assertThat(shown).contains("Secours populaire de Redon", "73282932000074", "47.6514", "Secours Populaire");
        assertThat(send(get(base).param("text", "secours"), scenario.carrier()).getContentAsString())
                .contains("Secours populaire de Redon");
    }

    @Test
    void wrongValuesComeBackWithTheirMessagesAndNothingTypedIsLost() throws Exception {
        MockHttpServletResponse refused = send(
                post(base + "/structures/new")
                        .param("nom", "Le Tiers-lieu")
                        .param("siret", "73282932000075")
                        .param("horairesAccueil", "le lundi matin")
                        .param("latitude", "47.65")
                        .param("courriel", "pas une adresse")
                        .param("accessibiliteLieu", "acceslibre"),
                scenario.carrier());
        assertThat(refused.getStatus()).isEqualTo(200);
        String html = refused.getContentAsString();
        assertThat(html)
                .contains("SIRET : ce numéro n&#39;existe pas")
                .contains("Horaires d&#39;accueil : écrivez-les au format OpenStreetMap")
                .contains("Longitude : indiquez-la aussi")
                .contains("Courriel : une adresse comme")
                .contains("Accessibilité du lieu : une adresse qui commence par https://")
                .contains("value=\"Le Tiers-lieu\"", "value=\"le lundi matin\"", "value=\"73282932000075\"");
        assertThat(directory
                        .directory(scenario.carrier().viewer(), scenario.territoryId(), DirectoryQuery.all(), 0)
                        .rows()
                        .getTotalElements())
                .isZero();
        assertThat(send(post(base + "/structures/new").param("nom", " "), scenario.carrier())
                        .getContentAsString())
                .contains("Nom : indiquez le nom.");
    }

    @Test
    void aServiceTakesCodesFromTheSchemasListsOnly() throws Exception {
        long structureId = data.directoryFixture(scenario).structureId();
        String form = base + "/structures/" + structureId + "/services/new";
        String refused = send(
                        post(form)
                                .param("nom", "Permanence")
                                .param("thematiques", "pas-un-theme")
                                .param("publics", "tous-publics", "seniors"),
                        scenario.carrier())
                .getContentAsString();
        assertThat(refused)
                .contains("Thèmes : choisissez dans la liste.")
                .contains("Pour qui : « Tous publics » ne va avec aucun autre choix.")
                .contains("value=\"Permanence\"");

        MockHttpServletResponse added = send(
                post(form)
                        .param("nom", "Permanence logement")
                        .param("type", "accompagnement")
                        .param("thematiques", "logement-hebergement--se-maintenir-dans-le-logement")
                        .param("publics", "seniors")
                        .param("frais", "gratuit")
                        .param("modesAccueil", "en-presentiel"),
                scenario.carrier());
        assertThat(added.getRedirectedUrl()).isEqualTo(base + "/structures/" + structureId);
        assertThat(send(get(base + "/structures/" + structureId), scenario.carrier())
                        .getContentAsString())
                .contains("Permanence logement", "Se maintenir dans le logement", "Séniors", "Gratuit");
    }

    @Test
    void membersOnTheTerritoryReadOnlyItsCarriersChangeIt() throws Exception {
        TestData.DirectoryItems items = data.directoryFixture(scenario);
        AccountPrincipal participant = data.memberOfCollege(scenario.experimentationId(), College.LIVED_EXPERIENCE);
        String record = base + "/structures/" + items.structureId();

        assertThat(send(get(base), participant).getStatus()).isEqualTo(200);
        String page = send(get(record), participant).getContentAsString();
        assertThat(page).contains("Colis alimentaires").doesNotContain("/verify", "/edit");
        assertThat(send(post(base + "/structures/new").param("nom", "X"), participant)
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(post(record + "/verify"), participant).getStatus()).isEqualTo(403);
        assertThat(send(get(record + "/edit"), participant).getStatus()).isEqualTo(403);

        AccountPrincipal elsewhere = data.runningExperimentation().carrier();
        assertThat(send(get(base), elsewhere).getStatus()).isEqualTo(403);
        assertThat(send(get(record), elsewhere).getStatus()).isEqualTo(403);
        // an organisation of another territory's directory is not found under this one
        long theirs = data.directoryFixture(data.runningExperimentation()).structureId();
        assertThat(send(get(base + "/structures/" + theirs), scenario.carrier()).getStatus())
                .isEqualTo(404);
    }

    @Test
    void verifyingSaysWhoAndArchivingTakesItOutOfTheDirectory() throws Exception {
        TestData.DirectoryItems items = data.directoryFixture(scenario);
        String record = base + "/structures/" + items.structureId();
        assertThat(send(post(record + "/verify"), scenario.carrier()).getRedirectedUrl())
                .isEqualTo(record);
        assertThat(send(get(record), scenario.carrier()).getContentAsString())
                .contains("par Personne " + scenario.carrier().getUsername());

        assertThat(send(post(record + "/archive"), scenario.carrier()).getRedirectedUrl())
                .isEqualTo(base);
        assertThat(send(get(record), scenario.carrier()).getStatus()).isEqualTo(404);
        assertThat(send(get(base), scenario.carrier()).getContentAsString()).doesNotContain(record + "\"");
    }

    @Test
    void aFormFilledFromAnOlderVersionIsRefusedWithTheConflictPage() throws Exception {
        TestData.DirectoryItems items = data.directoryFixture(scenario);
        String edit = base + "/structures/" + items.structureId() + "/edit";
        assertThat(send(post(edit).param("nom", "Nouveau nom").param("version", "0"), scenario.carrier())
                        .getRedirectedUrl())
                .isEqualTo(base + "/structures/" + items.structureId());
        assertThat(send(post(edit).param("nom", "Autre nom").param("version", "0"), scenario.carrier())
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void theOrganisationsAnExperimentationKnowsLinkToTheirRecordWhenTheNamesMatch() throws Exception {
        data.fundingItems(scenario); // a funder named "Conseil départemental"
        long carrierOrganisation = directory
                .addStructure(
                        scenario.carrier().viewer(),
                        scenario.territoryId(),
                        TestData.structureDetails("COLLÈGE COOPÉRATIF"))
                .getId();
        String page = send(get("/experimentations/" + scenario.experimentationId()), scenario.carrier())
                .getContentAsString();
        assertThat(page)
                .contains("href=\"" + base + "/structures/" + carrierOrganisation + "\">Collège coopératif</a>")
                .contains("Conseil départemental</span>")
                .contains("(pas encore dans l&#39;annuaire)");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, AccountPrincipal who) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(who))).andReturn().getResponse();
    }

    @Test
    void anOrganisationArchivedByMistakeIsPutBackFromTheArchivedList() throws Exception {
        TestData.DirectoryItems items = data.directoryFixture(scenario);
        String record = base + "/structures/" + items.structureId();
        mvc.perform(post(record + "/archive").with(csrf()).with(user(scenario.carrier())));
        assertThat(mvc.perform(get(record).with(user(scenario.carrier())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        String archived = mvc.perform(get(base + "/archived").with(user(scenario.carrier())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(archived).contains(record + "/restore");

        assertThat(mvc.perform(post(record + "/restore").with(csrf()).with(user(scenario.carrier())))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(record);
        assertThat(mvc.perform(get(record).with(user(scenario.carrier())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get(base + "/archived").with(user(scenario.carrier())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(record + "/restore");
        // a participant neither sees the archive nor puts anything back
        AccountPrincipal participant = data.memberOfCollege(scenario.experimentationId(), College.LIVED_EXPERIENCE);
        assertThat(mvc.perform(get(base + "/archived").with(user(participant)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
