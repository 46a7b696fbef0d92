package coop.faireavec.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.1 A/AA) on the pages of one's password and personal data and on the administrators' erasure and
 * audit pages (issue #16 pages the other browser tests did not reach), each also with its errors shown, on a phone.
 */
@BrowserTest
class PersonalDataPagesBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    AuditLog audit;

    @Test
    void myPasswordAndMyDataPagesAreAccessibleWithTheirErrors(Browser browser) {
        AccountPrincipal me = data.account("a11ydata", false);
        browser.phone().signIn(me.getUsername());

        browser.open("/me/password").assertAccessible().assertTargetsAtLeast44px();
        browser.submit("main form button[type=submit]");
        assertThat(browser.text(".error-summary")).isNotBlank();
        browser.assertAccessible().assertTargetsAtLeast44px();

        browser.open("/me/data").assertAccessible().assertTargetsAtLeast44px();
        browser.find("#password").sendKeys("pas le bon");
        browser.submit("form[action$='/me/data/erase'] button[type=submit]");
        assertThat(browser.text(".error-summary")).isNotBlank();
        browser.assertAccessible().assertTargetsAtLeast44px();
    }

    @Test
    void theAdministratorsErasureAndAuditPagesAreAccessible(Browser browser) {
        AccountPrincipal admin = data.admin();
        AccountPrincipal someone = data.account("a11yerase", false);
        audit.record(
                new AuditLog.Actor(admin.getPersonId(), admin.getDisplayName(), "10.0.0.1"),
                AuditKind.ACCOUNT_DISABLED,
                "person",
                someone.getPersonId(),
                "pour la page du journal");
        browser.driver().manage().deleteAllCookies();
        browser.desktop().signIn(admin.getUsername());

        browser.open("/admin/people/" + someone.getPersonId() + "/erase").assertAccessible();
        browser.submit("main form button[type=submit]");
        assertThat(browser.text(".error-summary")).isNotBlank();
        browser.assertAccessible();

        browser.open("/admin/audit").assertAccessible();
        browser.open("/admin/audit?from=pas-un-jour").assertAccessible();
        browser.phone().open("/admin/audit").assertAccessible().assertTargetsAtLeast44px();
    }
}
