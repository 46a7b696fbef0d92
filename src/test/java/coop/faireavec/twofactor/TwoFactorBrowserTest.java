package coop.faireavec.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #16, point 2, in a real Chromium on a 375 px phone: the enrolment page (QR code, the key as text, the first
 * code, the recovery codes) and the code step of signing in (an error, then the right code), each with axe-core
 * finding no WCAG 2.1 A/AA violation, 44 px targets and no sideways scrolling.
 */
@BrowserTest
class TwoFactorBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void enrolmentThenSigningInWithACodeOnAPhone(Browser browser) {
        AccountPrincipal me = data.account("phone2fa", false);
        browser.phone().signIn(me.getUsername());
        browser.find("a[href='/me/security/two-factor']").click();
        browser.waitForPath(p -> p.equals("/me/security/two-factor"), "the enrolment page");
        assertThat(browser.find("main img").getAttribute("src")).startsWith("data:image/png;base64,");
        browser.assertAccessible().assertTargetsAtLeast44px().assertNoHorizontalScroll();

        String secret = browser.text("#secret").replace(" ", "");
        browser.find("#code").sendKeys("000");
        browser.submit("main form button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("code à 6 chiffres");
        browser.assertAccessible().assertTargetsAtLeast44px().assertNoHorizontalScroll();

        browser.find("#code").clear();
        browser.find("#code").sendKeys(TwoFactorTestSupport.codeNow(secret, clock));
        browser.submit("main form button[type=submit]");
        assertThat(browser.text("h1")).isEqualTo("Vos codes de secours");
        assertThat(browser.findAll(".recovery-codes code")).hasSize(10);
        browser.assertAccessible().assertTargetsAtLeast44px().assertNoHorizontalScroll();

        clock.advance(Duration.ofSeconds(30));
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.find("#username").sendKeys(me.getUsername());
        browser.find("#password").sendKeys(TestData.PASSWORD);
        browser.submit("form[action='/login'] button[type=submit]");
        browser.waitForPath(p -> p.equals("/login/two-factor"), "the code step");
        browser.assertAccessible().assertTargetsAtLeast44px().assertNoHorizontalScroll();

        browser.find("#code").sendKeys("12");
        browser.submit("main form[action='/login/two-factor'] button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("Ce code ne marche pas");
        browser.assertAccessible().assertTargetsAtLeast44px().assertNoHorizontalScroll();

        browser.find("#code").clear();
        browser.find("#code").sendKeys(TwoFactorTestSupport.codeNow(secret, clock));
        browser.find("label[for=remember]").click();
        browser.submit("main form[action='/login/two-factor'] button[type=submit]");
        browser.waitForPath(p -> p.equals("/"), "the dashboard, signed in");
        assertThat(browser.driver().manage().getCookieNamed("FA_DEVICE"))
                .as("the device asked to be remembered")
                .isNotNull()
                .satisfies(c -> assertThat(c.isHttpOnly()).isTrue());
    }
}
