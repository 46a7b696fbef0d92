package coop.faireavec.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.meeting.MeetingCalendar;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Organizer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail copies of notifications, against a real SMTP server (GreenMail on a free port): sent after commit to people
 * who have an address, never on rollback, never when mail is off. Also: a new per-college step tells that college.
 * Meeting invitations, changes and cancellations carry the meeting's calendar file. The one Spring context with mail
 * on.
 */
@FaireAvecWebTest
@TestPropertySource(
        properties = {
            "faireavec.mail.enabled=true",
            "faireavec.mail.from=faireavec@example.org",
            "faireavec.public-url=https://faireavec.example.org/",
            "spring.mail.host=127.0.0.1",
            "spring.mail.properties.mail.smtp.auth=false",
            "spring.mail.properties.mail.smtp.starttls.enable=false"
        })
class MailNotificationsWebTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    PeopleService people;

    @Autowired
    ExperimentationService experimentations;

    @Autowired
    MembershipService memberships;

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationRepository repository;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ManagementService jobs;

    @Autowired
    RuntimeService runtime;

    @Autowired
    MessageSource messages;

    @Autowired
    coop.faireavec.shared.StepNames stepNames;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MeetingCalendar meetingCalendar;

    @Autowired
    MeetingService meetings;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    private long member(long experimentationId, String name, String email, College college) {
        long id = people.createPerson(name, email, null).getId();
        memberships.addMember(id, experimentationId, college, Set.of(ExperimentationRole.PARTICIPANT));
        return id;
    }

    /**
     * The positive control of a "no mail" check: a notification that must be mailed now is mailed, and it is the only
     * mail in the box. Mails leave in order once their transaction commits, so anything the action before had sent
     * would be there too; and the control proves the mail server was listening while nothing came.
     */
    private void onlyAControlMailArrivesAfterwards() throws Exception {
        String address = TestData.unique("control") + "@example.org";
        long control = people.createPerson("Témoin", address, null).getId();
        notifications.notify(
                List.of(control), null, NotificationKind.REMINDER, "notification.reminder", "Étape", "/tasks/1");
        assertThat(SMTP.waitForIncomingEmail(5000, 1))
                .as("the control mail is sent")
                .isTrue();
        assertThat(recipients(SMTP.getReceivedMessages()))
                .as("nothing but the control mail")
                .containsExactly(address);
    }

    private static List<String> recipients(MimeMessage[] received) {
        return Arrays.stream(received)
                .map(m -> {
                    try {
                        return m.getRecipients(Message.RecipientType.TO)[0].toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted()
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A running experimentation whose launch meeting is done: one peer-session step per college is open. */
    private record Peers(TestData.Scenario s, long livedWithMail, long livedWithout, long practitionerWithMail) {}

    private Peers peerSessionsOpen(String tag) throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long lived =
                member(s.experimentationId(), "Lou " + tag, "lou." + tag + "@example.org", College.LIVED_EXPERIENCE);
        long without = member(s.experimentationId(), "Momo " + tag, null, College.LIVED_EXPERIENCE);
        long practitioner =
                member(s.experimentationId(), "Pat " + tag, "pat." + tag + "@example.org", College.PRACTITIONERS);
        member(s.experimentationId(), "Dom " + tag, null, College.DECISION_MAKERS);
        experimentations.start(s.carrier().viewer(), s.experimentationId());
        new WebScenario(mvc)
                .holdMeetingFor(
                        s.carrier(),
                        s.experimentationId(),
                        "KickOffMeeting",
                        "Lancement",
                        List.of(lived, without, practitioner));
        return new Peers(s, lived, without, practitioner);
    }

    private List<Notification> of(long personId, NotificationKind kind) {
        return notifications.all(personId).stream()
                .filter(n -> n.getKind() == kind)
                .toList();
    }

    @Test
    void aNewPerCollegeStepTellsThatCollegeOnceInAppAndByMailButNotTheCarrier() throws Exception {
        Peers p = peerSessionsOpen(TestData.unique("new"));

        List<Notification> lived = of(p.livedWithMail(), NotificationKind.NEW_STEP);
        assertThat(lived).singleElement().satisfies(n -> {
            assertThat(n.getMessageKey()).isEqualTo("notification.newStep");
            assertThat(n.getMessageArg())
                    .isEqualTo(coop.faireavec.shared.StepNames.reference("phase-1-shared-diagnosis", "PeerSessions"));
            assertThat(n.getLink()).startsWith("/tasks/");
        });
        assertThat(of(p.livedWithout(), NotificationKind.NEW_STEP))
                .singleElement()
                .extracting(Notification::getLink)
                .isEqualTo(lived.get(0).getLink());
        assertThat(of(p.practitionerWithMail(), NotificationKind.NEW_STEP))
                .singleElement()
                .extracting(Notification::getLink)
                .isNotEqualTo(lived.get(0).getLink());
        // the carrier was told about the launch meeting (a carrier-only step), not about the per-college ones
        assertThat(of(p.s().carrier().getPersonId(), NotificationKind.NEW_STEP))
                .singleElement()
                .extracting(Notification::getMessageArg)
                .asString()
                .endsWith("/KickOffMeeting");

        // Lou and Pat, present at the launch meeting, were first asked (by mail too) to validate its minutes
        assertThat(SMTP.waitForIncomingEmail(5000, 4)).isTrue();
        assertThat(Arrays.stream(SMTP.getReceivedMessages())
                        .map(MailNotificationsWebTest::subject)
                        .filter(subject -> subject.contains("attend votre validation")))
                .hasSize(2);
        MimeMessage[] received = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> subject(m).startsWith("Faire-Avec : Nouvelle étape"))
                .toArray(MimeMessage[]::new);
        assertThat(recipients(received)).hasSize(2).allMatch(r -> r.startsWith("lou.") || r.startsWith("pat."));
        MimeMessage toLou = Arrays.stream(received)
                .filter(m -> recipients(new MimeMessage[] {m}).get(0).startsWith("lou."))
                .findFirst()
                .orElseThrow();
        assertThat(toLou.getSubject()).isEqualTo("Faire-Avec : Nouvelle étape : « Parole entre pairs ».");
        assertThat(toLou.getContentType()).startsWith("text/plain");
        assertThat(GreenMailUtil.getBody(toLou)).isNotBlank();
        assertThat(toLou.getContent().toString())
                .contains("Bonjour Lou")
                .contains("https://faireavec.example.org" + lived.get(0).getLink());
    }

    @Test
    void aReminderFiredByItsTimerMailsMembersWhoHaveAnAddressWithTheLinkToTheStep() throws Exception {
        Peers p = peerSessionsOpen(TestData.unique("rem"));
        String key = String.valueOf(p.s().experimentationId());
        Job reminder = jobs.createJobQuery().activityId("PeerSessionsReminderDue").list().stream()
                .filter(j -> key.equals(runtime.createProcessInstanceQuery()
                        .processInstanceId(j.getProcessInstanceId())
                        .singleResult()
                        .getBusinessKey()))
                .findFirst()
                .orElseThrow();
        SMTP.purgeEmailFromAllMailboxes();

        jobs.executeJob(reminder.getId());

        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        String livedStep =
                of(p.livedWithMail(), NotificationKind.REMINDER).get(0).getLink();
        assertThat(of(p.livedWithout(), NotificationKind.REMINDER)).hasSize(1);
        for (MimeMessage m : received) {
            String to = recipients(new MimeMessage[] {m}).get(0);
            assertThat(m.getSubject()).startsWith("Faire-Avec : Rappel : « Parole entre pairs");
            if (to.startsWith("lou.")) {
                assertThat(m.getContent().toString()).contains("https://faireavec.example.org" + livedStep);
            } else {
                assertThat(to).startsWith("pat.");
                assertThat(m.getContent().toString()).doesNotContain(livedStep);
            }
        }
    }

    @Test
    void aRolledBackNotificationSendsNoMail() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long lou = member(s.experimentationId(), "Lou", "lou.rollback@example.org", College.LIVED_EXPERIENCE);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    notifications.notify(
                            List.of(lou),
                            s.experimentationId(),
                            NotificationKind.REMINDER,
                            "notification.reminder",
                            "Étape",
                            "/tasks/1");
                    throw new IllegalStateException("the step failed after notifying");
                }))
                .hasMessageContaining("the step failed");

        assertThat(notifications.all(lou)).isEmpty();
        assertThat(SMTP.waitForIncomingEmail(300, 1)).isFalse();

        // the same call, committed, does send
        notifications.notify(
                List.of(lou),
                s.experimentationId(),
                NotificationKind.REMINDER,
                "notification.reminder",
                "Étape",
                "/tasks/1");
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
    }

    @Test
    void withMailOffOnlyTheInAppNotificationIsWritten() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long lou = member(s.experimentationId(), "Lou", "lou.off@example.org", College.LIVED_EXPERIENCE);
        NotificationMails off = new NotificationMails(
                false, "faireavec@example.org", "https://faireavec.example.org", people, messages, outbox, stepNames);
        NotificationService service = new NotificationService(repository, off, java.time.Clock.systemUTC());

        tx.executeWithoutResult(status -> service.notify(
                List.of(lou),
                s.experimentationId(),
                NotificationKind.REMINDER,
                "notification.reminder",
                "Étape",
                "/tasks/1"));

        assertThat(notifications.all(lou))
                .singleElement()
                .extracting(Notification::getKind)
                .isEqualTo(NotificationKind.REMINDER);
        assertThat(SMTP.waitForIncomingEmail(300, 1)).isFalse();
        onlyAControlMailArrivesAfterwards();
    }

    @Test
    void aPersonWithAnAddressIsInvitedByMailAndTheLinkOpensTheCodeForm() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long lou = member(s.experimentationId(), "Lou invitée", "lou.invitee@example.org", College.LIVED_EXPERIENCE);
        long momo = member(s.experimentationId(), "Momo sans adresse", null, College.LIVED_EXPERIENCE);
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/experimentations/{id}/members", s.experimentationId())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(s.carrier())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/members/" + lou + "/invitation/email")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("/members/" + momo + "/invitation/email"))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/experimentations/{id}/members/{p}/invitation/email", s.experimentationId(), lou)
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(s.carrier()))
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/experimentations/" + s.experimentationId() + "/members"));
        org.assertj.core.api.Assertions.assertThat(SMTP.waitForIncomingEmail(5000, 1))
                .isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        org.assertj.core.api.Assertions.assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo("lou.invitee@example.org");
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "https://faireavec.example.org/invitation\\?code=([A-Z0-9]+)")
                .matcher(body);
        org.assertj.core.api.Assertions.assertThat(link.find())
                .as("link in %s", body)
                .isTrue();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/invitation")
                        .param("code", link.group(1)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
        // without an address: nothing is made, the carrier is told to print the card
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/experimentations/{id}/members/{p}/invitation/email", s.experimentationId(), momo)
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(s.carrier()))
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Imprimez plutôt la carte")));
    }

    // ---- meeting invitations with their calendar file (.ics) ----

    private MeetingCalendar.CalendarInvite invite(String uid, boolean cancelled) {
        return new MeetingCalendar.CalendarInvite(
                uid,
                2,
                cancelled,
                "Parole entre pairs",
                "Ordre du jour : tour de table, puis café",
                "Maison des habitants, salle B",
                "https://faireavec.example.org/meetings/42",
                LocalDateTime.of(2027, 7, 1, 14, 30),
                90,
                "Camille Porteuse",
                "camille.porteuse@example.org");
    }

    /** Each recipient's own file, naming them. */
    private java.util.function.Function<Person, String> ics(String uid, boolean cancelled) {
        return p -> meetingCalendar.mailed(
                invite(uid, cancelled),
                new MeetingCalendar.Attendee(p.getDisplayName(), p.getEmail()),
                "Répondez sur la page.");
    }

    private int mailInvitation(List<Long> to, String uid, boolean cancelled) {
        String kind = cancelled ? "cancelled" : "invitation";
        return notifications.mailCalendar(
                to,
                "mail.meeting." + kind + ".subject",
                new Object[] {"Parole entre pairs"},
                "mail.meeting." + kind + ".body",
                new Object[] {
                    "Parole entre pairs", "le jeudi 1er juillet 2027 à 14 h 30", "Maison des habitants, salle B"
                },
                "/meetings/42",
                ics(uid, cancelled),
                cancelled);
    }

    private static Calendar parse(Part part) throws Exception {
        try (InputStreamReader in = new InputStreamReader(part.getInputStream(), StandardCharsets.UTF_8)) {
            return new CalendarBuilder().build(in);
        }
    }

    private static VEvent event(Calendar c) {
        return c.<VEvent>getComponents("VEVENT").get(0);
    }

    @Test
    void aMeetingInvitationMailsTheCalendarFileToEachPersonWhoHasAnAddress() throws Exception {
        long lou = people.createPerson("Lou", "lou.calendar@example.org", null).getId();
        long momo = people.createPerson("Momo sans adresse", null, null).getId();
        String uid = "meeting-" + TestData.unique("cal") + "@faireavec.example.org";

        assertThat(mailInvitation(List.of(lou, momo), uid, false)).isEqualTo(1);

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(SMTP.waitForIncomingEmail(300, 2))
                .as("nothing for the person without an address")
                .isFalse();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(recipients(new MimeMessage[] {mail})).containsExactly("lou.calendar@example.org");
        assertThat(mail.getSubject()).isEqualTo("Faire-Avec : invitation à la rencontre « Parole entre pairs »");
        assertThat(mail.getContentType()).startsWith("multipart/mixed");

        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        BodyPart text = alternative.getBodyPart(0);
        assertThat(text.getContentType()).startsWith("text/plain");
        assertThat(text.getContent().toString())
                .contains("Bonjour Lou,")
                .contains("Vous êtes invité(e) à la rencontre « Parole entre pairs ».")
                .contains("Quand : le jeudi 1er juillet 2027 à 14 h 30")
                .contains("Où : Maison des habitants, salle B")
                .contains("https://faireavec.example.org/meetings/42")
                .contains("L'invitation est jointe");
        BodyPart calendarPart = alternative.getBodyPart(1);
        assertThat(calendarPart.getContentType())
                .startsWith("text/calendar")
                .containsIgnoringCase("charset=UTF-8")
                .contains("method=REQUEST");

        Calendar calendar = parse(calendarPart);
        assertThat(calendar.getProperty("METHOD").map(Property::getValue)).hasValue("REQUEST");
        VEvent event = event(calendar);
        assertThat(event.getProperty("UID").map(Property::getValue)).hasValue(uid);
        assertThat(event.getProperty("SEQUENCE").map(Property::getValue)).hasValue("2");
        DateProperty<Temporal> start = event.getRequiredProperty("DTSTART");
        assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).hasValue("Europe/Paris");
        assertThat(start.getValue()).isEqualTo("20270701T143000");
        assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2027-07-01T12:30:00Z"));
        Organizer organizer = event.getRequiredProperty("ORGANIZER");
        assertThat(organizer.getCalAddress().toString()).isEqualTo("mailto:camille.porteuse@example.org");
        assertThat(event.getProperty("SUMMARY").map(Property::getValue)).hasValue("Parole entre pairs");
        assertNamesItsRecipientAlone(mail, event, "Lou");

        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("invitation.ics");
        assertThat(event(parse(attachment)).getProperty("UID").map(Property::getValue))
                .hasValue(uid);
    }

    @Test
    void aCancelledMeetingMailsACancelCalendarNamedAnnulation() throws Exception {
        long lou = people.createPerson("Lou", "lou.cancel@example.org", null).getId();
        String uid = "meeting-" + TestData.unique("cancel") + "@faireavec.example.org";

        assertThat(mailInvitation(List.of(lou), uid, true)).isEqualTo(1);

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Faire-Avec : la rencontre « Parole entre pairs » est annulée");
        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        BodyPart calendarPart = ((MimeMultipart) mixed.getBodyPart(0).getContent()).getBodyPart(1);
        assertThat(calendarPart.getContentType()).contains("method=CANCEL");
        Calendar calendar = parse(calendarPart);
        assertThat(calendar.getProperty("METHOD").map(Property::getValue)).hasValue("CANCEL");
        assertThat(event(calendar).getProperty("STATUS").map(Property::getValue))
                .hasValue("CANCELLED");
        assertThat(event(calendar).getProperty("UID").map(Property::getValue)).hasValue(uid);
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("annulation.ics");
    }

    @Test
    void aRolledBackMeetingInvitationSendsNoMail() throws Exception {
        long lou = people.createPerson("Lou", "lou.calendar.rollback@example.org", null)
                .getId();
        String uid = "meeting-" + TestData.unique("rb") + "@faireavec.example.org";

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    assertThat(mailInvitation(List.of(lou), uid, false)).isEqualTo(1);
                    throw new IllegalStateException("the meeting could not be saved");
                }))
                .hasMessageContaining("could not be saved");

        assertThat(SMTP.waitForIncomingEmail(300, 1)).isFalse();

        // the same call, committed, does send
        mailInvitation(List.of(lou), uid, false);
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
    }

    @Test
    void withMailOffNoCalendarMailIsPrepared() {
        long lou =
                people.createPerson("Lou", "lou.calendar.off@example.org", null).getId();
        NotificationMails off = new NotificationMails(
                false, "faireavec@example.org", "https://faireavec.example.org", people, messages, outbox, stepNames);

        assertThat(off.prepareCalendar(
                        List.of(lou),
                        "mail.meeting.invitation.subject",
                        new Object[] {"R"},
                        "mail.meeting.invitation.body",
                        new Object[] {"R", "demain", "ici"},
                        "/meetings/1",
                        ics("meeting-off@faireavec.example.org", false),
                        false))
                .isZero();
    }

    // ---- the real meeting flow: a carrier plans, invites, changes and cancels through the web layer ----

    /** Only the prefix is checked; this account never signs in (tests act through its principal). */
    private static final String UNUSED_HASH = "$2a$10$unusedunusedunusedunuseduOnlyForTestsNeverChecked000000";

    /** A meeting planned (not yet invited) in a running experimentation: two invitees with an address, two without. */
    private record Planned(
            long experimentationId,
            AccountPrincipal carrier,
            String organizer,
            long lou,
            long momo,
            long pat,
            long dom,
            long meetingId,
            String base,
            String title,
            String uid,
            String tag) {}

    /**
     * A running experimentation with one member with and one without an address in the lived-experience college, one
     * practitioner with an address and one decision-maker without; a crossed discussion planned on Monday 4 March 2030
     * at 14:30 (winter time) by a carrier who has an address, or by one without (the sender is then the organizer).
     */
    private Planned meetingPlanned(String tag, boolean carrierHasAddress) throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal carrier = s.carrier();
        String organizer = "faireavec@example.org";
        if (carrierHasAddress) {
            organizer = "camille." + tag + "@example.org";
            Person camille = people.createPerson("Camille " + tag, organizer, null);
            String username = TestData.unique("camille");
            people.createAccountWithHash(camille, username, UNUSED_HASH, false);
            memberships.addMember(camille.getId(), exp, null, Set.of(ExperimentationRole.CARRIER));
            carrier = data.principal(username);
        }
        long lou = member(exp, "Lou " + tag, "lou." + tag + "@example.org", College.LIVED_EXPERIENCE);
        long momo = member(exp, "Momo " + tag, null, College.LIVED_EXPERIENCE);
        long pat = member(exp, "Pat " + tag, "pat." + tag + "@example.org", College.PRACTITIONERS);
        long dom = member(exp, "Dom " + tag, null, College.DECISION_MAKERS);
        experimentations.start(s.carrier().viewer(), exp);
        String title = "Discussion croisée " + tag;
        long meetingId =
                new WebScenario(mvc).planMeeting(carrier, exp, title, "CROSSED_DISCUSSION", null, "2030-03-04");
        String uid = meetings.get(carrier.viewer(), exp, meetingId).getUid();
        SMTP.purgeEmailFromAllMailboxes(); // the start told the carriers about the launch step
        return new Planned(
                exp,
                carrier,
                organizer,
                lou,
                momo,
                pat,
                dom,
                meetingId,
                "/experimentations/" + exp + "/meetings/" + meetingId,
                title,
                uid,
                tag);
    }

    private void inviteAllColleges(Planned m) throws Exception {
        new WebScenario(mvc)
                .send(
                        m.carrier(),
                        m.base() + "/invitations",
                        "colleges",
                        "LIVED_EXPERIENCE",
                        "colleges",
                        "PRACTITIONERS",
                        "colleges",
                        "DECISION_MAKERS");
    }

    /** The carrier posts the meeting form again, with that date, time and agenda (the rest unchanged). */
    private void changeMeeting(Planned m, String date, String time, String agenda) throws Exception {
        new WebScenario(mvc)
                .send(
                        m.carrier(),
                        m.base() + "/edit",
                        "title",
                        m.title(),
                        "kind",
                        "CROSSED_DISCUSSION",
                        "date",
                        date,
                        "time",
                        time,
                        "durationMinutes",
                        "120",
                        "place",
                        "Maison des associations, 2 rue de la Gare",
                        "agenda",
                        agenda);
    }

    /** Waits for exactly that many mails (none more arrives), addressed to those people, sorted by recipient. */
    private static MimeMessage[] exactlyOneMailEach(String... to) throws Exception {
        assertThat(SMTP.waitForIncomingEmail(5000, to.length)).isTrue();
        assertThat(SMTP.waitForIncomingEmail(500, to.length + 1))
                .as("one mail per invitee with an address, and no plain notification mail besides")
                .isFalse();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(recipients(received))
                .containsExactly(Arrays.stream(to).sorted().toArray(String[]::new));
        return Arrays.stream(received)
                .sorted(java.util.Comparator.comparing(
                        mail -> recipients(new MimeMessage[] {mail}).get(0)))
                .toArray(MimeMessage[]::new);
    }

    /** The text/calendar alternative of a meeting mail (checked against its method), parsed back. */
    private static Calendar calendarIn(MimeMessage mail, String method) throws Exception {
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        BodyPart calendarPart = ((MimeMultipart) mixed.getBodyPart(0).getContent()).getBodyPart(1);
        assertThat(calendarPart.getContentType()).startsWith("text/calendar").contains("method=" + method);
        Calendar calendar = parse(calendarPart);
        assertThat(calendar.getProperty("METHOD").map(Property::getValue)).hasValue(method);
        return calendar;
    }

    private static String textIn(MimeMessage mail) throws Exception {
        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        return ((MimeMultipart) mixed.getBodyPart(0).getContent())
                .getBodyPart(0)
                .getContent()
                .toString();
    }

    private static void assertStartsAt(VEvent event, String localValue, String instant) {
        DateProperty<Temporal> start = event.getRequiredProperty("DTSTART");
        assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).hasValue("Europe/Paris");
        assertThat(start.getValue()).isEqualTo(localValue);
        assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse(instant));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    /**
     * The file of that mail names its recipient alone (RFC 5546 wants the attendee in REQUEST and CANCEL; one file
     * per invitee keeps the others' addresses private), who answers on the page, not by mail (RSVP=FALSE).
     */
    private static void assertNamesItsRecipientAlone(MimeMessage mail, VEvent event, String name) {
        String recipient = recipients(new MimeMessage[] {mail}).get(0);
        assertThat(event.<net.fortuna.ical4j.model.property.Attendee>getProperties("ATTENDEE"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getCalAddress().toString()).isEqualTo("mailto:" + recipient);
                    assertThat(a.getParameter(Parameter.CN).map(Parameter::getValue))
                            .hasValue(name);
                    assertThat(a.getParameter(Parameter.RSVP).map(Parameter::getValue))
                            .hasValue("FALSE");
                    assertThat(a.getParameter(Parameter.PARTSTAT).map(Parameter::getValue))
                            .hasValue("NEEDS-ACTION");
                });
    }

    private List<String> meetingNotices(long personId) {
        return of(personId, NotificationKind.MEETING).stream()
                .map(Notification::getMessageKey)
                .toList();
    }

    @Test
    void invitingCollegesMailsEachInviteeWithAnAddressOneCalendarRequestFromTheCarrierAndTellsEveryoneInTheApp()
            throws Exception {
        Planned m = meetingPlanned(TestData.unique("inv"), true);
        assertThat(SMTP.waitForIncomingEmail(300, 1))
                .as("planning alone tells nobody")
                .isFalse();
        onlyAControlMailArrivesAfterwards();
        SMTP.purgeEmailFromAllMailboxes();

        inviteAllColleges(m);

        MimeMessage[] mails = exactlyOneMailEach("lou." + m.tag() + "@example.org", "pat." + m.tag() + "@example.org");
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).isEqualTo("Faire-Avec : invitation à la rencontre « " + m.title() + " »");
            VEvent event = event(calendarIn(mail, "REQUEST"));
            assertThat(value(event, "UID")).isEqualTo(m.uid());
            assertThat(value(event, "SEQUENCE")).isEqualTo("0");
            assertThat(value(event, "SUMMARY")).isEqualTo(m.title());
            assertStartsAt(event, "20300304T143000", "2030-03-04T13:30:00Z"); // winter time: UTC+1
            Organizer organizer = event.getRequiredProperty("ORGANIZER");
            assertThat(organizer.getCalAddress().toString()).isEqualTo("mailto:" + m.organizer());
        }
        // each file names its own recipient alone: nobody's address is shared with the others
        assertNamesItsRecipientAlone(mails[0], event(calendarIn(mails[0], "REQUEST")), "Lou " + m.tag());
        assertNamesItsRecipientAlone(mails[1], event(calendarIn(mails[1], "REQUEST")), "Pat " + m.tag());
        assertThat(value(event(calendarIn(mails[0], "REQUEST")), "DESCRIPTION"))
                .endsWith("Pour dire si vous venez, répondez sur la page de la rencontre (pas en répondant à cet"
                        + " e-mail) : https://faireavec.example.org" + m.base());
        assertThat(textIn(mails[0]))
                .contains("Bonjour Lou " + m.tag() + ",")
                .contains("Quand : lundi 4 mars 2030 à 14h30")
                .contains("Où : Maison des associations, 2 rue de la Gare")
                .contains("https://faireavec.example.org" + m.base());

        // everyone invited is told in the app, with or without an address; the carrier (no college) is not invited
        for (long invitee : List.of(m.lou(), m.momo(), m.pat(), m.dom())) {
            assertThat(of(invitee, NotificationKind.MEETING)).singleElement().satisfies(n -> {
                assertThat(n.getMessageKey()).isEqualTo("notification.meetingInvitation");
                assertThat(n.getMessageArg()).isEqualTo(m.title());
                assertThat(n.getLink()).isEqualTo(m.base());
            });
        }
        assertThat(of(m.carrier().getPersonId(), NotificationKind.MEETING)).isEmpty();

        // inviting the same colleges again invites nobody new: no second mail
        SMTP.purgeEmailFromAllMailboxes();
        inviteAllColleges(m);
        assertThat(SMTP.waitForIncomingEmail(500, 1)).isFalse();
        onlyAControlMailArrivesAfterwards();
        assertThat(meetingNotices(m.momo())).hasSize(1);
    }

    @Test
    void aNewDateSendsAnUpdateWithTheSameUidAndTheNextSequenceButANewAgendaAloneSendsNothing() throws Exception {
        Planned m = meetingPlanned(TestData.unique("upd"), true);
        inviteAllColleges(m);
        exactlyOneMailEach("lou." + m.tag() + "@example.org", "pat." + m.tag() + "@example.org");
        SMTP.purgeEmailFromAllMailboxes();

        changeMeeting(m, "2030-03-04", "14:30", "Nouvel ordre du jour : le café d'abord");

        assertThat(SMTP.waitForIncomingEmail(500, 1))
                .as("the agenda is not in anyone's calendar slot")
                .isFalse();
        onlyAControlMailArrivesAfterwards();
        SMTP.purgeEmailFromAllMailboxes();
        assertThat(meetings.get(m.carrier().viewer(), m.experimentationId(), m.meetingId())
                        .getSequenceNo())
                .isZero();
        assertThat(meetingNotices(m.momo())).containsExactly("notification.meetingInvitation");

        changeMeeting(m, "2030-07-01", "15:00", "Nouvel ordre du jour : le café d'abord");

        MimeMessage[] mails = exactlyOneMailEach("lou." + m.tag() + "@example.org", "pat." + m.tag() + "@example.org");
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).isEqualTo("Faire-Avec : la rencontre « " + m.title() + " » a changé");
            VEvent event = event(calendarIn(mail, "REQUEST"));
            assertThat(value(event, "UID")).isEqualTo(m.uid());
            assertThat(value(event, "SEQUENCE")).isEqualTo("1");
            assertStartsAt(event, "20300701T150000", "2030-07-01T13:00:00Z"); // summer time: UTC+2
            assertThat(value(event, "DESCRIPTION")).contains("le café d'abord");
        }
        assertNamesItsRecipientAlone(mails[0], event(calendarIn(mails[0], "REQUEST")), "Lou " + m.tag());
        assertNamesItsRecipientAlone(mails[1], event(calendarIn(mails[1], "REQUEST")), "Pat " + m.tag());
        assertThat(textIn(mails[0])).contains("Quand : lundi 1 juillet 2030 à 15h00");
        assertThat(meetingNotices(m.momo()))
                .containsExactlyInAnyOrder("notification.meetingInvitation", "notification.meetingChanged");
    }

    @Test
    void cancellingSendsACancelWithTheSameUidAndTheNextSequenceFromTheSenderWhenTheCarrierHasNoAddress()
            throws Exception {
        Planned m = meetingPlanned(TestData.unique("cxl"), false);
        inviteAllColleges(m);
        MimeMessage invitation =
                exactlyOneMailEach("lou." + m.tag() + "@example.org", "pat." + m.tag() + "@example.org")[0];
        assertThat(((Organizer) event(calendarIn(invitation, "REQUEST")).getRequiredProperty("ORGANIZER"))
                        .getCalAddress()
                        .toString())
                .isEqualTo("mailto:faireavec@example.org");
        SMTP.purgeEmailFromAllMailboxes();

        new WebScenario(mvc).send(m.carrier(), m.base() + "/cancel");

        MimeMessage[] mails = exactlyOneMailEach("lou." + m.tag() + "@example.org", "pat." + m.tag() + "@example.org");
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).isEqualTo("Faire-Avec : la rencontre « " + m.title() + " » est annulée");
            VEvent event = event(calendarIn(mail, "CANCEL"));
            assertThat(value(event, "UID")).isEqualTo(m.uid());
            assertThat(value(event, "SEQUENCE")).isEqualTo("1");
            assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
            assertStartsAt(event, "20300304T143000", "2030-03-04T13:30:00Z");
            assertThat(((MimeMultipart) mail.getContent()).getBodyPart(1).getFileName())
                    .isEqualTo("annulation.ics");
        }
        assertNamesItsRecipientAlone(mails[0], event(calendarIn(mails[0], "CANCEL")), "Lou " + m.tag());
        assertNamesItsRecipientAlone(mails[1], event(calendarIn(mails[1], "CANCEL")), "Pat " + m.tag());
        for (long invitee : List.of(m.lou(), m.momo(), m.pat(), m.dom())) {
            assertThat(meetingNotices(invitee))
                    .containsExactlyInAnyOrder("notification.meetingInvitation", "notification.meetingCancelled");
        }
    }

    // ---- clock changes: the page, the mail and the calendar file give the same start and length ----

    /** The carrier posts the meeting form with that date, time and length; the raw answer (redirect or form). */
    private MvcResult postMeeting(Planned m, String path, String date, String time, String minutes) throws Exception {
        return mvc.perform(post(path)
                        .with(user(m.carrier()))
                        .with(csrf())
                        .param("title", m.title())
                        .param("kind", "CROSSED_DISCUSSION")
                        .param("date", date)
                        .param("time", time)
                        .param("durationMinutes", minutes)
                        .param("place", "Maison des associations, 2 rue de la Gare"))
                .andReturn();
    }

    private String pageText(Planned m, MvcResult redirected) throws Exception {
        // The flash message lives in the session (stored by Spring Session): follow the redirect with that session.
        MockHttpSession session = (MockHttpSession) redirected.getRequest().getSession(false);
        assertThat(session).as("the session holding the flash message").isNotNull();
        return Jsoup.parse(mvc.perform(get(m.base()).with(user(m.carrier())).session(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .text();
    }

    /**
     * 31 October 2027, clocks go back from 03:00 to 02:00 in Paris: 02:30 happens twice. The meeting is at the first
     * one (summer time, 00:30 UTC), the carrier is told so, and the page, the mail and both calendar files (mailed
     * REQUEST, downloaded PUBLISH) give 02:30 and 120 minutes of elapsed time (ending 03:30 winter time).
     */
    @Test
    void inTheHourRepeatedWhenClocksGoBackThePageTheMailAndTheCalendarFilesAgreeOnStartAndLength() throws Exception {
        Planned m = meetingPlanned(TestData.unique("fall"), true);
        inviteAllColleges(m);
        exactlyOneMailEach("lou." + m.tag() + "@example.org", "pat." + m.tag() + "@example.org");
        SMTP.purgeEmailFromAllMailboxes();

        MvcResult changed = postMeeting(m, m.base() + "/edit", "2027-10-31", "02:30", "120");

        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo(m.base());
        String page = pageText(m, changed);
        assertThat(page)
                .contains("dimanche 31 octobre 2027 à 02:30")
                .contains("120 minutes")
                .contains("on recule les montres d'une heure (passage à l'heure d'hiver), donc 02:30 arrive deux"
                        + " fois. La rencontre est à la première fois, avant le changement d'heure.");
        MimeMessage[] mails = exactlyOneMailEach("lou." + m.tag() + "@example.org", "pat." + m.tag() + "@example.org");
        assertThat(textIn(mails[1])).contains("Quand : dimanche 31 octobre 2027 à 02h30");
        Calendar download = new CalendarBuilder()
                .build(new java.io.StringReader(
                        mvc.perform(get(m.base() + "/calendar.ics").with(user(m.carrier())))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8)));
        assertThat(download.getProperty("METHOD").map(Property::getValue)).hasValue("PUBLISH");
        for (VEvent event : List.of(
                event(calendarIn(mails[0], "REQUEST")), event(calendarIn(mails[1], "REQUEST")), event(download))) {
            assertStartsAt(event, "20271031T023000", "2027-10-31T00:30:00Z"); // the first 02:30, UTC+2
            net.fortuna.ical4j.model.property.Duration length = event.getRequiredProperty("DURATION");
            assertThat(length.getDuration()).isEqualTo(java.time.Duration.ofMinutes(120));
            assertThat(event.getProperty("DTEND"))
                    .as("an end in a repeated hour would be ambiguous")
                    .isEmpty();
        }
    }

    /**
     * 28 March 2027, clocks jump from 02:00 to 03:00 in Paris: 02:30 does not exist. The form refuses it, planning
     * or changing, with a message naming the change; nothing is saved or mailed. Just before and after the jump,
     * the meeting is kept and the file has the page's start.
     */
    @Test
    void aTimeSkippedWhenClocksGoForwardIsRefusedWithAMessageNamingTheChange() throws Exception {
        Planned m = meetingPlanned(TestData.unique("spring"), true);
        inviteAllColleges(m);
        exactlyOneMailEach("lou." + m.tag() + "@example.org", "pat." + m.tag() + "@example.org");
        SMTP.purgeEmailFromAllMailboxes();
        String refusal = "Cette heure n'existe pas ce jour-là : à 02:00, on avance les montres d'une heure (passage"
                + " à l'heure d'été) et il est tout de suite 03:00. Choisissez une autre heure, par exemple 03:00.";

        for (String path :
                List.of(m.base() + "/edit", "/experimentations/" + m.experimentationId() + "/meetings/new")) {
            MvcResult refused = postMeeting(m, path, "2027-03-28", "02:30", "60");
            assertThat(refused.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).text())
                    .as(path)
                    .contains(refusal);
        }
        assertThat(meetings.get(m.carrier().viewer(), m.experimentationId(), m.meetingId())
                        .getStartsAt())
                .isEqualTo(LocalDateTime.of(2030, 3, 4, 14, 30));
        assertThat(SMTP.waitForIncomingEmail(500, 1))
                .as("nothing changed, nothing mailed")
                .isFalse();

        MvcResult justAfter = postMeeting(m, m.base() + "/edit", "2027-03-28", "03:00", "60");
        assertThat(justAfter.getResponse().getRedirectedUrl()).isEqualTo(m.base());
        assertThat(pageText(m, justAfter))
                .contains("dimanche 28 mars 2027 à 03:00")
                .contains("60 minutes")
                .doesNotContain("arrive deux fois");
        MimeMessage[] mails = exactlyOneMailEach("lou." + m.tag() + "@example.org", "pat." + m.tag() + "@example.org");
        assertThat(textIn(mails[1])).contains("Quand : dimanche 28 mars 2027 à 03h00");
        assertStartsAt(event(calendarIn(mails[1], "REQUEST")), "20270328T030000", "2027-03-28T01:00:00Z");
    }

    // ---- each person's mails in their own language ----

    private static MimeMessage to(MimeMessage[] mails, String prefix) {
        return Arrays.stream(mails)
                .filter(m -> recipients(new MimeMessage[] {m}).get(0).startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aNotificationMailIsInEachRecipientsLanguage() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long lou = member(s.experimentationId(), "Lou", "lou.english@example.org", College.LIVED_EXPERIENCE);
        long pat = member(s.experimentationId(), "Pat", "pat.french@example.org", College.PRACTITIONERS);
        people.setPreferredLanguage(lou, "en");

        notifications.notify(
                List.of(lou, pat),
                s.experimentationId(),
                NotificationKind.REMINDER,
                "notification.reminder",
                coop.faireavec.shared.StepNames.reference("phase-1-shared-diagnosis", "PeerSessions"),
                "/tasks/1");

        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] mails = SMTP.getReceivedMessages();
        MimeMessage english = to(mails, "lou.");
        assertThat(english.getSubject()).isEqualTo("Faire-Avec: Reminder: \"Peer session\" is to be done.");
        assertThat(english.getContent().toString())
                .contains("Hello Lou,")
                .contains("To open the step:")
                .doesNotContain("Bonjour");
        MimeMessage french = to(mails, "pat.");
        assertThat(french.getSubject()).isEqualTo("Faire-Avec : Rappel : « Parole entre pairs » est à faire.");
        assertThat(french.getContent().toString()).contains("Bonjour Pat,").contains("Pour ouvrir l'étape :");
    }

    @Test
    void aMeetingInvitationIsInEachInviteesLanguageWithTheDateInWordsOfThatLanguage() throws Exception {
        Planned m = meetingPlanned(TestData.unique("lang"), true);
        people.setPreferredLanguage(m.lou(), "en");

        inviteAllColleges(m);

        MimeMessage[] mails = exactlyOneMailEach("lou." + m.tag() + "@example.org", "pat." + m.tag() + "@example.org");
        MimeMessage english = mails[0];
        assertThat(english.getSubject()).isEqualTo("Faire-Avec: invitation to the meeting \"" + m.title() + "\"");
        assertThat(textIn(english))
                .contains("Hello Lou " + m.tag() + ",")
                .contains("When: Monday 4 March 2030 at 14:30")
                .contains("Where: Maison des associations, 2 rue de la Gare")
                .contains("https://faireavec.example.org" + m.base())
                .doesNotContain("lundi");
        MimeMessage french = mails[1];
        assertThat(french.getSubject()).isEqualTo("Faire-Avec : invitation à la rencontre « " + m.title() + " »");
        assertThat(textIn(french))
                .contains("Bonjour Pat " + m.tag() + ",")
                .contains("Quand : lundi 4 mars 2030 à 14h30");
        // the same event for both, each file saying in its invitee's language to answer on the page
        assertThat(value(event(calendarIn(english, "REQUEST")), "UID")).isEqualTo(m.uid());
        assertThat(value(event(calendarIn(french, "REQUEST")), "UID")).isEqualTo(m.uid());
        assertThat(value(event(calendarIn(english, "REQUEST")), "DESCRIPTION"))
                .contains("To say whether you are coming, answer on the meeting page")
                .doesNotContain("répondez");
        assertThat(value(event(calendarIn(french, "REQUEST")), "DESCRIPTION"))
                .contains("Pour dire si vous venez, répondez sur la page de la rencontre");

        // a cancellation too
        SMTP.purgeEmailFromAllMailboxes();
        new WebScenario(mvc).send(m.carrier(), m.base() + "/cancel");
        mails = exactlyOneMailEach("lou." + m.tag() + "@example.org", "pat." + m.tag() + "@example.org");
        assertThat(mails[0].getSubject()).isEqualTo("Faire-Avec: the meeting \"" + m.title() + "\" is cancelled");
        assertThat(textIn(mails[0])).contains("When: Monday 4 March 2030 at 14:30");
        assertThat(mails[1].getSubject()).isEqualTo("Faire-Avec : la rencontre « " + m.title() + " » est annulée");
    }

    @Test
    void anInvitationCodeMailIsInThePersonsLanguageWithItsDateInWords() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long lou = member(s.experimentationId(), "Lou", "lou.code.english@example.org", College.LIVED_EXPERIENCE);
        people.setPreferredLanguage(lou, "en");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/experimentations/{id}/members/{p}/invitation/email", s.experimentationId(), lou)
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(s.carrier()))
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Faire-Avec: your invitation");
        assertThat(mail.getContent().toString())
                .contains("Hello Lou,")
                .containsPattern("valid until \\d{1,2} (January|February|March|April|May|June|July|August|September"
                        + "|October|November|December) \\d{4}\\)");
    }
}
