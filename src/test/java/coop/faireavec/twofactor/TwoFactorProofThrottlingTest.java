package coop.faireavec.twofactor;

import static coop.faireavec.twofactor.TwoFactorTestSupport.enrol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.audit.AuditEvent;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The proof a signed-in person gives to turn two-factor sign-in off or to get new recovery codes (a current code or
 * the password) shares the password checks' 5 wrong tries (ratelimit.PasswordCheckThrottle): a stolen session cannot
 * guess its way to turning two-factor off. Even the right password waits then, and nothing changes.
 */
@FaireAvecWebTest
class TwoFactorProofThrottlingTest {

    static final String PAGE = "/me/security/two-factor";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    MutableClock clock;

    @Autowired
    AuditLog audit;

    @Test
    void turningItOffOrNewRecoveryCodesGetFiveWrongProofsThenWait() throws Exception {
        AccountPrincipal me = data.account("proofthrottle", false);
        List<String> codes = enrol(twoFactor, me, clock).recoveryCodes();
        for (int i = 1; i <= 3; i++) {
            assertThat(proofError(me, "/disable", "not it " + i))
                    .contains("ne marche pas")
                    .doesNotContain("trop d");
        }
        for (int i = 4; i <= 5; i++) {
            assertThat(proofError(me, "/recovery-codes", "not it " + i))
                    .contains("ne marche pas")
                    .doesNotContain("trop d");
        }

        assertThat(proofError(me, "/disable", TestData.PASSWORD)).contains("Code ou mot de passe : trop d");
        assertThat(twoFactor.isOn(me.getPersonId())).as("still on").isTrue();
        assertThat(proofError(me, "/recovery-codes", TestData.PASSWORD)).contains("Code ou mot de passe : trop d");
        assertThat(twoFactor.recoveryCodesLeft(me.getPersonId())).isEqualTo(codes.size());
        assertThat(audit.about("account", me.getPersonId()))
                .extracting(AuditEvent::getKind)
                .contains(AuditKind.SIGN_IN_THROTTLED);
    }

    /** The text next to the proof field after sending {@code proof} to {@code PAGE + action}. */
    private String proofError(AccountPrincipal me, String action, String proof) throws Exception {
        String html = mvc.perform(
                        post(PAGE + action).with(user(me)).with(csrf()).param("proof", proof))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html).select("#proof-error").text();
    }
}
