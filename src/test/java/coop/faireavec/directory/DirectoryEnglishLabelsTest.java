package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In the English UI the data·inclusion codes (themes, audiences, fees, reception modes, service types) show with
 * their English labels, in a record's page, the search's lists and the service form; in French, the schema's labels.
 */
@FaireAvecWebTest
class DirectoryEnglishLabelsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    TestData.Scenario s;

    @Test
    void aRecordTheSearchAndTheServiceFormSpeakEnglishInTheEnglishUi() throws Exception {
        s = data.runningExperimentation();
        TestData.DirectoryItems items = data.directoryFixture(s);
        String base = "/directory/" + s.territoryId();
        String record = base + "/structures/" + items.structureId();

        assertThat(page(record, "en"))
                .contains("Food", "Everyone", "Free", "In person", "Material help")
                .doesNotContain("Alimentation", "Tous publics", "Gratuit", "En présentiel", "Aide materielle");
        assertThat(page(base, "en"))
                .contains(">Keeping one&#39;s home</option>", ">Older people</option>")
                .doesNotContain(">Se maintenir dans le logement</option>", ">Séniors</option>");
        assertThat(page(record + "/services/new", "en")).contains(">Remotely</label>", ">Workshop</option>");

        assertThat(page(record, "fr")).contains("Alimentation", "Tous publics", "Gratuit", "En présentiel");
        assertThat(page(base, "fr")).contains(">Se maintenir dans le logement</option>", ">Séniors</option>");
    }

    private String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang).with(user(s.carrier())))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
