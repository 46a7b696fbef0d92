package coop.faireavec.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An experiment's page in a real browser on a 375 px phone: its indicator drawn with its table, the journal, and the
 * observation form (also after a wrong value); axe-core (WCAG 2.1 A/AA) finds nothing.
 */
@BrowserTest
class ExperimentBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ExperimentService experiments;

    @Test
    void theExperimentPageIsAccessibleOnAPhone(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal camille = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        long id = data.experimentFixture(s, camille);
        long indicator =
                experiments.page(camille.viewer(), exp, id).indicators().get(0).id();
        for (int day = 20; day >= 0; day -= 10) {
            experiments.addObservation(
                    camille.viewer(),
                    exp,
                    id,
                    new NewObservation(
                            LocalDate.now().minusDays(day),
                            Map.of(indicator, BigDecimal.valueOf(10 - day / 5)),
                            "Observation du jour."),
                    null,
                    null,
                    null);
        }

        browser.phone().signIn(camille.getUsername());
        browser.open("/experimentations/" + exp + "/experiments/" + id)
                .assertAccessible()
                .assertNoHorizontalScroll();
        assertThat(browser.findAll("svg[role=img]")).hasSize(1);
        assertThat(browser.findAll("figure.indicator-chart table tbody tr")).hasSize(3);

        browser.find("#values0").sendKeys("beaucoup");
        browser.submit("form[action$='/observations'] button[type=submit]");
        assertThat(browser.text("#values0-error")).contains("écrivez un nombre");
        browser.assertAccessible().assertNoHorizontalScroll();
    }
}
