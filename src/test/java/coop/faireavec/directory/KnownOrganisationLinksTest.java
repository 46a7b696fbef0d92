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

/**
 * The organisations an experimentation knows (its carrier's organisation, its funders) link to their directory
 * record: by name when exactly one record has it, else as a carrier sets it by hand on
 * {@code /experimentations/{id}/directory-links}; the experimentation's page shows the link.
 */
@FaireAvecWebTest
class KnownOrganisationLinksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    DirectoryService directory;

    TestData.Scenario scenario;
    String base;
    String links;
    String page;

    @BeforeEach
    void aRunningExperimentationWithAFunder() {
        scenario = data.runningExperimentation();
        data.fundingItems(scenario); // a funder named "Conseil départemental"
        base = "/directory/" + scenario.territoryId();
        links = "/experimentations/" + scenario.experimentationId() + "/directory-links";
        page = "/experimentations/" + scenario.experimentationId();
    }

    @Test
    void twoRecordsOfTheSameNameWaitForACarrierWhoLinksUnlinksAndPutsBackTheAutomaticMatch() throws Exception {
        long redon = add("Conseil départemental", "Redon");
        long vannes = add("CONSEIL DEPARTEMENTAL", "Vannes");
        assertThat(show(page))
                .contains("Conseil départemental</span>")
                .contains("(plusieurs fiches de l&#39;annuaire ont ce nom : un porteur doit choisir)")
                .contains("href=\"" + links + "\"");

        assertThat(choose("Conseil départemental", String.valueOf(vannes)).getRedirectedUrl())
                .isEqualTo(links);
        assertThat(show(page))
                .contains("href=\"" + base + "/structures/" + vannes + "\">Conseil départemental</a>")
                .doesNotContain("/structures/" + redon + "\"");
        assertThat(show(links)).contains("reliée à « CONSEIL DEPARTEMENTAL (Vannes) » (choisie par un porteur)");

        choose("Conseil départemental", "none");
        assertThat(show(page)).contains("(pas dans l&#39;annuaire)").doesNotContain("/structures/" + vannes + "\"");

        choose("Conseil départemental", "");
        assertThat(show(page)).contains("(plusieurs fiches de l&#39;annuaire ont ce nom");
    }

    @Test
    void aLinkByHandBeatsTheMatchByNameAndAnArchivedRecordFallsBackToIt() throws Exception {
        long sameName = add("Conseil départemental", "Redon");
        long other = add("Département d'Ille-et-Vilaine", "Rennes");
        assertThat(show(page)).contains("href=\"" + base + "/structures/" + sameName + "\">Conseil départemental</a>");

        choose("Conseil départemental", String.valueOf(other));
        assertThat(show(page)).contains("href=\"" + base + "/structures/" + other + "\">Conseil départemental</a>");

        directory.archiveStructure(scenario.carrier().viewer(), scenario.territoryId(), other);
        assertThat(show(page)).contains("href=\"" + base + "/structures/" + sameName + "\">Conseil départemental</a>");
    }

    @Test
    void onlyALiveRecordOfTheTerritoryAndOnlyTheExperimentationsOrganisationsCanBeLinked() throws Exception {
        long theirs = data.directoryFixture(data.runningExperimentation()).structureId();
        assertThat(flashOf("Conseil départemental", String.valueOf(theirs)))
                .isEqualTo("directory.links.flash.badChoice");
        assertThat(flashOf("Conseil départemental", "pas-un-numéro")).isEqualTo("directory.links.flash.badChoice");
        assertThat(flashOf("Conseil départemental", "none")).isEqualTo("directory.links.flash.saved");
        assertThat(show(page)).doesNotContain("/structures/" + theirs + "\"");

        assertThat(choose("Une organisation inconnue", "none").getStatus()).isEqualTo(404);
    }

    @Test
    void onlyCarriersCorrectTheLinksAndOthersSeeNoFundersNorTheLinkToCorrectThem() throws Exception {
        AccountPrincipal participant = data.memberOfCollege(scenario.experimentationId(), College.LIVED_EXPERIENCE);
        add("Conseil départemental", "Redon");
        assertThat(send(get(links), participant).getStatus()).isEqualTo(403);
        assertThat(send(
                                post(links)
                                        .param("organisation", "Conseil départemental")
                                        .param("choice", "none"),
                                participant)
                        .getStatus())
                .isEqualTo(403);
        String seen = send(get(page), participant).getContentAsString();
        assertThat(seen).doesNotContain("Conseil départemental", "href=\"" + links + "\"");
        assertThat(show(page)).contains("Conseil départemental</a>");
    }

    private long add(String name, String commune) {
        StructureDetails details = DirectorySearchCases.structure(
                name, TestData.structureDetails(name).description(), commune);
        return directory
                .addStructure(scenario.carrier().viewer(), scenario.territoryId(), details)
                .getId();
    }

    private MockHttpServletResponse choose(String organisation, String choice) throws Exception {
        return send(post(links).param("organisation", organisation).param("choice", choice), scenario.carrier());
    }

    private Object flashOf(String organisation, String choice) throws Exception {
        return mvc.perform(post(links)
                        .param("organisation", organisation)
                        .param("choice", choice)
                        .with(csrf())
                        .with(user(scenario.carrier())))
                .andReturn()
                .getFlashMap()
                .get("flash");
    }

    private String show(String path) throws Exception {
        MockHttpServletResponse shown = send(get(path), scenario.carrier());
        assertThat(shown.getStatus()).as(path).isEqualTo(200);
        return shown.getContentAsString();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, AccountPrincipal who) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(who))).andReturn().getResponse();
    }
}
