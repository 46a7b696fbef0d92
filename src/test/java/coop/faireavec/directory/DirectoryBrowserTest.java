package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The directory in a real browser on a 375 px phone: the list, an organisation's page and the map page have no WCAG
 * 2.1 AA violation (axe-core); the search and the list are used with the keyboard only. Tests have no tile server:
 * the map page says the map is unavailable and its list still gives every organisation.
 */
@BrowserTest
class DirectoryBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    DirectoryService directory;

    @Test
    void aMemberSearchesAndOpensARecordWithTheKeyboardOnAPhone(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        TestData.DirectoryItems items = data.directoryFixture(s);
        directory.addStructure(s.carrier().viewer(), s.territoryId(), TestData.structureDetails("Mission locale"));
        AccountPrincipal participant = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        String base = "/directory/" + s.territoryId();

        browser.phone().signIn(participant.getUsername()).open(base);
        browser.assertAccessible().assertNoHorizontalScroll().screenshot("directory-list-phone");

        browser.tabTo(e -> "text".equals(e.getAttribute("id")), "the search field");
        // without its accent: "epicerie" finds "Épicerie", not the mission locale
        browser.press("epicerie", Keys.ENTER);
        browser.waitForPath(p -> p.contains("text=epicerie"), "the search's results");
        assertThat(browser.text("#results-heading")).isEqualTo("1 structure");
        assertThat(browser.text("main")).contains("Épicerie").doesNotContain("Mission locale");

        browser.tabTo(e -> e.getText().startsWith("Épicerie"), "the organisation found");
        browser.press(Keys.ENTER);
        browser.waitForPath(p -> p.equals(base + "/structures/" + items.structureId()), "the organisation's page");
        assertThat(browser.text("main")).contains("Colis alimentaires");
        browser.assertAccessible().assertNoHorizontalScroll();

        browser.open(base + "/map");
        assertThat(browser.text("#map-unavailable")).contains("La carte n'est pas disponible");
        assertThat(browser.text(".directory-map-list")).contains("Épicerie", "Mission locale");
        browser.assertAccessible().assertNoHorizontalScroll();
    }

    @Test
    void thePublicDirectoryIsAccessibleWithoutSignIn(Browser browser) {
        TestData.DirectoryItems items = data.directoryFixture(data.runningExperimentation());
        browser.phone().open("/territories/" + items.slug() + "/directory");
        browser.assertAccessible().assertNoHorizontalScroll();
        browser.open("/territories/" + items.slug() + "/directory/structures/" + items.structureId());
        assertThat(browser.text("main")).contains("Colis alimentaires").doesNotContain("Paul Martin");
        browser.assertAccessible();
    }
}
