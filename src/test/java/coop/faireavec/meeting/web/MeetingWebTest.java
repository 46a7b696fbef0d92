package coop.faireavec.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.ContributionService.CollegeVoices;
import coop.faireavec.notification.NotificationKind;
import coop.faireavec.notification.NotificationService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Meetings through the web layer: planned from a BPMN meeting step, invitations and replies, attendance with
 * someone added on the spot, words recorded round by round (also for someone), minutes validated by one person per
 * college present completing the step, a correction asked for not completing it, frozen minutes refusing changes.
 */
@FaireAvecWebTest
class MeetingWebTest {

    @Autowired
    coop.faireavec.audit.AuditLog audit;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ContributionService contributions;

    @Autowired
    NotificationService notifications;

    @Autowired
    MembershipService memberships;

    @Autowired
    PeopleService people;

    @Autowired
    coop.faireavec.meeting.MeetingService meetings;

    @Autowired
    MutableClock clock;

    WebScenario web;

    @BeforeEach
    void scenario() {
        web = new WebScenario(mvc);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** Time passes: the day after {@link WebScenario#MEETING_DAY}, the meetings planned for that day are over. */
    private void meetingDayIsPast() {
        clock.advance(java.time.Duration.ofDays(22));
    }

    /** A running experimentation whose kick-off meeting is planned from its step, the three colleges invited. */
    record Planned(
            TestData.Scenario s,
            String stepId,
            long meetingId,
            String base,
            AccountPrincipal lived,
            AccountPrincipal practitioner,
            AccountPrincipal decider) {}

    private Planned planKickOff() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        String stepId = web.stepId(s.carrier(), "KickOffMeeting");
        long meetingId = web.planMeeting(s.carrier(), id, "Rencontre de lancement", "PLENARY", stepId);
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
                stepId,
                meetingId,
                base,
                data.memberOfCollege(id, College.LIVED_EXPERIENCE),
                data.memberOfCollege(id, College.PRACTITIONERS),
                data.memberOfCollege(id, College.DECISION_MAKERS));
    }

