package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The directory's search and list with the keyboard only (issue #17, "Done when"): type words, filter by a theme,
 * search, open a record, never touching the mouse.
 */
@BrowserTest
class DirectoryKeyboardBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    DirectoryService directory;

    @Test
    void aMemberTypesASearchFiltersByAThemeAndOpensARecordWithTheKeyboardOnly(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        TestData.DirectoryItems food = data.directoryFixture(s); // a food service
        long missionLocale = directory
                .addStructure(s.carrier().viewer(), s.territoryId(), TestData.structureDetails("Mission locale"))
                .getId();
        directory.addService(
                s.carrier().viewer(),
                s.territoryId(),
                missionLocale,
                new ServiceDetails(
                        "Ateliers emploi",
                        null,
                        "atelier",
                        List.of("trouver-un-emploi--repondre-a-des-offres-demploi"),
                        List.of("jeunes"),
                        null,
                        "gratuit",
                        null,
                        List.of("en-presentiel"),
                        null,
                        null,
                        null,
                        null,
                        false));
        String base = "/directory/" + s.territoryId();

        browser.desktop().signIn(s.carrier().getUsername()).open(base);
        // both organisations have "précarité" in their description: typed without its accent
        browser.tabTo(e -> "text".equals(e.getAttribute("id")), "the search field");
        browser.press("precarite");
        browser.tabTo(e -> "theme".equals(e.getAttribute("id")), "the theme list");
        browser.press("Alimentation"); // a closed list picks the option its typed name starts with
        assertThat(browser.find("#theme").getAttribute("value")).isEqualTo("equipement-et-alimentation--alimentation");
        browser.tabTo(e -> "submit".equals(e.getAttribute("type")), "the search button");
        browser.press(Keys.ENTER);
        browser.waitForPath(
                p -> p.contains("text=precarite") && p.contains("theme=equipement-et-alimentation--alimentation"),
                "the search's results");
        assertThat(browser.text("#results-heading")).isEqualTo("1 structure");
        assertThat(browser.text("main")).contains("Épicerie").doesNotContain("Mission locale");

        browser.tabTo(e -> e.getText().startsWith("Épicerie"), "the organisation found");
        browser.press(Keys.ENTER);
        browser.waitForPath(p -> p.equals(base + "/structures/" + food.structureId()), "the organisation's page");
        assertThat(browser.text("main")).contains("Colis alimentaires");
        browser.assertAccessible();
    }
}
