package coop.faireavec.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.audit.AuditEvent;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A signed-in person typing their password again to prove it is them (change of password, erasure of their data,
 * two-factor settings) gets 5 wrong tries, then waits (PasswordCheckThrottle): a stolen session cannot guess its way
 * on (found by a newcomer's trial). Even the right password waits then.
 */
@FaireAvecWebTest
class PasswordChecksThrottlingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AuditLog audit;

    @Test
    void theCurrentPasswordOfAPasswordChangeGetsFiveTriesThenWaits() throws Exception {
        AccountPrincipal me = data.account("recheck", false);
        for (int i = 1; i <= 5; i++) {
            assertThat(changeWith(me, "not it " + i))
                    .contains("Mot de passe actuel : ce n")
                    .doesNotContain("trop d");
        }
        // HTML escapes the apostrophe: the text is checked up to it
        assertThat(changeWith(me, TestData.PASSWORD)).contains("Mot de passe actuel : trop d");
        assertThat(audit.about("account", me.getPersonId()))
                .extracting(AuditEvent::getKind)
                .contains(AuditKind.SIGN_IN_THROTTLED);
    }

    @Test
    void thePasswordBeforeErasingOnesDataGetsFiveTriesThenWaits() throws Exception {
        AccountPrincipal me = data.account("recheckerase", false);
        for (int i = 1; i <= 5; i++) {
            assertThat(eraseWith(me, "not it " + i)).doesNotContain("Mot de passe : trop d");
        }
        assertThat(eraseWith(me, TestData.PASSWORD)).contains("Mot de passe : trop d");
    }

    private String changeWith(AccountPrincipal me, String current) throws Exception {
        return mvc.perform(post("/me/password")
                        .with(user(me))
                        .with(csrf())
                        .param("current", current)
                        .param("password", "Une phrase assez longue 42")
                        .param("passwordConfirmation", "Une phrase assez longue 42"))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String eraseWith(AccountPrincipal me, String password) throws Exception {
        return mvc.perform(post("/me/data/erase")
                        .with(user(me))
                        .with(csrf())
                        .param("password", password)
                        .param("confirmed", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