    private Document page(AccountPrincipal who, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private MockHttpServletResponse postAs(AccountPrincipal who, String path, String... fields) throws Exception {
        var request = post(path).with(user(who)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The meeting took place (the clock moves past it) and these people came. */
    private void attend(Planned p, AccountPrincipal... present) throws Exception {
        meetingDayIsPast();
        String[] fields = new String[present.length * 2];
        for (int i = 0; i < present.length; i++) {
            fields[2 * i] = "present";
            fields[2 * i + 1] = String.valueOf(present[i].getPersonId());
        }
        web.send(p.s().carrier(), p.base() + "/attendance", fields);
    }

    @Test
    void aMeetingStepIsServedByAMeetingAndCannotBeCompletedFromAForm() throws Exception {
        Planned p = planKickOff();
        Document step = page(p.s().carrier(), "/tasks/" + p.stepId());
        assertThat(step.select("#step-meeting-heading").text()).isEqualTo("La rencontre de cette étape");
        assertThat(step.select("section.highlight a").attr("href")).isEqualTo(p.base());
        assertThat(step.select("form[action=/tasks/" + p.stepId() + "]")).isEmpty();
        MockHttpServletResponse direct = postAs(p.s().carrier(), "/tasks/" + p.stepId(), "body", "Compte rendu");
        assertThat(direct.getStatus()).isEqualTo(409);
        assertThat(direct.getContentAsString()).contains("compte rendu validé de sa rencontre");
        assertThat(web.stepIds(p.s().carrier(), "KickOffMeeting")).containsExactly(p.stepId());

        Document meeting = page(p.lived(), p.base());
        assertThat(meeting.select("h1").text()).isEqualTo("Rencontre de lancement");
        String day = WebScenario.MEETING_DAY.format(
                java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.FRENCH));
        assertThat(meeting.text())
                .contains(
                        day + " à 14:30",
                        "Maison des associations, 2 rue de la Gare",
                        "se termine quand le compte rendu est validé");
    }

    @Test
    void inviteesAreToldAndAnswerTheCarrierNotesAnAnswerForSomeoneAndOthersCannotAnswer() throws Exception {
        Planned p = planKickOff();
        assertThat(notifications.all(p.lived().getPersonId())).anySatisfy(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.MEETING);
            assertThat(n.getLink()).isEqualTo(p.base());
        });
        web.send(p.lived(), p.base() + "/reply", "reply", "YES");
        web.send(
                p.s().carrier(),
                p.base() + "/reply",
                "reply",
                "NO",
                "forPerson",
                String.valueOf(p.decider().getPersonId()));
        Document meeting = page(p.practitioner(), p.base());
        assertThat(meeting.select("#people li").eachText())
                .anySatisfy(t -> assertThat(t).contains("vient"))
                .anySatisfy(t -> assertThat(t).contains("ne vient pas").contains("réponse notée par le porteur"))
                .anySatisfy(t -> assertThat(t).contains("pas encore répondu"));
        // the answer noted for someone is in the audit, who noted it for whom (issue #16, point 4)
        assertThat(audit.search(
                                new coop.faireavec.audit.AuditLog.Filter(
                                        p.decider().getPersonId(),
                                        p.s().experimentationId(),
                                        coop.faireavec.audit.AuditKind.RECORDED_ON_BEHALF,
                                        null,
                                        null),
                                0,
                                10)
                        .events())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getActorId()).isEqualTo(p.s().carrier().getPersonId());
                    assertThat(e.getDetail()).isEqualTo("meeting reply NO");
                });
        // counts per college, before the meeting: invited and said yes
        assertThat(meeting.select("table.counts tbody tr").eachText())
                .containsExactly("Personnes concernées 1 1 0", "Accompagnants 1 0 0", "Décideurs 1 0 0");

        // a member who is not invited, and a participant answering for someone else, are refused
        AccountPrincipal notInvited = data.member(
                p.s().experimentationId(),
                College.PRACTITIONERS,
                coop.faireavec.participation.ExperimentationRole.PARTICIPANT);
        assertThat(postAs(notInvited, p.base() + "/reply", "reply", "YES").getStatus())
                .isEqualTo(403);
        // ... nor speak in it
        assertThat(postAs(notInvited, p.base() + "/contributions", "round", "MAIN", "body", "Moi aussi")
                        .getStatus())
                .isEqualTo(403);
        assertThat(postAs(
                                p.lived(),
                                p.base() + "/reply",
                                "reply",
                                "YES",
                                "forPerson",
                                String.valueOf(p.practitioner().getPersonId()))
                        .getStatus())
                .isEqualTo(403);
        // no answer chosen: the page again, with the message
        MockHttpServletResponse empty = postAs(p.lived(), p.base() + "/reply");
        assertThat(empty.getStatus()).isEqualTo(200);
        assertThat(empty.getContentAsString()).contains("Choisissez une réponse.");
    }

    @Test
    void inviteesFindTheComingMeetingOnTheirDashboardWithTheirAnswerButNotPastOnes() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        String soon = java.time.LocalDate.now().plusDays(10).toString();
        long coming = web.planMeeting(s.carrier(), id, "Discussion croisée à venir", "CROSSED_DISCUSSION", null);
        web.send(
                s.carrier(),
                "/experimentations/" + id + "/meetings/" + coming + "/edit",
                "title",
                "Discussion croisée à venir",
                "kind",
                "CROSSED_DISCUSSION",
                "date",
                soon,
                "time",
                "14:00",
                "durationMinutes",
                "120",
                "place",
                "Salle 2");
        long past = web.planMeeting(
                s.carrier(),
                id,
                "Rencontre passée",
                "PLENARY",
                null,
                java.time.LocalDate.now().plusDays(1).toString());
        for (long m : new long[] {coming, past}) {
            web.send(
                    s.carrier(),
                    "/experimentations/" + id + "/meetings/" + m + "/invitations",
                    "colleges",
                    "LIVED_EXPERIENCE");
        }
        clock.advance(java.time.Duration.ofDays(3)); // the second meeting is over, the first one still to come
        AccountPrincipal lived = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        Document dashboard = page(lived, "/");
        assertThat(dashboard.select("#meetings-heading").text()).isEqualTo("Mes prochaines rencontres");
        assertThat(dashboard.select(".meeting-card h3").eachText()).containsExactly("Discussion croisée à venir");
        assertThat(dashboard.select(".meeting-card").text()).contains("Vous n'avez pas encore répondu");
        web.send(lived, "/experimentations/" + id + "/meetings/" + coming + "/reply", "reply", "YES");
        assertThat(page(lived, "/").select(".meeting-card").text()).contains("Vous avez dit que vous venez.");
        // someone not invited sees no meeting there
        assertThat(page(data.memberOfCollege(id, College.PRACTITIONERS), "/").select("#meetings-heading"))
                .isEmpty();
        // the experimentation's meetings: coming ones first, then past ones
        Document list = page(lived, "/experimentations/" + id + "/meetings");
        assertThat(list.select("section[aria-labelledby=upcoming-heading] h3").eachText())
                .containsExactly("Discussion croisée à venir");
        assertThat(list.select("section[aria-labelledby=past-heading] h3").eachText())
                .containsExactly("Rencontre passée");
        // a meeting that is over no longer asks "are you coming?"
        assertThat(page(lived, "/experimentations/" + id + "/meetings/" + coming)
                        .select("form.reply-form"))
                .hasSize(1);
        assertThat(page(lived, "/experimentations/" + id + "/meetings/" + past).select("form.reply-form"))
                .isEmpty();
    }

    @Test
    void theInviteesWhoDidNotSayNoAreRemindedOnceTheDayBefore() throws Exception {
        Planned p = planKickOff();
        web.send(p.practitioner(), p.base() + "/reply", "reply", "NO");
        web.send(p.lived(), p.base() + "/reply", "reply", "MAYBE");
        people.setPreferredLanguage(p.decider().getPersonId(), "en");
        java.time.LocalDate day = WebScenario.MEETING_DAY;
        meetings.remindComingMeetings(day.minusDays(2).atTime(15, 0)); // two days before: not yet
        assertThat(soon(p.lived())).isEmpty();
        meetings.remindComingMeetings(day.minusDays(1).atTime(15, 0));
        meetings.remindComingMeetings(day.minusDays(1).atTime(15, 15)); // the next round reminds nobody again
        assertThat(soon(p.lived())).singleElement().satisfies(n -> {
            assertThat(n.getMessageArg())
                    .startsWith("Rencontre de lancement — ")
                    .contains("14h30")
                    .endsWith("Maison des associations, 2 rue de la Gare");
            assertThat(n.getLink()).isEqualTo(p.base());
        });
        assertThat(soon(p.decider())).hasSize(1); // no answer yet: reminded too
        // someone who reads English gets the date in English
        assertThat(soon(p.decider()).get(0).getMessageArg()).contains(" at 14:30");
        assertThat(soon(p.practitioner())).isEmpty(); // said no
    }

    private List<coop.faireavec.notification.Notification> unreadMinutesNotices(AccountPrincipal who) {
        return notifications.all(who.getPersonId()).stream()
                .filter(n -> n.getMessageKey().equals("notification.minutesToValidate") && n.getReadAt() == null)
                .toList();
    }

    private List<coop.faireavec.notification.Notification> soon(AccountPrincipal who) {
        return notifications.all(who.getPersonId()).stream()
                .filter(n -> n.getMessageKey().equals("notification.meetingSoon"))
                .toList();
    }

    @Test
    void theCarrierAddsSomeoneOnTheSpotWhoBecomesAMemberPresentWithoutAccount() throws Exception {
        Planned p = planKickOff();
        long id = p.s().experimentationId();
        attend(p, p.lived());
        web.send(
                p.s().carrier(),
                p.base() + "/attendance/new-person",
                "displayName",
                "Nadia",
                "college",
                "LIVED_EXPERIENCE");
        long nadia = memberships.membersOf(id).stream()
                .filter(m -> people.get(m.getPersonId()).getDisplayName().equals("Nadia"))
                .findFirst()
                .orElseThrow()
                .getPersonId();
        assertThat(memberships.membership(nadia, id).orElseThrow().getCollege()).isEqualTo(College.LIVED_EXPERIENCE);
        assertThat(people.accountOf(nadia)).isEmpty();
        Document sheet = page(p.s().carrier(), p.base() + "/attendance");
        assertThat(sheet.select("#present-" + nadia).hasAttr("checked")).isTrue();
        assertThat(sheet.select("#count-LIVED_EXPERIENCE").text()).isEqualTo("2");
        assertThat(page(p.s().carrier(), p.base())
                        .select("table.counts tbody tr")
                        .first()
                        .text())
                .isEqualTo("Personnes concernées 1 0 2");
        // a name is needed
        MockHttpServletResponse noName = postAs(
                p.s().carrier(),
                p.base() + "/attendance/new-person",
                "displayName",
                " ",
                "college",
                "LIVED_EXPERIENCE");
        assertThat(noName.getStatus()).isEqualTo(200);
        assertThat(noName.getContentAsString()).contains("Indiquez le nom de la personne venue sans être inscrite.");
    }

    @Test
    void wordsAreRecordedPerRoundTaggedWithTheSpeakersCollegeAndCountedInTheMeetingsVoices() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        long meetingId = web.planMeeting(s.carrier(), id, "Discussion croisée", "CROSSED_DISCUSSION", null);
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
        AccountPrincipal lived = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        AccountPrincipal practitioner = data.memberOfCollege(id, College.PRACTITIONERS);
        long nadia = data.personWithoutAccount(id, "Nadia", College.LIVED_EXPERIENCE);
        meetingDayIsPast();
        web.send(
                s.carrier(),
                base + "/attendance",
                "present",
                String.valueOf(lived.getPersonId()),
                "present",
                String.valueOf(practitioner.getPersonId()),
                "present",
                String.valueOf(nadia));

        web.send(lived, base + "/contributions", "round", "PEER_LIVED_EXPERIENCE", "body", "Entre nous d'abord.");
        web.send(practitioner, base + "/contributions", "round", "PEER_PRACTITIONERS", "body", "Nos pratiques.");
        web.send(lived, base + "/contributions", "round", "CROSSED", "body", "Ensemble maintenant.");
        web.send(
                s.carrier(),
                base + "/contributions",
                "round",
                "CROSSED",
                "body",
                "Ce que Nadia a dit.",
                "forPerson",
                String.valueOf(nadia),
                "consentKind",
                "ORAL");
        // one college's peer round is for that college only
        assertThat(postAs(practitioner, base + "/contributions", "round", "PEER_LIVED_EXPERIENCE", "body", "Non.")
                        .getStatus())
                .isEqualTo(400);
        // recording for someone needs how they agreed
        MockHttpServletResponse noConsent = postAs(
                s.carrier(),
                base + "/contributions",
                "round",
                "CROSSED",
                "body",
                "Sans accord",
                "forPerson",
                String.valueOf(nadia));
        assertThat(noConsent.getStatus()).isEqualTo(200);
        assertThat(noConsent.getContentAsString()).contains("Dites comment la personne a donné son accord.");
        // a participant cannot record for others
        assertThat(postAs(
                                practitioner,
                                base + "/contributions",
                                "round",
                                "CROSSED",
                                "body",
                                "Pour Nadia",
                                "forPerson",
                                String.valueOf(nadia),
                                "consentKind",
                                "ORAL")
                        .getStatus())
                .isEqualTo(403);

        List<Contribution> said = contributions.ofMeeting(meetingId);
        assertThat(said)
                .extracting(Contribution::getMeetingRound, Contribution::getCollege, Contribution::getBody)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "PEER_LIVED_EXPERIENCE", "LIVED_EXPERIENCE", "Entre nous d'abord."),
                        org.assertj.core.groups.Tuple.tuple("PEER_PRACTITIONERS", "PRACTITIONERS", "Nos pratiques."),
                        org.assertj.core.groups.Tuple.tuple("CROSSED", "LIVED_EXPERIENCE", "Ensemble maintenant."),
                        org.assertj.core.groups.Tuple.tuple("CROSSED", "LIVED_EXPERIENCE", "Ce que Nadia a dit."));
        Contribution forNadia = said.get(3);
        assertThat(forNadia.getAuthorId()).isEqualTo(nadia);
        assertThat(forNadia.getRecordedById()).isEqualTo(s.carrier().getPersonId());
        assertThat(contributions.voicesOfMeeting(meetingId))
                .containsExactly(
                        new CollegeVoices(College.LIVED_EXPERIENCE, 3, 2),
                        new CollegeVoices(College.PRACTITIONERS, 1, 1),
                        new CollegeVoices(College.DECISION_MAKERS, 0, 0));

        Document meeting = page(practitioner, base);
        assertThat(meeting.select("#round-PEER_LIVED_EXPERIENCE h3").text())
                .isEqualTo("Tour entre pairs : Personnes concernées");
        assertThat(meeting.select("#round-CROSSED li").eachText())
                .anySatisfy(t -> assertThat(t).contains("pour Nadia").contains("Ce que Nadia a dit."));
        assertThat(meeting.select("#round-DECISION_MAKERS")).isEmpty();
        assertThat(meeting.select("#round-PEER_DECISION_MAKERS").text()).contains("Rien n'est encore noté");
    }

    @Test
    void aParticipantCorrectsOnlyTheirOwnWordsAndOnlyUntilTheMinutesAreValidated() throws Exception {
        Planned p = planKickOff();
        attend(p, p.lived(), p.practitioner());
        web.send(p.lived(), p.base() + "/contributions", "round", "MAIN", "body", "Premier jet.");
        long cid = contributions.ofMeeting(p.meetingId()).get(0).getId();
        String path = p.base() + "/contributions/" + cid;
        assertThat(page(p.lived(), p.base()).select("a[href=" + path + "]")).hasSize(1);
        assertThat(page(p.practitioner(), p.base()).select("a[href=" + path + "]"))
                .isEmpty();
        assertThat(mvc.perform(get(path).with(user(p.practitioner())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(postAs(p.practitioner(), path, "body", "Pas moi").getStatus())
                .isEqualTo(403);
        web.send(p.lived(), path, "body", "Mieux dit.");
        assertThat(contributions.find(cid).orElseThrow().getBody()).isEqualTo("Mieux dit.");
        assertThat(contributions.find(cid).orElseThrow().getUpdatedAt()).isNotNull();

        web.send(p.s().carrier(), p.base() + "/minutes", "body", "Compte rendu.", "submit", "true");
        web.send(p.lived(), p.base() + "/minutes/validation", "approved", "true");
        web.send(p.practitioner(), p.base() + "/minutes/validation", "approved", "true");
        MockHttpServletResponse late = postAs(p.lived(), path, "body", "Trop tard.");
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getContentAsString()).contains("Le compte rendu est validé : il ne change plus.");
        assertThat(contributions.find(cid).orElseThrow().getBody()).isEqualTo("Mieux dit.");
        assertThat(postAs(p.lived(), p.base() + "/contributions", "round", "MAIN", "body", "Encore")
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void theMinutesArePrefilledRoundByRoundAndTheirValidationByEachCollegePresentCompletesTheStep() throws Exception {
        Planned p = planKickOff();
        attend(p, p.lived(), p.practitioner(), p.decider());
        web.send(p.lived(), p.base() + "/contributions", "round", "MAIN", "body", "On veut être écoutés.");
        Document draft = page(p.s().carrier(), p.base() + "/minutes/edit");
        String prefilled = draft.select("textarea#body").text();
        assertThat(prefilled).contains("Présents :", "Ce qui a été dit", "On veut être écoutés.");

        // not yet written: nothing to send
        web.send(p.s().carrier(), p.base() + "/minutes", "body", "Compte rendu, version 1.", "submit", "true");
        web.send(p.lived(), p.base() + "/minutes/validation", "approved", "true");
        web.send(p.practitioner(), p.base() + "/minutes/validation", "approved", "true");
        // the same college cannot answer twice; someone absent cannot answer
        AccountPrincipal absent = data.member(
                p.s().experimentationId(),
                College.DECISION_MAKERS,
                coop.faireavec.participation.ExperimentationRole.PARTICIPANT);
        assertThat(postAs(absent, p.base() + "/minutes/validation", "approved", "true")
                        .getStatus())
                .isEqualTo(403);
        assertThat(web.stepIds(p.s().carrier(), "KickOffMeeting")).containsExactly(p.stepId());
        assertThat(page(p.decider(), p.base()).select("form.validation-form")).hasSize(1);
        assertThat(page(p.lived(), p.base()).select("form.validation-form")).isEmpty();

        assertThat(unreadMinutesNotices(p.decider())).hasSize(1);
        web.send(p.decider(), p.base() + "/minutes/validation", "approved", "true");
        assertThat(web.stepIds(p.s().carrier(), "KickOffMeeting")).isEmpty();
        assertThat(web.stepIds(p.s().carrier(), "PeerSessions")).hasSize(3);
        // validated: nobody is still asked to validate them
        assertThat(unreadMinutesNotices(p.lived())).isEmpty();
        assertThat(unreadMinutesNotices(p.decider())).isEmpty();
        // the validated minutes are kept with the step, as a collective text
        assertThat(contributions.ofTask(p.stepId())).singleElement().satisfies(c -> {
            assertThat(c.getBody()).isEqualTo("Compte rendu, version 1.");
            assertThat(c.getAuthorId()).isNull();
        });
        Document done = page(p.lived(), p.base());
        assertThat(done.select(".minutes-status").text()).contains("validée par les collèges");
        assertThat(done.select(".validation-list li").eachText())
                .hasSize(3)
                .allSatisfy(t -> assertThat(t).contains("validé par"));

        // frozen: no change (409 page), a new version keeps the old one
        MockHttpServletResponse edit = postAs(p.s().carrier(), p.base() + "/minutes", "body", "Changé");
        assertThat(edit.getStatus()).isEqualTo(409);
        assertThat(edit.getContentAsString()).contains("Le compte rendu est validé : il ne change plus.");
        web.send(p.s().carrier(), p.base() + "/minutes/new-version");
        web.send(p.s().carrier(), p.base() + "/minutes", "body", "Compte rendu, version 2.");
        Document print = page(p.lived(), p.base() + "/minutes");
        assertThat(print.select("article.minutes-version h2").eachText()).containsExactly("Version 2", "Version 1");
        assertThat(print.select("article.minutes-version .minutes-text").eachText())
                .containsExactly("Compte rendu, version 2.", "Compte rendu, version 1.");
    }

    @Test
    void aCorrectionAskedForSendsTheMinutesBackWithoutCompletingTheStep() throws Exception {
        Planned p = planKickOff();
        attend(p, p.lived(), p.practitioner(), p.decider());
        web.send(p.s().carrier(), p.base() + "/minutes", "body", "Compte rendu incomplet.", "submit", "true");
        web.send(p.decider(), p.base() + "/minutes/validation", "approved", "true");
        web.send(p.practitioner(), p.base() + "/minutes/validation", "approved", "true");
        // asking for a correction needs a comment
        MockHttpServletResponse bare = postAs(p.lived(), p.base() + "/minutes/validation", "approved", "false");
        assertThat(bare.getStatus()).isEqualTo(200);
        assertThat(bare.getContentAsString()).contains("Dites ce qu&#39;il faut corriger.");
        web.send(p.lived(), p.base() + "/minutes/validation", "approved", "false", "comment", "Il manque le guichet.");
        assertThat(web.stepIds(p.s().carrier(), "KickOffMeeting")).containsExactly(p.stepId());
        Document back = page(p.s().carrier(), p.base());
        assertThat(back.select(".minutes-status").text()).contains("brouillon");
        assertThat(back.select("#minutes").text()).contains("Il manque le guichet.");
        // corrected and sent again: every college validates anew, then the step completes
        web.send(p.s().carrier(), p.base() + "/minutes", "body", "Compte rendu avec le guichet.", "submit", "true");
        web.send(p.lived(), p.base() + "/minutes/validation", "approved", "true");
        web.send(p.practitioner(), p.base() + "/minutes/validation", "approved", "true");
        assertThat(web.stepIds(p.s().carrier(), "KickOffMeeting")).containsExactly(p.stepId());
        web.send(p.decider(), p.base() + "/minutes/validation", "approved", "true");
        assertThat(web.stepIds(p.s().carrier(), "KickOffMeeting")).isEmpty();
    }

    @Test
    void aCrossedDiscussionThatBreaksItsRuleIsFlaggedAndNeedsTheCarriersReasonToCompleteItsStep() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        web.holdMeeting(s.carrier(), id, "KickOffMeeting", "Lancement", data.collegeMembers(id));
        for (AccountPrincipal m : data.collegeMembers(id)) {
            web.complete(m, "PeerSessions", "body", "Entre pairs");
        }
        String stepId = web.stepId(s.carrier(), "CrossedDiscussion");
        long meetingId = web.planMeeting(s.carrier(), id, "Discussion croisée", "CROSSED_DISCUSSION", stepId);
        String base = "/experimentations/" + id + "/meetings/" + meetingId;
        AccountPrincipal lived = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        AccountPrincipal practitioner = data.memberOfCollege(id, College.PRACTITIONERS);
        // only two colleges, one person each: the crossed discussion's rule (3 colleges, 2 each) does not hold
        meetingDayIsPast();
        web.send(
                s.carrier(),
                base + "/attendance",
                "present",
                String.valueOf(lived.getPersonId()),
                "present",
                String.valueOf(practitioner.getPersonId()));
        assertThat(page(lived, base).select(".flagged").text()).contains("signalée");
        web.send(s.carrier(), base + "/minutes", "body", "Croisement.", "submit", "true");
        web.send(lived, base + "/minutes/validation", "approved", "true");
        web.send(practitioner, base + "/minutes/validation", "approved", "true");
        assertThat(web.stepIds(s.carrier(), "CrossedDiscussion")).containsExactly(stepId);
        Document page = page(s.carrier(), base);
        assertThat(page.select("form.justification-form")).hasSize(1);
        // a participant sees the flag but not the carrier's form
        assertThat(page(lived, base).select("form.justification-form")).isEmpty();
        MockHttpServletResponse empty = postAs(s.carrier(), base + "/justification", "why", " ");
        assertThat(empty.getStatus()).isEqualTo(200);
        assertThat(empty.getContentAsString()).contains("Dites pourquoi la rencontre compte quand même.");
        web.send(
                s.carrier(),
                base + "/justification",
                "why",
                "Les décideurs étaient excusés ; ils ont lu le compte rendu.");
        assertThat(web.stepIds(s.carrier(), "CrossedDiscussion")).isEmpty();
        assertThat(page(lived, base).select("#balance").text()).contains("Les décideurs étaient excusés");
    }

    @Test
    void theCalendarFileKeepsItsUidAndMovesItsSequenceWhenTheDateChanges() throws Exception {
        Planned p = planKickOff();
        VEvent before = event(p);
        web.send(
                p.s().carrier(),
                p.base() + "/edit",
                "title",
                "Rencontre de lancement",
                "kind",
                "PLENARY",
                "date",
                "2030-03-11",
                "time",
                "10:00",
                "durationMinutes",
                "90",
                "place",
                "Mairie");
        VEvent after = event(p);
        assertThat(value(after, "UID")).isEqualTo(value(before, "UID"));
        assertThat(Integer.parseInt(value(after, "SEQUENCE")))
                .isEqualTo(Integer.parseInt(value(before, "SEQUENCE")) + 1);
        assertThat(value(after, "DTSTART")).isEqualTo("20300311T100000");
        assertThat(after.getRequiredProperty("DTSTART")
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/Paris");
        assertThat(notifications.all(p.lived().getPersonId()))
                .anySatisfy(n -> assertThat(n.getMessageKey()).isEqualTo("notification.meetingChanged"));
        // a meeting serving a step keeps its kind
        MockHttpServletResponse kind = postAs(
                p.s().carrier(),
                p.base() + "/edit",
                "title",
                "X",
                "kind",
                "WORKING_GROUP",
                "date",
                "2030-03-11",
                "time",
                "10:00",
                "durationMinutes",
                "90",
                "place",
                "Mairie");
        assertThat(kind.getContentAsString()).contains("sa sorte ne change pas");
    }

    @Test
    void planningNeedsAPlaceOrALinkAndKeepsWhatWasTyped() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        MockHttpServletResponse r = postAs(
                s.carrier(),
                "/experimentations/" + s.experimentationId() + "/meetings/new",
                "title",
                "Groupe de travail <accueil>",
                "kind",
                "WORKING_GROUP",
                "date",
                "2026-04-01",
                "time",
                "18:00",
                "durationMinutes",
                "5",
                "remoteLink",
                "javascript:alert(1)");
        assertThat(r.getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(r.getContentAsString());
        assertThat(form.select(".error-summary li").eachText())
                .containsExactlyInAnyOrder(
                        "Indiquez une durée entre 15 et 720 minutes.",
                        "Le lien doit commencer par https:// ou http://");
        assertThat(form.select("#title").val()).isEqualTo("Groupe de travail <accueil>");
        assertThat(form.select("#durationMinutes").val()).isEqualTo("5");
        MockHttpServletResponse nowhere = postAs(
                s.carrier(),
                "/experimentations/" + s.experimentationId() + "/meetings/new",
                "title",
                "Groupe",
                "kind",
                "WORKING_GROUP",
                "date",
                "2026-04-01",
                "time",
                "18:00",
                "durationMinutes",
                "60");
        assertThat(Jsoup.parse(nowhere.getContentAsString())
                        .select(".error-summary li")
                        .eachText())
                .containsExactly("Indiquez un lieu, ou un lien pour participer à distance.");
        assertThat(page(s.carrier(), "/experimentations/" + s.experimentationId() + "/meetings")
                        .select(".meeting-card"))
                .isEmpty();
    }

    @Test
    void cancellingKeepsTheUidTellsInviteesAndFreesTheStepForAnotherMeeting() throws Exception {
        Planned p = planKickOff();
        String uid = value(event(p), "UID");
        web.send(p.s().carrier(), p.base() + "/cancel");
        Calendar cancelled = calendar(p);
        // a downloaded file is always a PUBLISH (CANCEL is for mails); it says the meeting is called off
        assertThat(cancelled.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(value((VEvent) cancelled.getComponent("VEVENT").orElseThrow(), "UID"))
                .isEqualTo(uid);
        assertThat(value((VEvent) cancelled.getComponent("VEVENT").orElseThrow(), "STATUS"))
                .isEqualTo("CANCELLED");
        assertThat(notifications.all(p.lived().getPersonId()))
                .anySatisfy(n -> assertThat(n.getMessageKey()).isEqualTo("notification.meetingCancelled"));
        assertThat(postAs(p.lived(), p.base() + "/reply", "reply", "YES").getStatus())
                .isEqualTo(409);
        // the step can be served by a new meeting
        web.planMeeting(p.s().carrier(), p.s().experimentationId(), "Lancement, autre date", "PLENARY", p.stepId());
    }

    @Test
    void anExistingMeetingCanBeLinkedToAMeetingStep() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        long meetingId = web.planMeeting(s.carrier(), id, "Déjà prévue", "PLENARY", null);
        String stepId = web.stepId(s.carrier(), "KickOffMeeting");
        Document step = page(s.carrier(), "/tasks/" + stepId);
        assertThat(step.select("#link-meeting option").eachAttr("value")).contains(String.valueOf(meetingId));
        web.send(
                s.carrier(),
                "/experimentations/" + id + "/meetings/link-step",
                "meetingId",
                String.valueOf(meetingId),
                "task",
                stepId);
        assertThat(page(s.carrier(), "/tasks/" + stepId)
                        .select("section.highlight a")
                        .attr("href"))
                .isEqualTo("/experimentations/" + id + "/meetings/" + meetingId);
        // a step of another experimentation cannot be linked
        TestData.Scenario other = data.runningExperimentation();
        long otherMeeting = web.planMeeting(other.carrier(), other.experimentationId(), "Autre", "PLENARY", null);
        assertThat(postAs(
                                other.carrier(),
                                "/experimentations/" + other.experimentationId() + "/meetings/link-step",
                                "meetingId",
                                String.valueOf(otherMeeting),
                                "task",
                                stepId)
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void aMeetingStepIsServedOnlyByAMeetingOfTheKindItAsksFor() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        String stepId = web.stepId(s.carrier(), "KickOffMeeting");
        MockHttpServletResponse wrong = postAs(
                s.carrier(),
                "/experimentations/" + id + "/meetings/new",
                "title",
                "Petit groupe",
                "kind",
                "WORKING_GROUP",
                "date",
                "2026-03-02",
                "time",
                "14:30",
                "durationMinutes",
                "60",
                "place",
                "Salle 2",
                "task",
                stepId);
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("Cette étape demande une autre sorte de rencontre");
        long group = web.planMeeting(s.carrier(), id, "Petit groupe", "WORKING_GROUP", null);
        assertThat(postAs(
                                s.carrier(),
                                "/experimentations/" + id + "/meetings/link-step",
                                "meetingId",
                                String.valueOf(group),
                                "task",
                                stepId)
                        .getStatus())
                .isEqualTo(409);
    }

    /**
     * The invitees have e-mail addresses, so a file listing invitees would show them; the downloaded file is a PUBLISH
     * naming nobody (the mailed files, one per invitee, are checked in MailNotificationsWebTest).
     */
    @Test
    void theDownloadedCalendarFileIsAPublishThatSharesNobodysAddress() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        List<Long> withAddress = new java.util.ArrayList<>();
        for (College college : College.values()) {
            long person = people.createPerson(
                            "Invité " + college,
                            college.name().toLowerCase() + "." + TestData.unique("ics") + "@example.org",
                            null)
                    .getId();
            memberships.addMember(person, id, college, java.util.Set.of(ExperimentationRole.PARTICIPANT));
            withAddress.add(person);
        }
        long meetingId = web.planMeeting(s.carrier(), id, "Rencontre de lancement", "PLENARY", null);
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
        for (long invitee : withAddress) { // they are invited: a list of invitees would show their addresses
            assertThat(notifications.all(invitee))
                    .extracting(n -> n.getMessageKey())
                    .contains("notification.meetingInvitation");
        }

        MockHttpServletResponse r = mvc.perform(
                        get(base + "/calendar.ics").with(user(data.memberOfCollege(id, College.LIVED_EXPERIENCE))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        String ics = r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ics)
                .contains("METHOD:PUBLISH\r\n")
                .contains("ORGANIZER")
                .doesNotContain("ATTENDEE")
                .doesNotContain("@example.org");
    }

    @Test
    void aMeetingOfAnotherExperimentationIsNotFoundThroughThisOne() throws Exception {
        Planned p = planKickOff();
        TestData.Scenario other = data.runningExperimentation();
        String foreign = "/experimentations/" + other.experimentationId() + "/meetings/" + p.meetingId();
        assertThat(mvc.perform(get(foreign).with(user(other.carrier())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private Calendar calendar(Planned p) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(p.base() + "/calendar.ics").with(user(p.lived())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(r.getContentType()).startsWith("text/calendar");
        return new CalendarBuilder()
                .build(new StringReader(r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String value(VEvent event, String property) {
        return event.getRequiredProperty(property).getValue();
    }

    private VEvent event(Planned p) throws Exception {
        return (VEvent) calendar(p).getComponent("VEVENT").orElseThrow();
    }
}
