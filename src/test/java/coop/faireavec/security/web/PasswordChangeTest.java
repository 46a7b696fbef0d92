package coop.faireavec.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A person changes their own password at {@code /me/password} (issue #16, point 3): the current password is asked,
 * the new one twice and through the password policy; once changed, their other sessions end (real sessions in the
 * database) and the one they used goes on; the audit notes it, never the passwords.
 */
@FaireAvecWebTest
class PasswordChangeTest {

    static final String NEW = "une phrase pour mon compte";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AuditLog audit;

    @Test
    void aChangedPasswordEndsTheOtherSessionsButKeepsThisOne() throws Exception {
        AccountPrincipal someone = data.account("pwchange", false);
        MockHttpSession here = signIn(someone.getUsername(), TestData.PASSWORD);
        MockHttpSession elsewhere = signIn(someone.getUsername(), TestData.PASSWORD);

        mvc.perform(get("/me/password").session(here))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("autocomplete=\"current-password\"")));
        change(here, TestData.PASSWORD, NEW, NEW)
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("flash", "flash.ownPasswordChanged"));

        mvc.perform(get("/tasks").session(here)).andExpect(status().isOk());
        mvc.perform(get("/tasks").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(post("/login")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("username", someone.getUsername())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        signIn(someone.getUsername(), NEW);
        assertThat(audit.search(
                                new AuditLog.Filter(
                                        someone.getPersonId(), null, AuditKind.PASSWORD_CHANGED, null, null),
                                0,
                                10)
                        .events())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getActorId()).isEqualTo(someone.getPersonId());
                    assertThat(e.getDetail()).isNull();
                });
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndSaysWhichField() throws Exception {
        AccountPrincipal someone = data.account("pwwrong", false);
        MockHttpSession here = signIn(someone.getUsername(), TestData.PASSWORD);
        MockHttpSession elsewhere = signIn(someone.getUsername(), TestData.PASSWORD);

        change(here, "pas le bon mot de passe", NEW, NEW)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mot de passe actuel : ce n&#39;est pas le bon.")));

        mvc.perform(get("/tasks").session(elsewhere)).andExpect(status().isOk());
        signIn(someone.getUsername(), TestData.PASSWORD);
    }

    @Test
    void theNewPasswordMustBeTypedTwiceTheSameAndPassThePolicy() throws Exception {
        AccountPrincipal someone = data.account("pwpolicy", false);
        MockHttpSession here = signIn(someone.getUsername(), TestData.PASSWORD);

        change(here, TestData.PASSWORD, NEW, NEW + " presque")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les deux mots de passe ne sont pas pareils.")));
        change(here, TestData.PASSWORD, "azertyuiop", "azertyuiop")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce mot de passe est trop connu")));
        change(here, "", NEW, NEW)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mot de passe actuel : tapez-le")));

        signIn(someone.getUsername(), TestData.PASSWORD);
    }

    /**
     * bcrypt reads 72 bytes, not 72 characters: a password of 37 accented letters is refused as too long in words that
     * say why, while the minimum counts characters (4 emoji are 4, not the 8 UTF-16 units Java counts).
     */
    @Test
    void theLengthLimitsCountCharactersForTheMinimumAndBytesForTheMaximumAndSaySo() throws Exception {
        AccountPrincipal someone = data.account("pwlength", false);
        MockHttpSession here = signIn(someone.getUsername(), TestData.PASSWORD);
        String accented = "é".repeat(37);
        change(here, TestData.PASSWORD, accented, accented)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce mot de passe est trop long.")))
                .andExpect(content().string(containsString("compte pour 2 ou plus")));
        String emoji = "\uD83D\uDE42".repeat(4);
        change(here, TestData.PASSWORD, emoji, emoji)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("au moins 8 caractères")));
        String longButPlain = "Une phrase longue mais sans accent du tout, qui fait 72 signes pile !!!!";
        assertThat(longButPlain).hasSize(72);
        change(here, TestData.PASSWORD, longButPlain, longButPlain).andExpect(redirectedUrl("/"));
    }

    private ResultActions change(MockHttpSession session, String current, String password, String confirmation)
            throws Exception {
        return mvc.perform(post("/me/password")
                .session(session)
                .with(csrf())
                .param("current", current)
                .param("password", password)
                .param("passwordConfirmation", confirmation));
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("username", username)
                        .param("password", password))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
        return session;
    }
}
