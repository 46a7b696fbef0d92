package coop.faireavec.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FaireAvecWebTest
class SessionKeepAliveTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void signedInPagesCarryTheSessionLengthAndTheWarningButSignInDoesNot() throws Exception {
        AccountPrincipal someone = data.account("session", false);
        mvc.perform(get("/").with(user(someone)))
                .andExpect(content().string(containsString("data-session-seconds=\"1800\"")))
                .andExpect(content().string(containsString("Rester connecté")))
                .andExpect(content().string(containsString("/js/session.js")));
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("data-session-seconds"))));
    }

    @Test
    void stayingSignedInNeedsTheCsrfToken() throws Exception {
        AccountPrincipal someone = data.account("session", false);
        mvc.perform(post("/session/keepalive").with(user(someone))).andExpect(status().isForbidden());
        mvc.perform(post("/session/keepalive").with(user(someone)).with(csrf())).andExpect(status().isNoContent());
    }
}
