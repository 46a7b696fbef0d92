package coop.faireavec.twofactor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.TestData;
import java.time.Clock;
import java.util.List;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** What the two-factor tests share: enrolling someone, the code of now, signing in with the password only. */
final class TwoFactorTestSupport {

    private TwoFactorTestSupport() {}

    /** Someone's enrolment: the secret their app holds, the recovery codes they were shown, the code that confirmed it. */
    record Enrolled(String secret, List<String> recoveryCodes, String confirmedWith) {}

    static Enrolled enrol(TwoFactorService twoFactor, AccountPrincipal who, Clock clock) {
        TwoFactorService.Enrolment enrolment = twoFactor.enrolment(who.viewer());
        String code = codeNow(enrolment.secret(), clock);
        List<String> codes = twoFactor.confirm(who.viewer(), actor(who), code).orElseThrow();
        return new Enrolled(enrolment.secret(), codes, code);
    }

    /** The code an authenticator app shows at the clock's instant. */
    static String codeNow(String secret, Clock clock) {
        return TotpCodes.codeAt(secret, TotpCodes.stepOf(clock.instant()));
    }

    /**
     * Moves the (real-time) test clock to one second into the next 30-second step, so that the step does not change
     * during the next 25 seconds of a test.
     */
    static void toStartOfAStep(coop.faireavec.support.MutableClock clock) {
        long intoStep = Math.floorMod(clock.instant().getEpochSecond(), TotpCodes.PERIOD_SECONDS);
        clock.advance(java.time.Duration.ofSeconds(TotpCodes.PERIOD_SECONDS - intoStep + 1));
    }

    static AuditLog.Actor actor(AccountPrincipal who) {
        return new AuditLog.Actor(who.getPersonId(), who.getDisplayName(), "127.0.0.1");
    }

    /** The sign-in form with the right password, in that session; the answer (a redirect). */
    static MockHttpServletResponse password(MockMvc mvc, MockHttpSession session, AccountPrincipal who)
            throws Exception {
        return mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", who.getUsername())
                        .param("password", TestData.PASSWORD))
                .andReturn()
                .getResponse();
    }
}
