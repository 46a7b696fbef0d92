package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.participation.MemberService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A person's language: chosen with the "English / Français" link while signed in, kept with them (their e-mails use
 * it, see MailNotificationsWebTest), applied again when they sign in, and optionally set by a carrier adding them.
 */
@FaireAvecWebTest
class PreferredLanguageWebTest {

    static final String COOKIE = "faireavec-lang";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    PeopleService people;

    @Autowired
    MemberService members;

    private String preferredLanguage(long personId) {
        return people.get(personId).getPreferredLanguage();
    }

    @Test
    void aSignedInPersonSwitchingLanguageWithTheLinkHasItRemembered() throws Exception {
        AccountPrincipal someone = data.account("lang", false);
        assertThat(preferredLanguage(someone.getPersonId())).isNull();

        mvc.perform(get("/").param("lang", "en").with(user(someone)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign out")));
        assertThat(preferredLanguage(someone.getPersonId())).isEqualTo("en");

        // a language Faire-Avec does not speak changes nothing
        mvc.perform(get("/").param("lang", "xx").with(user(someone))).andExpect(status().isOk());
        assertThat(preferredLanguage(someone.getPersonId())).isEqualTo("en");
        mvc.perform(get("/").param("lang", "").with(user(someone))).andExpect(status().isOk());
        assertThat(preferredLanguage(someone.getPersonId())).isEqualTo("en");

        mvc.perform(get("/tasks").param("lang", "fr").with(user(someone)).header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().isOk());
        assertThat(preferredLanguage(someone.getPersonId())).isEqualTo("fr");
    }

    @Test
    void aLinkOnAnotherSiteChangesThePageButNotThePersonsLanguage() throws Exception {
        AccountPrincipal someone = data.account("lang", false);
        mvc.perform(get("/").param("lang", "en").with(user(someone)).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign out")));
        assertThat(preferredLanguage(someone.getPersonId())).isNull();
    }

    @Test
    void onlySupportedLanguagesCanBeStored() {
        AccountPrincipal someone = data.account("lang", false);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> people.setPreferredLanguage(someone.getPersonId(), "de"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(preferredLanguage(someone.getPersonId())).isNull();
    }

    private MvcResult signIn(AccountPrincipal someone, Cookie... cookies) throws Exception {
        var request = post("/login")
                .session(new MockHttpSession())
                .with(csrf())
                .param("username", someone.getUsername())
                .param("password", TestData.PASSWORD);
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andExpect(redirectedUrl("/")).andReturn();
    }

    @Test
    void signingInShowsThePagesInThePersonsSavedLanguage() throws Exception {
        AccountPrincipal someone = data.account("lang", false);
        people.setPreferredLanguage(someone.getPersonId(), "en");

        MvcResult signedIn = signIn(someone);

        Cookie language = signedIn.getResponse().getCookie(COOKIE);
        assertThat(language).isNotNull();
        assertThat(language.getValue()).isEqualTo("en");
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
        mvc.perform(get("/").session(session).cookie(language))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("My steps")));
    }

    @Test
    void signingInWithoutAChoiceKeepsTheLanguageOfTheSignInPage() throws Exception {
        AccountPrincipal french = data.account("lang", false);
        MvcResult signedIn = signIn(french);
        assertThat(signedIn.getResponse().getCookie(COOKIE)).isNull();
        assertThat(preferredLanguage(french.getPersonId())).isNull();

        // chose English on the sign-in page, never chose before: English is kept, for e-mails too
        AccountPrincipal english = data.account("lang", false);
        signIn(english, new Cookie(COOKIE, "en"));
        assertThat(preferredLanguage(english.getPersonId())).isEqualTo("en");

        // a saved choice wins over the sign-in page's language
        AccountPrincipal chosen = data.account("lang", false);
        people.setPreferredLanguage(chosen.getPersonId(), "fr");
        MvcResult result = signIn(chosen, new Cookie(COOKIE, "en"));
        assertThat(result.getResponse().getCookie(COOKIE).getValue()).isEqualTo("fr");
        assertThat(preferredLanguage(chosen.getPersonId())).isEqualTo("fr");
    }

    @Test
    void aCarrierAddingSomeoneMayChooseEnglishForTheirMailsOrLeaveFrench() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        String base = "/experimentations/" + s.experimentationId() + "/members";
        mvc.perform(get(base).with(user(s.carrier()))).andExpect(content().string(containsString("name=\"language\"")));

        String english = TestData.unique("Alex");
        mvc.perform(post(base)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("displayName", english)
                        .param("college", "LIVED_EXPERIENCE")
                        .param("role", "PARTICIPANT")
                        .param("language", "en"))
                .andExpect(redirectedUrl(base));
        String french = TestData.unique("Momo");
        mvc.perform(post(base)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("displayName", french)
                        .param("college", "LIVED_EXPERIENCE")
                        .param("role", "PARTICIPANT")
                        .param("language", ""))
                .andExpect(redirectedUrl(base));
        String refused = TestData.unique("Zed");
        mvc.perform(post(base)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("displayName", refused)
                        .param("college", "LIVED_EXPERIENCE")
                        .param("role", "PARTICIPANT")
                        .param("language", "xx"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une langue de la liste.")));

        var byName = new java.util.HashMap<String, Person>();
        members.members(s.carrier().viewer(), s.experimentationId())
                .forEach(m -> byName.put(m.displayName(), people.get(m.personId())));
        assertThat(byName.get(english).getPreferredLanguage()).isEqualTo("en");
        assertThat(byName.get(french).getPreferredLanguage()).isNull();
        assertThat(byName.get(french).language()).isEqualTo(coop.faireavec.people.Language.FRENCH);
        assertThat(byName).doesNotContainKey(refused);
    }
}
