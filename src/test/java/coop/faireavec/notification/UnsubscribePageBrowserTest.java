package coop.faireavec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.1 A/AA) on the page a mail's unsubscribe link opens, signed out, on a phone: the confirmation
 * button, then the page saying it is done.
 */
@BrowserTest
class UnsubscribePageBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    UnsubscribeTokens tokens;

    @Test
    void theUnsubscribePagesAreAccessibleOnAPhone(Browser browser) {
        AccountPrincipal someone = data.account("a11yunsub", false);
        browser.phone().open("/unsubscribe/" + tokens.tokenFor(someone.getPersonId()));
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.submit("main form button[type=submit]");
        assertThat(browser.text("main")).contains("e-mails");
        browser.assertAccessible().assertTargetsAtLeast44px();
    }
}
