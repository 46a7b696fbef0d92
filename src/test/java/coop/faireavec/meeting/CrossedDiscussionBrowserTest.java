package coop.faireavec.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MemberService;
import coop.faireavec.process.StepView;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserData;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.task.StepService;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A crossed discussion recorded end to end through the real pages, on a phone, as people would: the carrier plans
 * it from its BPMN step, invites the three colleges, a participant says she comes, the carrier takes attendance
 * (the per-college counts follow the ticked boxes) and adds someone who came without an account, people speak
 * among peers then all together (the carrier noting words for others, with their agreement), the carrier writes
 * the minutes from what was said, one person of each college validates them with their own account, and the step
 * completes. On the way, axe-core finds no WCAG 2.1 A/AA violation on any meeting page.
 */
@BrowserTest
class CrossedDiscussionBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    BrowserData steps;

    @Autowired
    MemberService members;

    @Autowired
    ExperimentationService experimentations;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingAttendance attendance;

    @Autowired
    MutableClock clock;

    @Autowired
    MinutesService minutes;

    @Autowired
    StepService stepService;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** Someone with an account in a college of the experimentation. */
    private record Member(String username, long personId) {}

    private Member member(TestData.Scenario s, String name, College college) {
        String username = TestData.unique(name.toLowerCase(java.util.Locale.ROOT));
        long personId = members.addNewPerson(
                        s.carrier().viewer(),
                        s.experimentationId(),
                        new MemberService.NewMember(
                                name,
                                null,
                                null,
                                college,
                                ExperimentationRole.PARTICIPANT,
                                username,
                                TestData.PASSWORD))
                .getId();
        return new Member(username, personId);
    }

    /** Kick-off held and the three peer sessions done: the crossed discussion step is open for the carrier. */
    private String openCrossedDiscussionStep(TestData.Scenario s) {
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        for (int i = 0; i < College.values().length; i++) {
            steps.completeFirst(s.carrier(), "PeerSessions");
        }
        return steps.stepId(s.carrier(), "CrossedDiscussion");
    }

    @Test
    void aCrossedDiscussionIsRecordedEndToEndAndCompletesItsStep(Browser browser) {
        // an experimentation with two people per college (one will come without being registered)
        TestData.Scenario s = data.draftExperimentation();
        long id = s.experimentationId();
        Member amina = member(s, "Amina", College.LIVED_EXPERIENCE);
        Member paul = member(s, "Paul", College.PRACTITIONERS);
        Member sophie = member(s, "Sophie", College.PRACTITIONERS);
        Member dominique = member(s, "Dominique", College.DECISION_MAKERS);
        long bernard = data.personWithoutAccount(id, "Bernard", College.DECISION_MAKERS);
        experimentations.start(s.carrier().viewer(), id);
        String stepId = openCrossedDiscussionStep(s);
        String carrier = s.carrier().getUsername();

        // the carrier opens the step and plans its meeting from there
        browser.phone().signIn(carrier).open("/tasks/" + stepId);
        assertThat(browser.text("#step-meeting-heading")).isEqualTo("La rencontre de cette étape");
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.find("a[href$='/meetings/new?task=" + stepId + "']").click();
        browser.waitForPath(p -> p.endsWith("/meetings/new?task=" + stepId), "the planning form");
        assertThat(browser.find("#title").getDomProperty("value")).isEqualTo("Discussion croisée");
        assertThat(new Select(browser.find("#kind")).getFirstSelectedOption().getDomProperty("value"))
                .isEqualTo("CROSSED_DISCUSSION");
        browser.submit("main form button[type=submit]"); // no date, no place
        assertThat(browser.text(".error-summary"))
                .contains("Indiquez la date de la rencontre.")
                .contains("Indiquez un lieu, ou un lien pour participer à distance.");
        assertThat(browser.find("#date").getDomAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.driver()
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        browser.find("#date"),
                        java.time.LocalDate.now().plusWeeks(3).toString());
        browser.find("#place").sendKeys("Maison des associations, 2 rue de la Gare");
        browser.submit("main form button[type=submit]");
        assertThat(browser.path()).matches("/experimentations/" + id + "/meetings/\\d+");
        String base = browser.path();
        long meetingId = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
        assertThat(browser.text("h1")).isEqualTo("Discussion croisée");

        // before anyone is invited: the invitation form is open; the carrier invites the three colleges
        assertThat(browser.text("#balance")).contains("les 3 collèges présents, au moins 2 personnes de chaque");
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.viewport(320, 700).assertNoHorizontalScroll().phone();
        for (College c : College.values()) {
            browser.find("input[name=colleges][value=" + c + "]").click();
        }
        browser.submit("form[action$='/invitations'] button[type=submit]");
        assertThat(browser.text("#people"))
                .contains("Amina")
                .contains("Bernard")
                .contains("pas encore répondu");

        // Amina, on her phone, says she comes: the question is on the first screen, the confirmation where she is
        browser.signIn(amina.username()).open(base);
        browser.assertAccessible().assertTargetsAtLeast44px();
        assertOnFirstScreen(browser, "form.reply-form button[type=submit]");
        assertNoWordBroken(browser, "table.counts th, table.counts td");
        browser.find("form.reply-form input[name=reply][value=YES]").click();
        browser.submit("form.reply-form button[type=submit]");
        assertThat(browser.text(".flash")).contains("la réponse est notée");
        assertOnFirstScreen(browser, ".flash");
        assertThat(browser.text("#people")).contains("vient");

        // three weeks later, the meeting took place: answers are closed, the carrier takes attendance, first Nadia,
        // who came without being registered
        clock.advance(java.time.Duration.ofDays(22));
        browser.open(base);
        assertThat(browser.findAll("form.reply-form")).isEmpty();
        browser.signIn(carrier).open(base + "/attendance");
        browser.submit("button[formaction$='/attendance/new-person']");
        assertThat(browser.text(".error-summary"))
                .contains("Indiquez le nom de la personne venue sans être inscrite.")
                .contains("Choisissez le collège de ce participant.");
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.find("#displayName").sendKeys("Nadia");
        new Select(browser.find("#college")).selectByValue("LIVED_EXPERIENCE");
        browser.submit("button[formaction$='/attendance/new-person']");
        assertThat(browser.path()).isEqualTo(base + "/attendance");
        long nadia = personIdOfBox(browser, "Nadia");
        assertThat(browser.find("#present-" + nadia).isSelected()).isTrue();
        assertCounts(browser, 1, 0, 0);
        // the counts follow the boxes as they are ticked, before anything is saved
        tick(browser, amina.personId());
        assertCounts(browser, 2, 0, 0);
        tick(browser, paul.personId());
        tick(browser, sophie.personId());
        assertCounts(browser, 2, 2, 0);
        tick(browser, dominique.personId());
        assertCounts(browser, 2, 2, 1);
        tick(browser, bernard);
        assertCounts(browser, 2, 2, 2);
        tick(browser, sophie.personId()); // unticked: the count goes down
        assertCounts(browser, 2, 1, 2);
        tick(browser, sophie.personId());
        assertCounts(browser, 2, 2, 2);
        browser.assertAccessible().assertTargetsAtLeast44px().screenshot("meeting-attendance-phone");
        browser.viewport(320, 700).assertNoHorizontalScroll().phone();
        browser.submit("form.attendance-form button[type=submit]");
        assertThat(browser.path()).isEqualTo(base);
        assertThat(browser.text("#balance")).contains("La règle est respectée.");
        assertThat(browser.text("#people")).contains("Nadia").contains("ajoutée sur place");
        browser.assertAccessible().assertTargetsAtLeast44px();

        // round 1, among peers: Amina types what she says herself, then corrects it
        browser.signIn(amina.username()).open(base);
        new Select(browser.find("#round")).selectByValue("PEER_LIVED_EXPERIENCE");
        browser.find("textarea#body").sendKeys("On ne sait pas à qui s'adresser.");
        browser.submit("form.speak-form button[type=submit]");
        assertThat(browser.text("#round-PEER_LIVED_EXPERIENCE")).contains("On ne sait pas à qui s'adresser.");
        browser.find("#round-PEER_LIVED_EXPERIENCE a[href*='/contributions/']").click();
        browser.waitForPath(p -> p.startsWith(base + "/contributions/"), "the correction page");
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.find("textarea#body").clear();
        browser.find("textarea#body").sendKeys("On ne sait pas à qui s'adresser quand on a une dette.");
        browser.submit("main form button[type=submit]");
        assertThat(browser.text("#round-PEER_LIVED_EXPERIENCE"))
                .contains("On ne sait pas à qui s'adresser quand on a une dette.")
                .contains("(corrigé)");

        // round 2, all together: the carrier notes what Nadia and Bernard said, with their agreement
        browser.signIn(carrier).open(base);
        speakFor(browser, nadia, "Il faudrait un seul lieu pour tout.");
        assertThat(browser.text("#round-CROSSED"))
                .contains("Il faudrait un seul lieu pour tout.")
                .contains("Nadia");
        speakFor(browser, bernard, "Nous pouvons ouvrir une permanence commune.");
        // ... and Paul types his own words
        browser.signIn(paul.username()).open(base);
        new Select(browser.find("#round")).selectByValue("CROSSED");
        browser.find("textarea#body").sendKeys("Les dossiers passent de main en main.");
        browser.submit("form.speak-form button[type=submit]");
        assertThat(browser.text("#round-CROSSED")).contains("Les dossiers passent de main en main.");

        // the carrier writes the minutes: the text starts from what was said, round by round
        browser.signIn(carrier).open(base);
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.driver().executeScript("window.scrollTo(0, 0)");
        browser.screenshot("meeting-page-phone");
        browser.viewport(320, 700).assertNoHorizontalScroll().phone();
        browser.find("#minutes a[href$='/minutes/edit']").click();
        browser.waitForPath(p -> p.equals(base + "/minutes/edit"), "the minutes writing page");
        String prefilled = browser.find("textarea#body").getDomProperty("value");
        assertThat(prefilled)
                .contains("Présents :")
                .contains("Nadia (Personnes concernées)")
                .contains("Bernard (Décideurs)")
                .contains("Amina : On ne sait pas à qui s'adresser quand on a une dette.")
                .contains("Nadia : Il faudrait un seul lieu pour tout.")
                .contains("Bernard : Nous pouvons ouvrir une permanence commune.")
                .contains("Paul : Les dossiers passent de main en main.");
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.find("textarea#body").sendKeys("\nUne permanence commune sera essayée en avril.");
        browser.submit("button[name=submit][value=true]");
        assertThat(browser.path()).isEqualTo(base);
        assertThat(browser.text("#minutes"))
                .contains("envoyée aux collèges")
                .contains("Une permanence commune sera essayée en avril.");
        // the carrier could note an answer for someone present: the form shows
        assertThat(browser.findAll("form.validation-form")).hasSize(1);
        browser.assertAccessible().assertTargetsAtLeast44px();

        // one person of each college validates the minutes, each with their own account
        for (Member validator : List.of(amina, paul, dominique)) {
            browser.signIn(validator.username()).open(base);
            assertThat(browser.text("form.validation-form")).contains("Le compte rendu dit-il bien ce qui a été dit ?");
            browser.find("form.validation-form input[name=approved][value=true]")
                    .click();
            if (validator == dominique) {
                browser.assertAccessible().assertTargetsAtLeast44px();
                browser.driver()
                        .executeScript(
                                "document.querySelector('#minutes .validation-list').previousElementSibling.scrollIntoView()");
                browser.screenshot("meeting-minutes-validation-phone");
            }
            browser.submit("form.validation-form button[type=submit]");
            assertThat(browser.text(".flash")).contains("votre validation est notée");
        }

        // the minutes are frozen, the voices counted, and the step is done
        assertThat(browser.text("#minutes .minutes-status")).contains("validée par les collèges");
        assertThat(browser.text("#minutes .validation-list"))
                .contains("validé par Amina")
                .contains("validé par Paul")
                .contains("validé par Dominique");
        assertThat(browser.findAll("form.validation-form")).isEmpty();
        assertThat(browser.find("#meeting-voices-desc").getDomProperty("textContent"))
                .contains("Personnes concernées : 2 contributions de 2 personnes.")
                .contains("Accompagnants : 1 contribution de 1 personne.")
                .contains("Décideurs : 1 contribution de 1 personne.");
        browser.find("#voices .voice-table summary").click();
        assertThat(browser.findAll("#voices table.voices tbody tr"))
                .extracting(WebElement::getText)
                .containsExactly("Personnes concernées 2 2", "Accompagnants 1 1", "Décideurs 1 1");
        assertThat(browser.text("dl.summary")).contains("terminée");
        browser.assertAccessible().assertTargetsAtLeast44px();
        assertThat(meetings.get(s.carrier().viewer(), id, meetingId).isStepCompleted())
                .isTrue();
        assertThat(stepService.mySteps(s.carrier().viewer()))
                .extracting(StepView::taskKey)
                .doesNotContain("CrossedDiscussion");

        // the minutes to read or print
        browser.find("a[href$='/minutes']").click();
        browser.waitForPath(p -> p.equals(base + "/minutes"), "the minutes to print");
        assertThat(browser.text("main"))
                .contains("Validée le")
                .contains("Une permanence commune sera essayée en avril.");
        browser.assertAccessible().assertTargetsAtLeast44px();
    }

    @Test
    void theOtherMeetingPagesAreAccessible(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        browser.phone().signIn(s.carrier().getUsername());

        // the list, empty
        browser.open("/experimentations/" + id + "/meetings");
        assertThat(browser.text("main")).contains("Aucune rencontre n'est prévue pour l'instant.");
        browser.assertAccessible().assertTargetsAtLeast44px();

        // the rules of meetings, then with a mistake
        browser.open("/experimentations/" + id + "/meeting-rules");
        browser.assertAccessible().assertTargetsAtLeast44px();
        WebElement min = browser.find("input[name='rules[0].minPerCollege']");
        min.clear();
        min.sendKeys("beaucoup");
        browser.submit("main form button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("indiquez un nombre de personnes entre 0 et");
        browser.assertAccessible().assertTargetsAtLeast44px();

        // the equal-footing rules of votes and validations, with the meeting rules beside, then with a mistake
        browser.open("/experimentations/" + id + "/decision-rules");
        browser.assertAccessible().assertTargetsAtLeast44px();
        WebElement share = browser.find("input[name='quorumShare']");
        share.clear();
        share.sendKeys("un tiers");
        browser.submit("main form button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("Part minimum des membres : écrivez une fraction");
        browser.assertAccessible().assertTargetsAtLeast44px();

        // the step of a crossed discussion, with a meeting already planned that may serve it
        String stepId = openCrossedDiscussionStep(s);
        Meeting planned = meetings.plan(
                s.carrier().viewer(),
                id,
                new MeetingDetails(
                        "Discussion du mardi",
                        MeetingKind.CROSSED_DISCUSSION,
                        null,
                        LocalDateTime.of(2026, 3, 10, 18, 0),
                        90,
                        "Salle des fêtes",
                        null,
                        "Ce qui marche, ce qui bloque"),
                null);
        browser.open("/experimentations/" + id + "/meetings");
        assertThat(browser.findAll(".meeting-card")).hasSize(2); // the kick-off and this one
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.open("/tasks/" + stepId);
        assertThat(browser.findAll("#link-meeting option"))
                .extracting(WebElement::getText)
                .singleElement()
                .asString()
                .startsWith("Discussion du mardi");
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.submit("#link-meeting-form button[type=submit]");
        String base = "/experimentations/" + id + "/meetings/" + planned.getId();
        assertThat(browser.path()).isEqualTo(base);
        browser.open("/tasks/" + stepId);
        assertThat(browser.text("#step-meeting-heading + p")).contains("Discussion du mardi");
        browser.assertAccessible().assertTargetsAtLeast44px();

        // held with one person per college: the rule did not hold, the carrier says why
        var carrier = s.carrier().viewer();
        List<AccountPrincipal> present = data.collegeMembers(id);
        attendance.attendance(
                carrier,
                id,
                planned.getId(),
                present.stream().map(AccountPrincipal::getPersonId).toList());
        minutes.saveMinutes(carrier, id, planned.getId(), "Peu de monde, mais des idées.");
        minutes.submitMinutes(carrier, id, planned.getId());
        for (AccountPrincipal p : present) {
            minutes.validateMinutes(carrier, id, planned.getId(), true, null, p.getPersonId(), ConsentKind.ORAL, null);
        }
        browser.open(base);
        assertThat(browser.text("#balance")).contains("La règle n'est pas respectée.");
        assertThat(browser.findAll("form.justification-form")).hasSize(1);
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.submit("form.justification-form button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("Dites pourquoi la rencontre compte quand même.");
        browser.assertAccessible().assertTargetsAtLeast44px();
        browser.viewport(320, 700).assertNoHorizontalScroll().phone();
        browser.find("textarea#why").sendKeys("Il neigeait ; chaque collège a relu le compte rendu.");
        browser.submit("form.justification-form button[type=submit]");
        assertThat(browser.text("#balance")).contains("Il neigeait");
        assertThat(browser.text("dl.summary")).contains("terminée");
        browser.assertAccessible().assertTargetsAtLeast44px();
    }

    // ---- helpers

    /** The element is seen without scrolling: it sits entirely within the first screen of the page. */
    private static void assertOnFirstScreen(Browser browser, String css) {
        Object bottom = browser.driver()
                .executeScript(
                        "window.scrollTo(0, 0);"
                                + " return arguments[0].getBoundingClientRect().bottom <= window.innerHeight"
                                + "   && arguments[0].getBoundingClientRect().top >= 0;",
                        browser.find(css));
        assertThat(bottom)
                .as("%s within the first screen of %s", css, browser.path())
                .isEqualTo(Boolean.TRUE);
    }

    /** No word of those cells is split over two lines (each word's text lies on one line box). */
    private static void assertNoWordBroken(Browser browser, String css) {
        Object broken = browser.driver()
                .executeScript(
                        "const out = [];"
                                + " for (const cell of document.querySelectorAll(arguments[0])) {"
                                + "   const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT); let n;"
                                + "   while ((n = walker.nextNode())) { const re = /\\S+/g; let m;"
                                + "     while ((m = re.exec(n.textContent))) {"
                                + "       const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);"
                                + "       const tops = new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top)));"
                                + "       if (tops.size > 1) out.push(m[0]); } } }"
                                + " return out;",
                        css);
        assertThat((List<?>) broken)
                .as("words broken inside table cells on %s", browser.path())
                .isEmpty();
    }

    private static long personIdOfBox(Browser browser, String name) {
        return browser.findAll(".attendance-form label").stream()
                .filter(l -> l.getText().equals(name))
                .map(l -> Long.parseLong(l.getDomAttribute("for").substring("present-".length())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no box for " + name));
    }

    private static void tick(Browser browser, long personId) {
        browser.find("#present-" + personId).click();
    }

    private static void assertCounts(Browser browser, int lived, int practitioners, int deciders) {
        assertThat(List.of(
                        browser.text("#count-LIVED_EXPERIENCE"),
                        browser.text("#count-PRACTITIONERS"),
                        browser.text("#count-DECISION_MAKERS")))
                .as("present per college on the attendance sheet")
                .containsExactly(String.valueOf(lived), String.valueOf(practitioners), String.valueOf(deciders));
    }

    /** The carrier notes, in the crossed round, what someone said, agreed orally. */
    private static void speakFor(Browser browser, long personId, String words) {
        new Select(browser.find("#round")).selectByValue("CROSSED");
        new Select(browser.find("#forPerson")).selectByValue(String.valueOf(personId));
        browser.find("form.speak-form input[name=consentKind][value=ORAL]").click();
        browser.find("textarea#body").sendKeys(words);
        browser.submit("form.speak-form button[type=submit]");
    }
}
