package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A monograph in a real browser on a 375 px phone: its page (with a photo), the form a carrier writes in and the
 * public page have no WCAG 2.1 AA violation (axe-core) and no horizontal scroll.
 */
@BrowserTest
class MonographBrowserTest {

    @Autowired
    TestData data;

    @Test
    void aMonographWithItsPhotoAndItsFormAreAccessibleOnAPhone(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        TestData.MonographItems m = data.monographFixture(s);
        AccountPrincipal participant = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        String page = "/directory/" + s.territoryId() + "/monographs/" + m.monographId();

        browser.phone().signIn(participant.getUsername()).open(page);
        assertThat(browser.text("main")).contains("L'épicerie qui prête", "Elle ouvre trois jours par semaine.");
        browser.assertAccessible().assertNoHorizontalScroll().screenshot("monograph-phone");

        browser.open("/territories/" + m.slug() + "/directory/monographs/" + m.monographId());
        browser.assertAccessible().assertNoHorizontalScroll();
    }

    @Test
    void theWritingFormIsAccessibleOnAPhone(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        TestData.MonographItems m = data.monographFixture(s);
        String base = "/directory/" + s.territoryId() + "/monographs";
        browser.phone().signIn(s.carrier().getUsername()).open(base + "/new");
        browser.assertAccessible().assertNoHorizontalScroll();
        browser.open(base + "/" + m.monographId() + "/photos/new");
        browser.assertAccessible().assertNoHorizontalScroll();
    }
}
