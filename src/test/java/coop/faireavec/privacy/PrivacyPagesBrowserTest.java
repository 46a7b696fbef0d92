package coop.faireavec.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public notices and the mail preferences page in a real browser on a 375 px phone: axe-core finds no WCAG 2.1
 * A/AA violation, nothing scrolls sideways, and every target is at least 44 px. The screenshots in docs/screenshots/
 * are taken on the way.
 */
@BrowserTest
class PrivacyPagesBrowserTest {

    @Autowired
    TestData data;

    @Test
    void theThreePublicPagesAreAccessibleOnAPhoneWithoutSigningIn(Browser browser) {
        browser.phone();
        browser.driver().manage().deleteAllCookies();
        browser.open("/privacy");
        assertThat(browser.text("h1")).isEqualTo("Vos données personnelles");
        browser.assertAccessible()
                .assertNoHorizontalScroll()
                .assertTargetsAtLeast44px()
                .screenshot("privacy-phone");
        browser.open("/accessibility");
        assertThat(browser.text("h1")).isEqualTo("Déclaration d'accessibilité");
        browser.assertAccessible()
                .assertNoHorizontalScroll()
                .assertTargetsAtLeast44px()
                .screenshot("accessibility-phone");
        browser.open("/legal");
        assertThat(browser.text("h1")).isEqualTo("Mentions légales");
        browser.assertAccessible()
                .assertNoHorizontalScroll()
                .assertTargetsAtLeast44px()
                .screenshot("legal-phone");
    }

    @Test
    void theMailPreferencesPageIsAccessibleOnAPhone(Browser browser) {
        AccountPrincipal someone = data.account("prefs", false);
        browser.phone().signIn(someone.getUsername()).open("/me/preferences");
        assertThat(browser.text("h1")).isEqualTo("Mes préférences d'e-mail");
        browser.find("#email-no").click();
        browser.submit("main form button[type=submit]");
        assertThat(browser.text(".flash")).isEqualTo("Vos choix sont enregistrés.");
        assertThat(browser.findAll(".consent-history li")).hasSize(1);
        browser.assertAccessible()
                .assertNoHorizontalScroll()
                .assertTargetsAtLeast44px()
                .screenshot("mail-preferences-phone");
    }
}
