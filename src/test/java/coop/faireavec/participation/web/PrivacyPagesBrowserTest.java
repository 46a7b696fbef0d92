package coop.faireavec.participation.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.1 A/AA) and touch targets on a phone for the privacy pages: my name in the reports (the
 * person's and the carrier's), and correcting or withdrawing a contribution, with their error messages.
 */
@BrowserTest
class PrivacyPagesBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ContributionService contributions;

    @Test
    void theNamingAndChangePagesAreAccessibleOnAPhoneWithTheirErrors(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal lived = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        long said = contributions
                .record(new NewContribution(
                        id,
                        "SHARED_DIAGNOSIS",
                        "PeerSessions",
                        null,
                        "LIVED_EXPERIENCE",
                        null,
                        null,
                        null,
                        "Le bus ne passe plus après 19 heures",
                        lived.getPersonId(),
                        lived.getPersonId()))
                .getId();

        browser.phone().signIn(lived.getUsername());
        browser.open("/experimentations/" + id + "/naming");
        assertThat(browser.text("main")).contains("vous apparaissez sous le nom « Personne concernée");
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.find("label[for=named-yes]").click();
        browser.submit("main form button[type=submit]");
        assertThat(browser.text(".flash")).contains("le nom apparaîtra dans les bilans");

        browser.open("/me/contributions");
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.open("/experimentations/" + id + "/contributions/" + said);
        browser.submit("button[formaction$='/withdraw']");
        assertThat(browser.text(".error-summary")).contains("cochez « Oui, je veux retirer ce texte »");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("contribution-change-errors-phone");

        browser.phone().signIn(s.carrier().getUsername());
        browser.open("/experimentations/" + id + "/members");
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.open("/experimentations/" + id + "/members/" + lived.getPersonId() + "/naming");
        browser.find("label[for=named]").click();
        browser.submit("main form button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("Dites comment la personne a donné son accord.");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("naming-carrier-errors-phone");
    }
}
