package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.territory.TerritoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A territory's published directory, without sign-in: public fields only; not published, it is not found. */
@FaireAvecWebTest
class PublicDirectoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TerritoryService territories;

    @Autowired
    DirectoryService directory;

    @Test
    void anyoneReadsAPublishedDirectoryButNeverAPersonsNameOrContact() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        TestData.DirectoryItems items = data.directoryFixture(s);
        String base = "/territories/" + items.slug() + "/directory";

        String list = anonymous(base).getContentAsString();
        assertThat(list).contains("Épicerie", "Colis alimentaires", "Redon");

        String page = anonymous(base + "/structures/" + items.structureId()).getContentAsString();
        assertThat(page)
                .contains("Épicerie", "3 rue des Halles", "https://epicerie.example.org", "Colis alimentaires")
                .contains("Sur orientation d&#39;un travailleur social.")
                // the organisation's phone and e-mail are a person's, the service's contact is a person
                .doesNotContain("06 12 34 56 78", "marie.dupont@example.org")
                .doesNotContain("Paul Martin", "07 00 00 00 01", "paul.martin@example.org")
                // nor who verified it
                .doesNotContain("Personne " + s.carrier().getUsername())
                // nor any action
                .doesNotContain("/verify", "/edit", "/archive");
        // the members' page shows them all
        String members = directory
                .structure(s.carrier().viewer(), s.territoryId(), items.structureId())
                .structure()
                .telephone();
        assertThat(members).isEqualTo("06 12 34 56 78");
    }

    @Test
    void anOrganisationsOwnContactAndAnAddressKeptPrivateAreRespected() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        TestData.DirectoryItems items = data.directoryFixture(s);
        var details = TestData.structureDetails("Mission locale");
        var own = new StructureDetails(
                details.nom(),
                null,
                null,
                "12 quai Surcouf",
                null,
                "35600",
                "Redon",
                null,
                47.65,
                -2.08,
                "02 99 00 00 00",
                "accueil@mission-locale.example.org",
                null,
                null,
                null,
                java.util.List.of(),
                false,
                true);
        var mission = directory.addStructure(s.carrier().viewer(), s.territoryId(), own);

        String page = anonymous("/territories/" + items.slug() + "/directory/structures/" + mission.getId())
                .getContentAsString();
        assertThat(page)
                .contains("02 99 00 00 00", "accueil@mission-locale.example.org", "Redon")
                .doesNotContain("12 quai Surcouf", "47.65");
    }

    @Test
    void anUnpublishedOrUnknownDirectoryIsNotFound() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        TestData.DirectoryItems items = data.directoryFixture(s);
        String base = "/territories/" + items.slug() + "/directory";
        territories.setDirectoryPublic(s.territoryId(), false);

        assertThat(anonymous(base).getStatus()).isEqualTo(404);
        assertThat(anonymous(base + "/map").getStatus()).isEqualTo(404);
        assertThat(anonymous(base + "/structures/" + items.structureId()).getStatus())
                .isEqualTo(404);
        assertThat(anonymous("/territories/no-such-territory/directory").getStatus())
                .isEqualTo(404);

        territories.setDirectoryPublic(s.territoryId(), true);
        directory.archiveStructure(s.carrier().viewer(), s.territoryId(), items.structureId());
        assertThat(anonymous(base).getStatus()).isEqualTo(200);
        assertThat(anonymous(base + "/structures/" + items.structureId()).getStatus())
                .isEqualTo(404);
        // an organisation of another published territory is not found under this slug
        long theirs = data.directoryFixture(data.runningExperimentation()).structureId();
        assertThat(anonymous(base + "/structures/" + theirs).getStatus()).isEqualTo(404);
    }

    @Test
    void anAdministratorPublishesAndWithdrawsATerritorysDirectory() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        TestData.DirectoryItems items = data.directoryFixture(s);
        territories.setDirectoryPublic(s.territoryId(), false);
        String publish = "/admin/territories/" + s.territoryId() + "/directory";
        String base = "/territories/" + items.slug() + "/directory";

        assertThat(mvc.perform(post(publish)
                                .param("published", "true")
                                .with(csrf())
                                .with(user(s.carrier())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(anonymous(base).getStatus()).isEqualTo(404);

        mvc.perform(post(publish).param("published", "true").with(csrf()).with(user(data.admin())));
        assertThat(anonymous(base).getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/admin/territories/" + s.territoryId()).with(user(data.admin())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(base);

        mvc.perform(post(publish).param("published", "false").with(csrf()).with(user(data.admin())));
        assertThat(anonymous(base).getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }
}
