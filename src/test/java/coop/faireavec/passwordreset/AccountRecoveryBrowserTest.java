package coop.faireavec.passwordreset;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * axe-core (WCAG 2.1 A/AA), 44 px targets and a phone screen on the pages of someone who cannot sign in: the
 * forgotten-password pages (the form with an error, the same answer for any address, a link that does not work)
 * and the set-up address once it no longer works.
 */
@BrowserTest
class AccountRecoveryBrowserTest {

    @Test
    void fromTheSignInPageSomeoneWhoForgotTheirPasswordIsGuidedAccessibly(Browser browser) {
        browser.phone();
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        assertThat(browser.text("main")).contains("Pas d'adresse e-mail ? Demandez au porteur de projet");
        browser.find("a[href='/password/forgotten']").click();
        browser.waitForPath(p -> p.equals("/password/forgotten"), "the forgotten-password page");
        browser.find("#email").sendKeys("pas une adresse");
        browser.submit("main form button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("ne semble pas complète");
        browser.assertAccessible()
                .assertTargetsAtLeast44px()
                .assertNoHorizontalScroll()
                .screenshot("password-forgotten-errors-phone");

        browser.find("#email").clear();
        browser.find("#email").sendKeys("personne@example.org");
        browser.submit("main form button[type=submit]");
        browser.waitForPath(p -> p.equals("/password/forgotten/sent"), "the same answer for any address");
        assertThat(browser.text("h1")).isEqualTo("Regardez vos e-mails");
        browser.assertAccessible().assertTargetsAtLeast44px().assertNoHorizontalScroll();

        browser.open("/password/reset?token=abc");
        assertThat(browser.text("h1")).isEqualTo("Ce lien ne marche pas");
        browser.assertAccessible().assertTargetsAtLeast44px().assertNoHorizontalScroll();

        browser.open("/setup?token=abc");
        assertThat(browser.text("h1")).isEqualTo("Mise en route de la plateforme");
        browser.assertAccessible().assertTargetsAtLeast44px().assertNoHorizontalScroll();
    }
}
