package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.security.Viewer;
import coop.faireavec.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The directory's search, the same cases on H2 ({@link DirectorySearchTest}) and PostgreSQL
 * ({@link DirectorySearchPostgresTest}): accents and case ignored through the normalised search column, theme, commune
 * and audience filters, archived records left out, paging.
 */
abstract class DirectorySearchCases {

    @Autowired
    TestData data;

    @Autowired
    DirectoryService directory;

    Viewer carrier;
    long territoryId;

    @BeforeEach
    void aTerritoryWithThreeOrganisations() {
        TestData.Scenario s = data.runningExperimentation();
        carrier = s.carrier().viewer();
        territoryId = s.territoryId();
        var grocery = directory.addStructure(
                carrier,
                territoryId,
                structure("Épicerie solidaire", "Lutte contre la PRÉCARITÉ alimentaire.", "Redon"));
        directory.addService(
                carrier,
                territoryId,
                grocery.getId(),
                service("Colis d'urgence", "equipement-et-alimentation--alimentation", "familles"));
        var ccas = directory.addStructure(
                carrier,
                territoryId,
                structure("CCAS de Saint-Nicolas", "Action sociale de la commune.", "Saint-Nicolas-de-Redon"));
        directory.addService(
                carrier,
                territoryId,
                ccas.getId(),
                service("Aide au logement", "logement-hebergement--se-maintenir-dans-le-logement", "seniors"));
        var gone = directory.addStructure(
                carrier, territoryId, structure("Ancienne association", "Contre la précarité, fermée.", "Redon"));
        directory.archiveStructure(carrier, territoryId, gone.getId());
    }

    @Test
    void wordsWithoutAccentsOrCapitalsFindTheAccentedText() {
        assertThat(names(new DirectoryQuery("precarite", "", "", ""))).containsExactly("Épicerie solidaire");
        assertThat(names(new DirectoryQuery("  Précarité ", "", "", ""))).containsExactly("Épicerie solidaire");
        assertThat(names(new DirectoryQuery("EPICERIE", "", "", ""))).containsExactly("Épicerie solidaire");
    }

    @Test
    void aServicesNameOrThemeFindsItsOrganisation() {
        assertThat(names(new DirectoryQuery("colis", "", "", ""))).containsExactly("Épicerie solidaire");
        assertThat(names(new DirectoryQuery("se maintenir", "", "", ""))).containsExactly("CCAS de Saint-Nicolas");
    }

    @Test
    void themeCommuneAndAudienceFilterAndCombine() {
        assertThat(names(new DirectoryQuery("", "equipement-et-alimentation--alimentation", "", "")))
                .containsExactly("Épicerie solidaire");
        assertThat(names(new DirectoryQuery("", "", "Saint-Nicolas-de-Redon", "")))
                .containsExactly("CCAS de Saint-Nicolas");
        assertThat(names(new DirectoryQuery("", "", "", "seniors"))).containsExactly("CCAS de Saint-Nicolas");
        assertThat(names(new DirectoryQuery("precarite", "", "Saint-Nicolas-de-Redon", "")))
                .isEmpty();
        assertThat(names(DirectoryQuery.all())).containsExactly("CCAS de Saint-Nicolas", "Épicerie solidaire");
    }

    @Test
    void archivedOrganisationsAreNotFoundAndCommunesComeFromLiveOnes() {
        assertThat(names(new DirectoryQuery("fermee", "", "", ""))).isEmpty();
        assertThat(directory
                        .directory(carrier, territoryId, DirectoryQuery.all(), 0)
                        .communes())
                .containsExactly("Redon", "Saint-Nicolas-de-Redon");
    }

    @Test
    void resultsComeByPagesOfTwenty() {
        for (int i = 0; i < 21; i++) {
            directory.addStructure(carrier, territoryId, structure("Lieu " + (100 + i), null, "Redon"));
        }
        var first = directory
                .directory(carrier, territoryId, new DirectoryQuery("lieu", "", "", ""), 0)
                .rows();
        var second = directory
                .directory(carrier, territoryId, new DirectoryQuery("lieu", "", "", ""), 1)
                .rows();
        assertThat(first.getTotalElements()).isEqualTo(21);
        assertThat(first.getContent()).hasSize(DirectoryService.PAGE_SIZE);
        assertThat(second.getContent()).extracting(StructureView::nom).containsExactly("Lieu 120");
        // a page past the end (an old link) shows the last page, not an empty "page 100 of 2"
        var past = directory
                .directory(carrier, territoryId, new DirectoryQuery("lieu", "", "", ""), 99)
                .rows();
        assertThat(past.getNumber()).isEqualTo(1);
        assertThat(past.getContent()).extracting(StructureView::nom).containsExactly("Lieu 120");
    }

    private List<String> names(DirectoryQuery query) {
        return directory.directory(carrier, territoryId, query, 0).rows().getContent().stream()
                .map(StructureView::nom)
                .toList();
    }

    static StructureDetails structure(String nom, String description, String commune) {
        return new StructureDetails(
                nom,
                null,
                description,
                null,
                null,
                null,
                commune,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                true,
                false);
    }

    static ServiceDetails service(String nom, String theme, String audience) {
        return new ServiceDetails(
                nom,
                "Un service.",
                null,
                List.of(theme),
                List.of(audience),
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                false);
    }
}
