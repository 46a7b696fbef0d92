package coop.faireavec.territory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A territory's slug (its public directory's address) is made from its name when created, unique, then fixed. */
@FaireAvecWebTest
class TerritorySlugTest {

    @Autowired
    TerritoryService territories;

    @Test
    void theSlugIsTheNameInLowerCaseAsciiWithHyphens() {
        assertThat(Slugs.of("Pays de Redon – Sud")).isEqualTo("pays-de-redon-sud");
        assertThat(Slugs.of("Saint-Brieuc : Cœur d'Armor")).isEqualTo("saint-brieuc-coeur-d-armor");
        assertThat(Slugs.of("35")).isEqualTo("territoire-35");
        assertThat(Slugs.of("!!!")).isEqualTo("territoire");
        assertThat(Slugs.of("a".repeat(300))).hasSize(100);
    }

    @Test
    void aSecondTerritoryOfTheSameSlugGetsANumberAndRenamingKeepsTheSlug() {
        String name = TestData.unique("Vallée ");
        Territory first = territories.create(name, null);
        Territory second = territories.create(name + " !", null);
        assertThat(first.getSlug()).isEqualTo(Slugs.of(name));
        assertThat(second.getSlug()).isEqualTo(Slugs.of(name) + "-2");

        territories.describe(first.getId(), TestData.unique("Autre nom "), null);
        assertThat(territories.get(first.getId()).getSlug()).isEqualTo(Slugs.of(name));
        assertThat(territories.findOrCreate(TestData.unique("Côte ")).getSlug()).startsWith("cote-");
    }
}
