package coop.faireavec.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.report.ReportService;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reports pages in a real browser: the carrier makes a version with the button, then the committee reads the
 * reports page and the phase's summary; axe-core (WCAG 2.1 A/AA) finds nothing, on a 375 px phone and a desktop.
 */
@BrowserTest
class ReportsBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    ReportService reportService;

    @Test
    void theReportsPagesAreAccessibleOnAPhoneAndADesktop(Browser browser) {
        TestData.ReportFixture f = data.reportFixture(clock);
        long exp = f.experimentationId();
        String reports = "/experimentations/" + exp + "/reports";

        browser.phone().signIn(f.scenario().carrier().getUsername());
        browser.open(reports + "/phase-1").assertAccessible();
        assertThat(browser.text("h1")).isEqualTo("Pas encore de bilan");
        // the phase reaches its report step (the flow makes version 1); the carrier then asks for a new one
        // (after the fixture's meeting, held two days ahead: a version shows what existed when it was made)
        clock.advance(java.time.Duration.ofDays(3));
        try {
            reportService.reportStepReached(exp, Phase.SHARED_DIAGNOSIS);
            browser.open(reports);
            browser.submit("form[action$='/phase-1/regenerate'] button[type=submit]");
        } finally {
            clock.reset();
        }
        assertThat(browser.text(".flash")).isEqualTo("La version 2 du bilan est faite.");
        browser.assertAccessible();

        browser.signIn(f.committee().getUsername());
        for (String size : List.of("phone", "desktop")) {
            if (size.equals("desktop")) {
                browser.desktop();
            } else {
                browser.phone();
            }
            browser.open(reports).assertAccessible().assertNoHorizontalScroll();
            browser.open(reports + "/phase-1").assertAccessible().assertNoHorizontalScroll();
            assertThat(browser.findAll("svg[role=img]")).hasSize(2);
        }
    }
}
