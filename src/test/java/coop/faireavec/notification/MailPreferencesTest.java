package coop.faireavec.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.TestData;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Consents to mails (issue #16, point 9) through the preferences page: a person who withdraws contact by e-mail gets
 * no notification mail queued (their in-app notification stays), one who turns a kind off gets no mail of that kind
 * but still the others, giving consent back brings mails back, a password reset mail always goes; every change is a
 * history row with its date, who made it and how, shown on the page.
 */
class MailPreferencesTest extends MailConsentWebTestBase {

    @Autowired
    MockMvc mvc;

    @Autowired
    NotificationService notifications;

    @Autowired
    MailConsentChangeRepository changes;

    @Autowired
    MembershipService memberships;

    @Test
    void withdrawnConsentToEmailQueuesNoNotificationMailButTheInAppOneStays() throws Exception {
        String address = TestData.unique("lou") + "@example.org";
        AccountPrincipal lou = personWithAddress(address);
        String witnessAddress = TestData.unique("witness") + "@example.org";
        AccountPrincipal witness = personWithAddress(witnessAddress);

        mvc.perform(choose(lou, "false")).andExpect(status().is3xxRedirection());
        remind(lou, witness);

        assertThat(mailsQueuedTo(address)).isZero();
        assertThat(mailsQueuedTo(witnessAddress)).isOne();
        assertThat(notifications.all(lou.getPersonId())).hasSize(1);
    }

    @Test
    void aKindTurnedOffIsNotMailedWhileTheOtherKindsStillAre() throws Exception {
        String address = TestData.unique("sam") + "@example.org";
        AccountPrincipal sam = personWithAddress(address);

        // yes to e-mail, every kind ticked except MEETING
        mvc.perform(choose(sam, "true", "REMINDER", "ESCALATION", "NEW_STEP", "RESULTS", "MODERATION"))
                .andExpect(redirectedUrl("/me/preferences"));
        notifications.notify(
                List.of(sam.getPersonId()), null, NotificationKind.MEETING, "notification.reminder", "Étape", "/");
        assertThat(mailsQueuedTo(address)).isZero();
        notifications.notify(
                List.of(sam.getPersonId()), null, NotificationKind.RESULTS, "notification.reminder", "Étape", "/");
        assertThat(mailsQueuedTo(address)).isOne();
    }

    @Test
    void consentGivenBackBringsMailsBackAndEveryChangeIsAHistoryRowShownOnThePage() throws Exception {
        String address = TestData.unique("ali") + "@example.org";
        AccountPrincipal ali = personWithAddress(address);

        mvc.perform(choose(ali, "false", allKinds())).andExpect(status().is3xxRedirection());
        mvc.perform(choose(ali, "true", allKinds())).andExpect(status().is3xxRedirection());
        // the same choice again: no new row
        mvc.perform(choose(ali, "true", allKinds())).andExpect(status().is3xxRedirection());
        remind(ali);

        assertThat(mailsQueuedTo(address)).isOne();
        List<MailConsentChange> history = changes.findByPersonIdOrderByChangedAtDescIdDesc(ali.getPersonId());
        assertThat(history)
                .extracting(MailConsentChange::getTopic, MailConsentChange::isGranted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MailPreferences.EMAIL, true),
                        org.assertj.core.groups.Tuple.tuple(MailPreferences.EMAIL, false));
        assertThat(history).allSatisfy(c -> {
            assertThat(c.getChangedBy()).isEqualTo(ali.getPersonId());
            assertThat(c.getChannel()).isEqualTo(MailConsentChange.Channel.PREFERENCES_PAGE);
            assertThat(c.getChangedAt()).isNotNull();
        });

        Document page = Jsoup.parse(mvc.perform(get("/me/preferences").with(user(ali)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".consent-history li")).hasSize(2);
        assertThat(page.select(".consent-history li").first().text())
                .contains("Être contacté par e-mail", "accepté", ali.getDisplayName());
        assertThat(page.select("input[name=email][value=true]").hasAttr("checked"))
                .isTrue();
    }

    @Test
    void aPasswordResetMailGoesEvenWithoutConsentToEmail() throws Exception {
        String address = TestData.unique("noe") + "@example.org";
        AccountPrincipal noe = personWithAddress(address);
        mvc.perform(choose(noe, "false")).andExpect(status().is3xxRedirection());

        boolean sent = notifications.mailPersonally(
                noe.getPersonId(),
                "passwordReset.mail.subject",
                "passwordReset.mail.body",
                new Object[] {"2"},
                "/password/reset");

        assertThat(sent).isTrue();
        assertThat(mailsQueuedTo(address)).isOne();
    }

    @Test
    void noAnswerToTheEmailQuestionShowsTheErrorAndChangesNothing() throws Exception {
        AccountPrincipal kim = personWithAddress(TestData.unique("kim") + "@example.org");

        String html = mvc.perform(post("/me/preferences").with(user(kim)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(html).select("#email-error").text()).contains("acceptez les e-mails");
        assertThat(changes.findByPersonIdOrderByChangedAtDescIdDesc(kim.getPersonId()))
                .isEmpty();
    }

    @Test
    void aCarrierNotesAMembersChoiceAtTheirRequestAndTheHistoryNamesTheCarrier() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        String address = TestData.unique("jo") + "@example.org";
        AccountPrincipal jo = personWithAddress(address);
        memberships.addMember(
                jo.getPersonId(),
                s.experimentationId(),
                College.LIVED_EXPERIENCE,
                Set.of(ExperimentationRole.PARTICIPANT));
        String path = "/experimentations/" + s.experimentationId() + "/members/" + jo.getPersonId() + "/preferences";

        mvc.perform(post(path)
                        .with(user(data.draftExperimentation().carrier()))
                        .with(csrf())
                        .param("email", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("email", "false")
                        .param("kinds", allKinds()))
                .andExpect(redirectedUrl(path));
        remind(jo);

        assertThat(mailsQueuedTo(address)).isZero();
        assertThat(changes.findByPersonIdOrderByChangedAtDescIdDesc(jo.getPersonId()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.getChangedBy()).isEqualTo(s.carrier().getPersonId());
                    assertThat(c.getChannel()).isEqualTo(MailConsentChange.Channel.CARRIER);
                });
        Document own = Jsoup.parse(mvc.perform(get("/me/preferences").with(user(jo)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(own.select(".consent-history li").text())
                .contains("retiré", s.carrier().getDisplayName());
    }

    private static String[] allKinds() {
        return java.util.Arrays.stream(NotificationKind.values())
                .map(Enum::name)
                .toArray(String[]::new);
    }

    private static MockHttpServletRequestBuilder choose(AccountPrincipal who, String email, String... kinds) {
        MockHttpServletRequestBuilder request =
                post("/me/preferences").with(user(who)).with(csrf()).param("email", email);
        return kinds.length == 0 ? request : request.param("kinds", kinds);
    }

    private void remind(AccountPrincipal... who) {
        notifications.notify(
                java.util.Arrays.stream(who).map(AccountPrincipal::getPersonId).toList(),
                null,
                NotificationKind.REMINDER,
                "notification.reminder",
                "Étape",
                "/tasks/1");
    }
}
