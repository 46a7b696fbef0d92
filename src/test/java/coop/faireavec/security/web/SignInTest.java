package coop.faireavec.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MockSessionIds;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@FaireAvecWebTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void theSignInPageIsPublicAndInFrenchByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Se connecter")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"fr\"")));
    }

    @Test
    void englishIsAvailableWithLangParameter() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
    }

    @Test
    void aGoodPasswordSignsInAndChangesTheSessionId() throws Exception {
        AccountPrincipal someone = data.account("signin", false);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/login").session(session)).andExpect(status().isOk());
        String before = MockSessionIds.sessionId(session);
        assertThat(before).as("the sign-in page's session (its CSRF token)").isNotNull();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", someone.getUsername())
                        .param("password", TestData.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        assertThat(MockSessionIds.sessionId(session)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void aWrongPasswordIsRefusedWithAPlainMessage() throws Exception {
        AccountPrincipal someone = data.account("signin", false);
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", someone.getUsername())
                        .param("password", "wrong-one"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ne va pas")));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        AccountPrincipal someone = data.account("hash", false);
        assertThat(someone.getPassword()).startsWith("$2a$").doesNotContain(TestData.PASSWORD);
        int cost = Integer.parseInt(someone.getPassword().substring(4, 6));
        assertThat(cost).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        AccountPrincipal someone = data.account("csrf", false);
        // the sign-in form without its token (a stale page) signs nobody in: back to the form, "page expired"
        mvc.perform(post("/login").param("username", someone.getUsername()).param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?expired"));
        TestData.Scenario s = data.draftExperimentation();
        mvc.perform(post("/experimentations/{id}/start", s.experimentationId()).with(user(s.carrier())))
                .andExpect(status().isForbidden());
        assertThat(data.experimentation(s.experimentationId()).getStatus().name())
                .isEqualTo("DRAFT");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/tasks")).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                                        org.hamcrest.Matchers.containsString("style-src 'self'"),
                                        org.hamcrest.Matchers.not(
                                                org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void noActuatorEndpointBeyondHealthAndMetricsAndNoDatabaseConsole() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        AccountPrincipal admin = data.admin();
        mvc.perform(get("/actuator/env").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/h2-console").with(user(admin))).andExpect(status().isNotFound());
    }
}
