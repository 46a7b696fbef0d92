package coop.faireavec.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.participation.College;
import coop.faireavec.people.PeopleService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** axe-core (WCAG 2.1 A/AA) on every administration page, on a 375 px phone and on a desktop, with screenshots. */
@BrowserTest
class AdminBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    PeopleService people;

    @Test
    void everyAdministrationPageIsAccessibleOnAPhoneAndADesktop(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal participant = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        AccountPrincipal admin = data.admin();
        browser.phone().signIn(admin.getUsername());
        // one action, so that the audit pages have something to show
        browser.open("/admin/people/" + participant.getPersonId());
        browser.submit("form[action$='/enabled'] button[type=submit]");
        assertThat(browser.text(".flash")).contains("Le compte est désactivé");
        browser.submit("form[action$='/enabled'] button[type=submit]");

        List<String> pages = List.of(
                "/admin",
                "/admin/territories",
                "/admin/territories/" + s.territoryId(),
                "/admin/people",
                "/admin/people/" + participant.getPersonId(),
                "/admin/experimentations",
                "/admin/platform",
                "/admin/operations",
                "/admin/audit");
        for (String size : List.of("phone", "desktop")) {
            if (size.equals("desktop")) {
                browser.desktop();
            }
            for (String page : pages) {
                browser.open(page).assertAccessible().assertNoHorizontalScroll();
                String name = "admin"
                        + page.substring("/admin".length())
                                .replaceAll("/[0-9]+", "-one")
                                .replace('/', '-');
                browser.screenshot((name.equals("admin") ? "admin-home" : name) + "-" + size);
            }
        }

        // a taken territory name: the error is said in the page, which stays accessible
        browser.phone().open("/admin/territories");
        browser.find("#name")
                .sendKeys(data.experimentation(s.experimentationId())
                        .getTerritory()
                        .getName());
        browser.submit("form[action='/admin/territories'] button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("Un autre territoire porte déjà ce nom.");
        browser.assertAccessible().assertNoHorizontalScroll();

        // access reset: the invitation card of that membership, with its code
        browser.open("/admin/people/" + participant.getPersonId());
        browser.submit("form[action*='/invitation'] button[type=submit]");
        assertThat(browser.text(".invitation-code")).isNotBlank();

        browser.open("/admin/platform");
        browser.submit("form[action='/admin/platform/test-mail'] button[type=submit]");
        assertThat(browser.text(".flash")).isNotBlank();
        browser.assertAccessible();
    }
}
