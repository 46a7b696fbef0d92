package coop.faireavec.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.participation.College;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.UserAccount;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MockSessionIds;
import coop.faireavec.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

/** The administration area (issue #11): pages, account disabling, the last administrator, merging two records. */
@FaireAvecWebTest
class AdminWebTest {

    @Autowired
    MockMvc mvc;

    /** Sessions are stored in the database (Spring Session JDBC). */
    @Autowired
    SessionRepository<?> sessions;

    @Autowired
    TestData data;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    coop.faireavec.invitation.InvitationService invitations;

    @Test
    void everyAdministrationPageOpensForAnAdministratorAndIsRefusedToCarriersAndParticipants() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal admin = data.admin();
        AccountPrincipal participant = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        List<String> pages = List.of(
                "/admin",
                "/admin/audit",
                "/admin/territories",
                "/admin/territories/" + s.territoryId(),
                "/admin/people",
                "/admin/people/" + participant.getPersonId(),
                "/admin/people?q=Personne&experimentation=" + s.experimentationId(),
                "/admin/experimentations",
                "/admin/platform");
        for (String page : pages) {
            mvc.perform(get(page).with(user(admin)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("aria-label=\"Administration\"")));
            mvc.perform(get(page).with(user(s.carrier()))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(user(participant))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/").with(user(admin))).andExpect(content().string(containsString("href=\"/admin\"")));
        mvc.perform(get("/").with(user(s.carrier())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/admin\""))));
    }

    @Test
    void theExperimentationsOverviewShowsTerritoryCarriersAndThePeopleSearchFindsByExperimentation() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        String title = data.experimentation(s.experimentationId()).getTitle();
        mvc.perform(get("/admin/experimentations").with(user(data.admin())))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString(s.carrier().getDisplayName())));
        mvc.perform(get("/admin/people")
                        .param("experimentation", String.valueOf(s.experimentationId()))
                        .with(user(data.admin())))
                .andExpect(content().string(containsString("6 personne(s) trouvée(s)")))
                .andExpect(content().string(containsString(s.carrier().getDisplayName())));
    }

    @Test
    void disablingAnAccountSignsItsLiveSessionOutOnItsNextRequestAndTheAuditSaysWhoDidIt() throws Exception {
        AccountPrincipal someone = data.account("disabled", false);
        AccountPrincipal admin = data.admin();
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("username", someone.getUsername())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
        String storedId = MockSessionIds.sessionId(session);
        assertThat(sessions.findById(storedId))
                .as("the session, in the database")
                .isNotNull();

        mvc.perform(post("/admin/people/" + someone.getPersonId() + "/enabled")
                        .param("enabled", "false")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(redirectedUrl("/admin/people/" + someone.getPersonId()))
                .andExpect(flash().attribute("flash", "flash.accountDisabled"));

        mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl("/login?ended"));
        assertThat(sessions.findById(storedId))
                .as("the session, deleted from the database")
                .isNull();
        mvc.perform(get("/login").param("ended", ""))
                .andExpect(content().string(containsString("Votre session a été fermée.")));
        mvc.perform(post("/login")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("username", someone.getUsername())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/admin/people/" + someone.getPersonId()).with(user(admin)))
                .andExpect(content().string(containsString("Compte désactivé")))
                .andExpect(content().string(containsString("par " + admin.getDisplayName())));

        mvc.perform(post("/admin/people/" + someone.getPersonId() + "/enabled")
                .param("enabled", "true")
                .with(csrf())
                .with(user(admin)));
        mvc.perform(post("/login")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("username", someone.getUsername())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theLastAdministratorKeepsTheRoleAndTheAccount() throws Exception {
        AccountPrincipal last = data.admin();
        List<UserAccount> others = people.administrators().stream()
                .filter(a -> a.getPerson().getId() != last.getPersonId())
                .toList();
        others.forEach(a -> people.setAccountEnabled(a.getPerson().getId(), false));
        try {
            mvc.perform(post("/admin/people/" + last.getPersonId() + "/admin")
                            .param("admin", "false")
                            .with(csrf())
                            .with(user(last)))
                    .andExpect(flash().attribute("flash", "conflict.lastAdmin"));
            mvc.perform(post("/admin/people/" + last.getPersonId() + "/enabled")
                            .param("enabled", "false")
                            .with(csrf())
                            .with(user(last)))
                    .andExpect(flash().attribute("flash", "conflict.lastAdmin"));
            UserAccount account = people.accountOf(last.getPersonId()).orElseThrow();
            assertThat(account.isAdmin()).isTrue();
            assertThat(account.isEnabled()).isTrue();
        } finally {
            others.forEach(a -> people.setAccountEnabled(a.getPerson().getId(), true));
        }
        AccountPrincipal second = data.admin();
        mvc.perform(post("/admin/people/" + last.getPersonId() + "/admin")
                        .param("admin", "false")
                        .with(csrf())
                        .with(user(second)))
                .andExpect(flash().attribute("flash", "flash.adminRemoved"));
        assertThat(people.accountOf(last.getPersonId()).orElseThrow().isAdmin()).isFalse();
    }

    @Test
    void mergingTwoRecordsKeepsEveryContributionMembershipAndMeetingOnTheKeptOne() throws Exception {
        TestData.Scenario mine = data.runningExperimentation();
        TestData.Scenario other = data.runningExperimentation();
        AccountPrincipal kept = data.memberOfCollege(mine.experimentationId(), College.LIVED_EXPERIENCE);
        AccountPrincipal duplicate = data.memberOfCollege(other.experimentationId(), College.LIVED_EXPERIENCE);
        data.meetingWithWords(mine, kept);
        data.meetingWithWords(other, duplicate);
        // the duplicate also joined the kept one's experimentation: the two memberships become one
        data.addToExperimentation(duplicate, mine.experimentationId(), College.LIVED_EXPERIENCE);
        long before = count("contribution", "author_id", kept.getPersonId())
                + count("contribution", "author_id", duplicate.getPersonId());
        AccountPrincipal admin = data.admin();

        mvc.perform(post("/admin/people/" + kept.getPersonId() + "/merge")
                        .param("otherPersonId", String.valueOf(duplicate.getPersonId()))
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(redirectedUrl("/admin/people/" + kept.getPersonId()))
                .andExpect(flash().attribute("flash", "flash.peopleMerged"));

        assertThat(count("contribution", "author_id", kept.getPersonId()))
                .isEqualTo(before)
                .isEqualTo(2);
        assertThat(count("contribution", "recorded_by_id", duplicate.getPersonId()))
                .isZero();
        assertThat(count("meeting_participant", "person_id", kept.getPersonId()))
                .isEqualTo(2);
        assertThat(count("membership", "person_id", kept.getPersonId())).isEqualTo(2);
        assertThat(count("membership", "person_id", duplicate.getPersonId())).isZero();
        assertThat(count("person", "id", duplicate.getPersonId())).isZero();
        assertThat(people.accountOf(duplicate.getPersonId())).isEmpty();
        mvc.perform(get("/admin/people/" + kept.getPersonId()).with(user(admin)))
                .andExpect(content().string(containsString("Deux fiches fusionnées")))
                .andExpect(content().string(containsString("par " + admin.getDisplayName())));
    }

    @Test
    void aMergeWithAnUnknownOrTheSameRecordSaysSoInThePage() throws Exception {
        AccountPrincipal someone = data.account("merge", false);
        AccountPrincipal admin = data.admin();
        mvc.perform(post("/admin/people/" + someone.getPersonId() + "/merge")
                        .param("otherPersonId", "999999999")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune fiche ne porte ce numéro.")));
        mvc.perform(post("/admin/people/" + someone.getPersonId() + "/merge")
                        .param("otherPersonId", String.valueOf(someone.getPersonId()))
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("C&#39;est la même fiche")));
        mvc.perform(post("/admin/people/" + someone.getPersonId() + "/merge")
                        .param("otherPersonId", "abc")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isOk());
    }

    @Test
    void anEmptyTerritoryNameOrMergeNumberIsRefusedWithAMessageNamingTheField() throws Exception {
        AccountPrincipal admin = data.admin();
        AccountPrincipal someone =
                data.memberOfCollege(data.runningExperimentation().experimentationId(), College.LIVED_EXPERIENCE);
        mvc.perform(post("/admin/territories").param("name", "").with(csrf()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le nom du territoire.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("ne doit pas"))));
        mvc.perform(post("/admin/people/" + someone.getPersonId() + "/merge")
                        .param("otherPersonId", "-5")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le numéro de l&#39;autre fiche")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("doit être supérieur"))));
    }

    @Test
    void aTerritoryIsOpenedRenamedAndArchivedAndATakenNameIsRefusedInThePage() throws Exception {
        AccountPrincipal admin = data.admin();
        String name = TestData.unique("Bassin de ");
        mvc.perform(post("/admin/territories")
                        .param("name", name)
                        .param("description", "Lens, Liévin")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(redirectedUrl("/admin/territories"));
        mvc.perform(post("/admin/territories")
                        .param("name", name.toUpperCase())
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un autre territoire porte déjà ce nom.")));
        long id = jdbc.queryForObject("select id from APP.territory where name = ?", Long.class, name);
        mvc.perform(post("/admin/territories/" + id)
                        .param("name", name + " Nord")
                        .param("description", "Avion")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(redirectedUrl("/admin/territories"));
        mvc.perform(post("/admin/territories/" + id + "/archive")
                        .param("archived", "true")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(redirectedUrl("/admin/territories"));
        mvc.perform(get("/admin/territories").with(user(admin)))
                .andExpect(content().string(containsString(name + " Nord")))
                .andExpect(content().string(containsString("Avion")));
        mvc.perform(get("/experimentations/new").with(user(admin)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(name + " Nord"))));
        mvc.perform(get("/admin").with(user(admin)))
                .andExpect(content().string(containsString("Territoire archivé ou remis")));
    }

    @Test
    void anAdministratorResetsAccessWithAnInvitationCardAndTheAuditNotesIt() throws Exception {
        // MockMvc does not follow the forward to the card page: AdminBrowserTest shows the card
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal participant = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);
        AccountPrincipal admin = data.admin();
        mvc.perform(post("/admin/people/" + participant.getPersonId() + "/invitation")
                        .param("experimentation", String.valueOf(s.experimentationId()))
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(forwardedUrl("/experimentations/" + s.experimentationId() + "/members/"
                        + participant.getPersonId() + "/invitation"));
        // what the servlet container does with the forward: the card page makes the code and notes the reset
        mvc.perform(post("/experimentations/" + s.experimentationId() + "/members/" + participant.getPersonId()
                                + "/invitation")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/people/" + participant.getPersonId()).with(user(admin)))
                .andExpect(content().string(containsString("Code d&#39;invitation créé")));
        // an experimentation the person is not in: said in the page, no card
        mvc.perform(post("/admin/people/" + participant.getPersonId() + "/invitation")
                        .param("experimentation", "0")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(flash().attribute("flash", "flash.pickExperimentation"));
    }

    @Test
    void aNewPasswordFromAnInvitationCodeEndsTheSessionsOfTheOldOne() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal participant = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);
        MockHttpSession old = signIn(participant);
        String code = invitations
                .create(data.admin().viewer(), s.experimentationId(), participant.getPersonId())
                .code();

        invitations.redeem(code, participant.getUsername(), "un tout nouveau mot de passe");

        mvc.perform(get("/tasks").session(old)).andExpect(redirectedUrl("/login?ended"));
    }

    private MockHttpSession signIn(AccountPrincipal someone) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("username", someone.getUsername())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
        return session;
    }

    private long count(String table, String column, long id) {
        return jdbc.queryForObject("select count(*) from APP." + table + " where " + column + " = ?", Long.class, id);
    }
}
