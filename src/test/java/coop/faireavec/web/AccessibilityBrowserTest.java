package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserData;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import coop.faireavec.task.MyStepsService;
import coop.faireavec.task.StepService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each page, in a real browser on a phone-size screen, has no WCAG 2.1 A/AA violation found by axe-core. The
 * screenshots in docs/screenshots/ are taken on the way.
 */
@BrowserTest
class AccessibilityBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    coop.faireavec.participation.MemberService memberService;

    @Autowired
    BrowserData steps;

    @Autowired
    StepService stepService;

    @Autowired
    MyStepsService mySteps;

    @Autowired
    TaskService engineTasks;

    @Autowired
    ContributionService contributions;

    @Test
    void theSignInPageIsAccessible(Browser browser) {
        browser.phone();
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        assertThat(browser.text("h1")).isEqualTo("Se connecter");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("sign-in-phone");
    }

    @Test
    void theDashboardWithAStepToDoIsAccessible(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        browser.phone().signIn(s.carrier().getUsername());
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text("#steps-heading + p")).isEqualTo("Vous avez 1 étape à faire.");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("dashboard-phone");
    }

    @Test
    void theTasksPageWithOneStepIsAccessible(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        browser.phone().signIn(s.carrier().getUsername()).open("/tasks");
        assertThat(browser.findAll(".card.step h3 a"))
                .singleElement()
                .satisfies(a -> assertThat(a.getText()).isEqualTo("Rencontre de lancement"));
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("tasks-one-step-phone");
    }

    @Test
    void myNextStepsWithBothGroupsAFilterAndALateStepAreAccessible(Browser browser) {
        TestData.Scenario a = data.runningExperimentation();
        TestData.Scenario b = data.runningExperimentation();
        AccountPrincipal me = a.carrier();
        data.addToExperimentation(me, b.experimentationId(), College.PRACTITIONERS);
        steps.completeFirst(b.carrier(), "KickOffMeeting");
        String kickOffA = steps.stepId(me, "KickOffMeeting");
        mySteps.claim(me.viewer(), kickOffA);
        Task task = engineTasks.createTaskQuery().taskId(kickOffA).singleResult();
        task.setDueDate(Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        engineTasks.saveTask(task);

        browser.phone().signIn(me.getUsername()).open("/tasks");
        assertThat(browser.findAll(".step-group h2")).hasSize(2);
        assertThat(browser.text(".card.step.is-overdue .overdue")).contains("En retard : c'était à faire avant le");
        assertThat(browser.findAll("select#experimentation option")).hasSize(3);
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("tasks-two-groups-phone");
    }

    @Test
    void theStepsAnAllowedPractitionerMayFillInWithSomeoneAreAccessible(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        AccountPrincipal practitioner = data.memberOfCollege(id, College.PRACTITIONERS);
        memberService.allowRecordingForOthers(s.carrier().viewer(), id, practitioner.getPersonId(), true);
        browser.phone().signIn(practitioner.getUsername()).open("/tasks");
        assertThat(browser.findAll("section[aria-labelledby=for-someone-heading] .card.step"))
                .hasSize(2);
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("tasks-for-someone-phone");
    }

    @Test
    void theCollegesStepsACarrierSeesAreAccessible(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        browser.phone().signIn(s.carrier().getUsername()).open("/tasks");
        assertThat(browser.findAll("section[aria-labelledby=colleges-heading] .card.step"))
                .hasSize(3);
        assertThat(browser.findAll("section[aria-labelledby=colleges-heading] form"))
                .isEmpty();
        browser.assertAccessible().assertTargetsAtLeast44px();
    }

    @Test
    void theEmptyTasksPageIsAccessible(Browser browser) {
        AccountPrincipal nobody = data.account("personne", false);
        browser.phone().signIn(nobody.getUsername()).open("/tasks");
        assertThat(browser.findAll(".card.step")).isEmpty();
        assertThat(browser.text("main")).contains("Rien à faire pour le moment.");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("tasks-empty-phone");
    }

    @Test
    void theExperimentationPageWithItsProcessDrawingAndVoiceBalanceIsAccessible(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        // some voices, so that the bars are drawn
        for (College c : new College[] {College.LIVED_EXPERIENCE, College.LIVED_EXPERIENCE, College.PRACTITIONERS}) {
            long author = data.memberOfCollege(id, c).getPersonId();
            contributions.record(new NewContribution(
                    id,
                    "SHARED_DIAGNOSIS",
                    "CrossedDiscussion",
                    null,
                    null,
                    null,
                    null,
                    null,
                    "Une parole.",
                    author,
                    author));
        }
        browser.phone().signIn(s.carrier().getUsername()).open("/experimentations/" + id);
        browser.waitFor(".process-drawing.is-drawn .djs-container svg");
        assertThat(browser.findAll(".voice-chart rect.voice-bar-contributions")).hasSize(3); // legend + 2 colleges
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("experimentation-phone");
        // the table behind "See the numbers", opened
        browser.find(".voice-table summary").click();
        assertThat(browser.find(".voice-table table").isDisplayed()).isTrue();
        // wider than a small phone, it scrolls inside a region one can reach and scroll with the keyboard
        assertThat(browser.find(".voice-table .table-scroll[role=region][tabindex='0'] > table.voices")
                        .findElement(org.openqa.selenium.By.xpath(".."))
                        .getAttribute("aria-label"))
                .isNotBlank();
        browser.driver().executeScript("document.querySelector('.voice-balance').scrollIntoView()");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("voice-balance-phone");
        browser.viewport(320, 700).assertNoHorizontalScroll();
        browser.desktop().assertAccessible().screenshot("experimentation-desktop");
    }

    @Test
    void theMembersPageShowsValidationErrorsAccessibly(Browser browser) {
        TestData.Scenario s = data.draftExperimentation();
        browser.phone()
                .signIn(s.carrier().getUsername())
                .open("/experimentations/" + s.experimentationId() + "/members");
        browser.submit("form[action$='/members'] button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("Indiquez le nom de la personne.");
        assertThat(browser.find("#displayName").getAttribute("aria-invalid")).isEqualTo("true");
        browser.driver().executeScript("document.querySelector('.error-summary').scrollIntoView()");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("members-errors-phone");
    }

    @Test
    void aStepFormWithAndWithoutErrorsIsAccessible(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        browser.phone().signIn(s.carrier().getUsername()).open("/tasks/" + steps.stepId(s.carrier(), "PeerSessions"));
        assertThat(browser.text("h1")).isEqualTo("Parole entre pairs");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("step-form-phone");
        // the form with its error shown
        browser.submit("form[action^='/tasks/'] button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("Écrivez votre texte : l'étape ne part pas vide.");
        assertThat(browser.find("#body").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("step-form-errors-phone");
    }

    @Test
    void theCommitteeReviewFormShowsValidationErrorsAccessibly(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal committee = data.memberWithRole(s.experimentationId(), ExperimentationRole.COMMITTEE);
        steps.bringPhaseToCommitteeReview(s.carrier());
        browser.phone().signIn(committee.getUsername()).open("/tasks/" + steps.stepId(committee, "CommitteeReview"));
        browser.submit("form[action$='/review'] button[type=submit].primary");
        assertThat(browser.text(".error-summary")).contains("Choisissez une décision.");
        browser.driver().executeScript("document.querySelector('.error-summary').scrollIntoView()");
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("committee-review-errors-phone");
    }
}
