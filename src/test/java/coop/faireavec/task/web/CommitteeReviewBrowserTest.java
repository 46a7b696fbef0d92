package coop.faireavec.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserData;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a phone, in a real browser: the committee asks for more with two requests (adding a row without JavaScript
 * needed), the carrier answers them on the prefilled phase report, the committee reads the answers and approves,
 * then rereads its decisions; a member reads the results. Every page has no axe violation.
 */
@BrowserTest
class CommitteeReviewBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    BrowserData steps;

    @Test
    void theCommitteeAsksForMoreTheCarrierAnswersOnThePrefilledReportAndTheCommitteeApproves(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal committee = data.memberWithRole(id, ExperimentationRole.COMMITTEE);
        AccountPrincipal lived = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        steps.bringPhaseToCommitteeReview(s.carrier());

        browser.phone().signIn(committee.getUsername()).open("/tasks/" + steps.stepId(committee, "CommitteeReview"));
        // the committee reads the report's summary in the page and downloads the exact workbook
        assertThat(browser.text(".review-report .report-summary")).contains("Personnes concernées");
        String workbook = browser.find(".review-report a[href$='.xlsx']").getAttribute("href");
        assertThat(workbook).endsWith("/reports/phase-1/v1.xlsx");
        Object fetched = browser.driver()
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                                + " + r.headers.get('content-type') + ' ' + b.byteLength)));",
                        workbook);
        assertThat(String.valueOf(fetched))
                .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet ");
        assertThat(Long.parseLong(String.valueOf(fetched).replaceAll(".* ", "")))
                .isGreaterThan(5_000);
        browser.find("#approved-no").click();
        new Select(browser.find("select[name='requests[0].part']")).selectByValue("PARTICIPATION");
        browser.find("textarea[name='requests[0].what']").sendKeys("Combien de personnes concernées sont venues ?");
        new Select(browser.find("select[name='requests[1].part']")).selectByValue("FUNDING");
        browser.submit("form[action$='/review'] button[type=submit].primary");
        assertThat(browser.text(".error-summary")).contains("Demande 2 : dites ce que vous demandez.");
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.submit("button[name=addRow]");
        assertThat(browser.findAll("textarea[name^=requests]")).hasSize(4);
        browser.find("textarea[name='requests[1].what']").sendKeys("Qui a payé la salle ?");
        browser.submit("form[action$='/review'] button[type=submit].primary");
        assertThat(browser.path()).startsWith("/tasks/done/");
        assertThat(browser.text(".review-decision")).contains("Qui a payé la salle ?");
        browser.assertAccessible();

        browser.signIn(s.carrier().getUsername()).open("/tasks/" + steps.stepId(s.carrier(), "WritePhaseReport"));
        assertThat(browser.find("#body").getAttribute("value")).isEqualTo("Texte de test.");
        assertThat(browser.findAll(".rework-points li")).hasSize(2);
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.find("#body").sendKeys(" Complété.");
        browser.find("textarea[name='answers[0]']").sendKeys("Six sur dix.");
        browser.find("textarea[name='answers[1]']").sendKeys("La mairie.");
        browser.submit("form[action^='/tasks/'] button[type=submit].primary");
        assertThat(browser.path()).startsWith("/tasks/done/");

        browser.signIn(committee.getUsername()).open("/tasks/" + steps.stepId(committee, "CommitteeReview"));
        assertThat(browser.text(".answered-points")).contains("Six sur dix.", "La mairie.");
        browser.assertAccessible();
        browser.find("#approved-yes").click();
        browser.submit("form[action$='/review'] button[type=submit].primary");
        browser.open("/experimentations/" + id + "/decisions");
        assertThat(browser.findAll(".review-decision")).hasSize(2);
        browser.assertAccessible().assertTargetsAtLeast44px();

        browser.signIn(lived.getUsername()).open("/experimentations/" + id + "/results/phase-1");
        assertThat(browser.text("h1")).contains("Les résultats");
        browser.assertAccessible().assertNoHorizontalScroll();
    }
}
