package coop.faireavec.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.contribution.ContributionService;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each meeting action only at a time that fits the meeting: before it starts, the carrier changes it, invites and
 * may cancel it, invitees answer; once it has started, answers are closed (409, as for a cancelled meeting) and the
 * attendance, the words and the minutes open; a meeting that took place is no longer cancelled. Every refusal is a
 * 409 page with a plain message, and the page never offers the refused action.
 */
@FaireAvecWebTest
class MeetingTimesWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    ContributionService contributions;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private record Planned(TestData.Scenario s, String base, AccountPrincipal lived, AccountPrincipal practitioner) {}

    /** A plenary meeting on {@link WebScenario#MEETING_DAY} at 14:30 for two hours, the three colleges invited. */
    private Planned planned() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        WebScenario web = new WebScenario(mvc);
        long meetingId = web.planMeeting(s.carrier(), id, "Groupe de travail", "WORKING_GROUP", null);
        String base = "/experimentations/" + id + "/meetings/" + meetingId;
        web.send(
                s.carrier(),
                base + "/invitations",
                "colleges",
                "LIVED_EXPERIENCE",
                "colleges",
                "PRACTITIONERS",
                "colleges",
                "DECISION_MAKERS");
        return new Planned(
                s,
                base,
                data.memberOfCollege(id, College.LIVED_EXPERIENCE),
                data.memberOfCollege(id, College.PRACTITIONERS));
    }

    /** The clock moves to the meeting's start plus that many minutes. */
    private void startedSince(long minutes) {
        java.time.LocalDateTime start = WebScenario.MEETING_DAY.atTime(14, 30);
        clock.advance(Duration.between(java.time.LocalDateTime.now(), start).plusMinutes(minutes));
    }

    private MockHttpServletResponse postAs(AccountPrincipal who, String path, String... fields) throws Exception {
        var request = post(path).with(user(who)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse getAs(AccountPrincipal who, String path) throws Exception {
        return mvc.perform(get(path).with(user(who))).andReturn().getResponse();
    }

    private Document page(AccountPrincipal who, String path) throws Exception {
        MockHttpServletResponse r = getAs(who, path);
        assertThat(r.getStatus()).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString());
    }

    private static void refused(MockHttpServletResponse r, String message) throws Exception {
        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(r.getContentAsString()).text()).contains(message);
    }

    @Test
    void beforeTheStartAttendanceWordsAndMinutesAreRefusedAndNotOffered() throws Exception {
        Planned p = planned();
        AccountPrincipal carrier = p.s().carrier();
        String notYet = "Cette rencontre n'a pas encore commencé";
        refused(getAs(carrier, p.base() + "/attendance"), notYet);
        refused(
                postAs(
                        carrier,
                        p.base() + "/attendance",
                        "present",
                        String.valueOf(p.lived().getPersonId())),
                notYet);
        refused(
                postAs(
                        carrier,
                        p.base() + "/attendance/new-person",
                        "displayName",
                        "Nadia",
                        "college",
                        "LIVED_EXPERIENCE"),
                notYet);
        refused(postAs(p.lived(), p.base() + "/contributions", "round", "MAIN", "body", "Trop tôt."), notYet);
        refused(postAs(p.lived(), p.base() + "/contributions", "round", "MAIN", "body", " "), notYet);
        refused(getAs(carrier, p.base() + "/minutes/edit"), notYet);
        refused(postAs(carrier, p.base() + "/minutes", "body", "Compte rendu écrit d'avance."), notYet);
        refused(postAs(carrier, p.base() + "/minutes/submit"), notYet);
        Document page = page(carrier, p.base());
        assertThat(page.select("a[href$=/attendance], a[href$=/minutes/edit], form.speak-form"))
                .isEmpty();
        // what fits before the start is offered: change, invite, cancel, answer
        assertThat(page.select("a[href=" + p.base() + "/edit]")).hasSize(1);
        assertThat(page.select("form[action$=/cancel], form[action$=/invitations]"))
                .hasSize(2);
        assertThat(page(p.lived(), p.base()).select("form.reply-form")).hasSize(1);
    }

    @Test
    void onceStartedAnswersInvitationsChangesAndCancellingAreRefusedAndNotOffered() throws Exception {
        Planned p = planned();
        AccountPrincipal carrier = p.s().carrier();
        startedSince(10);
        String started = "Cette rencontre a déjà commencé";
        // the kick-off case of issue #10: an answer once the meeting has started
        refused(postAs(p.lived(), p.base() + "/reply", "reply", "MAYBE"), started);
        refused(postAs(p.lived(), p.base() + "/reply"), started); // no answer chosen: still refused, not re-shown
        refused(
                postAs(
                        carrier,
                        p.base() + "/reply",
                        "reply",
                        "YES",
                        "forPerson",
                        String.valueOf(p.practitioner().getPersonId())),
                started);
        refused(postAs(carrier, p.base() + "/invitations", "colleges", "LIVED_EXPERIENCE"), started);
        refused(postAs(carrier, p.base() + "/invitations"), started);
        refused(getAs(carrier, p.base() + "/edit"), started);
        refused(
                postAs(
                        carrier,
                        p.base() + "/edit",
                        "title",
                        "Autre",
                        "kind",
                        "WORKING_GROUP",
                        "date",
                        "2030-01-07",
                        "time",
                        "10:00",
                        "durationMinutes",
                        "60",
                        "place",
                        "Mairie"),
                started);
        Document mine = page(p.lived(), p.base());
        assertThat(mine.select("form.reply-form")).isEmpty();
        Document carriers = page(carrier, p.base());
        assertThat(carriers.select("form[action$=/reply], form[action$=/invitations], a[href=" + p.base() + "/edit]"))
                .isEmpty();
        // what fits now is offered, and accepted: attendance, words, minutes
        assertThat(carriers.select("a[href$=/attendance], a[href$=/minutes/edit]"))
                .hasSize(2);
        assertThat(mine.select("form.speak-form")).hasSize(1);
        WebScenario web = new WebScenario(mvc);
        web.send(
                carrier,
                p.base() + "/attendance",
                "present",
                String.valueOf(p.lived().getPersonId()));
        // someone was there: the meeting took place and is no longer cancelled (nor offered to be)
        refused(postAs(carrier, p.base() + "/cancel"), "on ne l'annule plus");
        assertThat(page(carrier, p.base()).select("form[action$=/cancel]")).isEmpty();
        web.send(p.lived(), p.base() + "/contributions", "round", "MAIN", "body", "Pendant la rencontre.");
        web.send(carrier, p.base() + "/minutes", "body", "Notes prises pendant la rencontre.");
    }

    @Test
    void aMeetingThatDidNotTakePlaceCanStillBeCancelledAfterItsDate() throws Exception {
        Planned p = planned();
        startedSince(60 * 24);
        assertThat(page(p.s().carrier(), p.base()).select("form[action$=/cancel]"))
                .hasSize(1);
        new WebScenario(mvc).send(p.s().carrier(), p.base() + "/cancel");
        refused(postAs(p.s().carrier(), p.base() + "/cancel"), "Cette rencontre est annulée.");
    }

    @Test
    void aCancelledMeetingRefusesAttendanceWordsMinutesAndCorrections() throws Exception {
        Planned p = planned();
        AccountPrincipal carrier = p.s().carrier();
        new WebScenario(mvc).send(carrier, p.base() + "/cancel");
        startedSince(10);
        String cancelled = "Cette rencontre est annulée.";
        refused(getAs(carrier, p.base() + "/attendance"), cancelled);
        refused(
                postAs(
                        carrier,
                        p.base() + "/attendance",
                        "present",
                        String.valueOf(p.lived().getPersonId())),
                cancelled);
        refused(postAs(p.lived(), p.base() + "/contributions", "round", "MAIN", "body", "Annulée."), cancelled);
        refused(getAs(carrier, p.base() + "/minutes/edit"), cancelled);
        refused(postAs(carrier, p.base() + "/minutes", "body", "Rien."), cancelled);
        Document page = page(carrier, p.base());
        assertThat(page.select(
                        "a[href$=/attendance], a[href$=/minutes/edit], a[href=" + p.base() + "/edit], form.speak-form,"
                                + " form[action$=/cancel], form[action$=/invitations], form[action$=/reply]"))
                .isEmpty();
    }

    @Test
    void aReasonIsOnlyTakenWhenTheMeetingNeedsOne() throws Exception {
        Planned p = planned();
        refused(
                postAs(p.s().carrier(), p.base() + "/justification", "why", "Parce que."),
                "Il n'y a rien à justifier pour cette rencontre.");
    }
}
