package coop.faireavec.twofactor;

import static coop.faireavec.twofactor.TwoFactorTestSupport.codeNow;
import static coop.faireavec.twofactor.TwoFactorTestSupport.enrol;
import static coop.faireavec.twofactor.TwoFactorTestSupport.password;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.audit.AuditEvent;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.people.PeopleService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue #16, point 2: signing in with two-factor sign-in, through the real sign-in form and sessions (MockMvc with
 * Spring Session), with a clock the test moves: the code step, code replay, recovery codes, remembered devices, what a
 * half-signed-in session reaches, and enrolment required of carriers and administrators.
 */
@FaireAvecWebTest
@TestPropertySource(properties = "faireavec.two-factor.required-for-carriers-and-admins=true")
class TwoFactorSignInTest {

    static final String CODE_PAGE = "/login/two-factor";

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

    @Autowired
    PeopleService people;

    @Autowired
    coop.faireavec.invitation.InvitationService invitations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRightPasswordAsksForTheCodeAndOnlyARightCodeSignsIn() throws Exception {
        AccountPrincipal me = data.account("totp", false);
        TwoFactorTestSupport.Enrolled enrolled = enrol(twoFactor, me, clock);
        clock.advance(Duration.ofMinutes(1));

        MockHttpSession session = new MockHttpSession();
        assertThat(password(mvc, session, me).getRedirectedUrl()).isEqualTo(CODE_PAGE);
        assertThat(answer(get(CODE_PAGE), session).getStatus()).isEqualTo(200);
        assertThat(answer(get("/"), session).getRedirectedUrl())
                .as("not signed in yet")
                .endsWith("/login");

        MockHttpServletResponse wrong = code(session, "12345x", false);
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("Ce code ne marche pas").contains("Encore 4 essais");
        assertThat(answer(get("/"), session).getRedirectedUrl()).endsWith("/login");

        MockHttpServletResponse right = code(session, codeNow(enrolled.secret(), clock), false);
        assertThat(right.getRedirectedUrl()).isEqualTo("/");
        assertThat(answer(get("/"), session).getStatus()).as("signed in").isEqualTo(200);
        assertThat(right.getCookie("FA_DEVICE"))
                .as("no device remembered unless asked")
                .isNull();
        assertThat(audit.about("person", me.getPersonId()))
                .extracting(AuditEvent::getKind)
                .contains(AuditKind.TWO_FACTOR_CODE_REFUSED);
        assertThat(audit.about("account", me.getPersonId()))
                .as("the code step that signed in is in the audit")
                .anySatisfy(e -> {
                    assertThat(e.getKind()).isEqualTo(AuditKind.SIGNED_IN);
                    assertThat(e.getDetail()).contains("double authentification");
                });
    }

    @Test
    void aHalfSignedInSessionReachesNothingElse() throws Exception {
        AccountPrincipal admin = data.admin();
        enrol(twoFactor, admin, clock);
        TestData.Scenario s = data.runningExperimentation();
        MockHttpSession session = new MockHttpSession();
        assertThat(password(mvc, session, admin).getRedirectedUrl()).isEqualTo(CODE_PAGE);
        for (String path : List.of(
                "/",
                "/tasks",
                "/me/contributions",
                "/me/security/two-factor",
                "/admin",
                "/admin/people",
                "/experimentations/" + s.experimentationId())) {
            assertThat(answer(get(path), session).getRedirectedUrl())
                    .as("GET %s", path)
                    .endsWith("/login");
        }
        MockHttpServletResponse post = answer(
                post("/admin/people/{id}/enabled", admin.getPersonId())
                        .with(csrf())
                        .param("enabled", "false"),
                session);
        assertThat(post.getRedirectedUrl()).as("POST in the administration").endsWith("/login");
        assertThat(people.signInStateOf(admin.getPersonId()).orElseThrow().enabled())
                .isTrue();
        for (String notice : List.of("/privacy", "/legal", "/accessibility")) {
            assertThat(answer(get(notice), session).getStatus())
                    .as("the footer's %s while half signed in", notice)
                    .isEqualTo(200);
        }
        // the sign-in page sends the waiting session on to its code step
        assertThat(answer(get("/login"), session).getRedirectedUrl()).isEqualTo(CODE_PAGE);
    }

    /**
     * Someone who knows the password cannot type it again for five more guesses without end: wrong codes are counted
     * per account by ratelimit.TwoFactorCodeThrottle (10 free), and a right password does not refill that count.
     */
    @Test
    void typingThePasswordAgainGivesNoMoreGuessesThanTheAccountsCodeBucket() throws Exception {
        AccountPrincipal me = data.account("guesser", false);
        TwoFactorTestSupport.Enrolled enrolled = enrol(twoFactor, me, clock);
        clock.advance(Duration.ofMinutes(1));
        MockHttpSession session = new MockHttpSession();
        for (int round = 0; round < 2; round++) {
            assertThat(password(mvc, session, me).getRedirectedUrl()).isEqualTo(CODE_PAGE);
            for (int i = 1; i <= 4; i++) {
                code(session, "11111" + i, false);
            }
            assertThat(code(session, "111115", false).getRedirectedUrl()).isEqualTo("/login?tooManyCodes");
        }
        assertThat(password(mvc, session, me).getRedirectedUrl()).isEqualTo(CODE_PAGE);
        MockHttpServletResponse refused = code(session, codeNow(enrolled.secret(), clock), false);
        assertThat(refused.getRedirectedUrl())
                .as("the 11th code, even a right one, waits")
                .isEqualTo("/login?throttled");
        assertThat(answer(get("/login?throttled"), session).getContentAsString())
                .contains("Réessayez dans 15 minutes");
        assertThat(audit.about("account", me.getPersonId()))
                .extracting(AuditEvent::getKind)
                .contains(AuditKind.SIGN_IN_THROTTLED);
    }

    @Test
    void fiveWrongCodesSendThePersonBackToThePassword() throws Exception {
        AccountPrincipal me = data.account("fivewrong", false);
        TwoFactorTestSupport.Enrolled enrolled = enrol(twoFactor, me, clock);
        clock.advance(Duration.ofMinutes(1));
        MockHttpSession session = new MockHttpSession();
        password(mvc, session, me);
        for (int i = 1; i <= 4; i++) {
            assertThat(code(session, "99999" + i, false).getStatus()).isEqualTo(200);
        }
        assertThat(code(session, "999995", false).getRedirectedUrl()).isEqualTo("/login?tooManyCodes");
        assertThat(code(session, codeNow(enrolled.secret(), clock), false).getRedirectedUrl())
                .as("even the right code now: the password comes first")
                .isEqualTo("/login");
        assertThat(answer(get("/"), session).getRedirectedUrl()).endsWith("/login");
        assertThat(answer(get("/login").param("tooManyCodes", ""), session).getContentAsString())
                .contains("Trop de codes faux");
    }

    @Test
    void aCodeIsAcceptedOnceOnlyAndTheNextStepsCodeWorks() throws Exception {
        AccountPrincipal me = data.account("replay", false);
        TwoFactorTestSupport.Enrolled enrolled = enrol(twoFactor, me, clock);
        String usedAtEnrolment = enrolled.confirmedWith();

        MockHttpSession first = new MockHttpSession();
        password(mvc, first, me);
        assertThat(code(first, usedAtEnrolment, false).getStatus())
                .as("the code that confirmed the enrolment")
                .isEqualTo(200);

        clock.advance(Duration.ofSeconds(90));
        String code = codeNow(enrolled.secret(), clock);
        assertThat(code(first, code, false).getRedirectedUrl()).isEqualTo("/");

        MockHttpSession second = new MockHttpSession();
        password(mvc, second, me);
        assertThat(code(second, code, false).getStatus())
                .as("the same code again, within its 30 seconds")
                .isEqualTo(200);
        clock.advance(Duration.ofSeconds(30));
        assertThat(code(second, codeNow(enrolled.secret(), clock), false).getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void aCodeFromTheStepBeforeOrAfterIsAcceptedButNotFromTwoStepsAway() throws Exception {
        AccountPrincipal me = data.account("window", false);
        TwoFactorTestSupport.Enrolled enrolled = enrol(twoFactor, me, clock);
        clock.advance(Duration.ofMinutes(5));
        TwoFactorTestSupport.toStartOfAStep(clock);
        long now = TotpCodes.stepOf(clock.instant());
        MockHttpSession session = new MockHttpSession();
        password(mvc, session, me);
        assertThat(code(session, TotpCodes.codeAt(enrolled.secret(), now - 2), false)
                        .getStatus())
                .isEqualTo(200);
        assertThat(code(session, TotpCodes.codeAt(enrolled.secret(), now + 2), false)
                        .getStatus())
                .isEqualTo(200);
        assertThat(code(session, TotpCodes.codeAt(enrolled.secret(), now - 1), false)
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void aRecoveryCodeSignsInOnceOnly() throws Exception {
        AccountPrincipal me = data.account("recovery", false);
        TwoFactorTestSupport.Enrolled enrolled = enrol(twoFactor, me, clock);
        String recovery = enrolled.recoveryCodes().get(3);

        MockHttpSession first = new MockHttpSession();
        password(mvc, first, me);
        MockHttpServletResponse used = code(first, recovery.toUpperCase(java.util.Locale.ROOT), false);
        assertThat(used.getRedirectedUrl()).isEqualTo("/");
        assertThat(answer(get("/"), first).getStatus()).isEqualTo(200);
        assertThat(twoFactor.recoveryCodesLeft(me.getPersonId())).isEqualTo(9);
        assertThat(audit.about("person", me.getPersonId()))
                .extracting(AuditEvent::getKind)
                .contains(AuditKind.TWO_FACTOR_RECOVERY_CODE_USED);

        MockHttpSession second = new MockHttpSession();
        password(mvc, second, me);
        assertThat(code(second, recovery, false).getStatus()).isEqualTo(200);
        assertThat(answer(get("/"), second).getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aRememberedDeviceSkipsTheCodeUntilThePasswordIsResetOrTwoFactorTurnedOff() throws Exception {
        AccountPrincipal me = data.account("device", false);
        TwoFactorTestSupport.Enrolled enrolled = enrol(twoFactor, me, clock);
        clock.advance(Duration.ofMinutes(1));

        MockHttpSession first = new MockHttpSession();
        password(mvc, first, me);
        MockHttpServletResponse remembered = code(first, codeNow(enrolled.secret(), clock), true);
        String setCookie = remembered.getHeaders("Set-Cookie").stream()
                .filter(h -> h.startsWith("FA_DEVICE="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age=2592000");
        Cookie device = new Cookie("FA_DEVICE", setCookie.substring("FA_DEVICE=".length(), setCookie.indexOf(';')));

        MockHttpSession again = new MockHttpSession();
        assertThat(passwordWith(again, me, device).getRedirectedUrl())
                .as("this device: no code")
                .isEqualTo("/");
        assertThat(answer(get("/"), again).getStatus()).isEqualTo(200);

        AccountPrincipal other = data.account("device", false);
        enrol(twoFactor, other, clock);
        assertThat(passwordWith(new MockHttpSession(), other, device).getRedirectedUrl())
                .as("someone else on the same device")
                .isEqualTo(CODE_PAGE);

        clock.advance(Duration.ofDays(31));
        assertThat(passwordWith(new MockHttpSession(), me, device).getRedirectedUrl())
                .as("after 30 days")
                .isEqualTo(CODE_PAGE);
        clock.reset();
        clock.advance(Duration.ofMinutes(2));

        people.resetPassword(me.getPersonId(), TestData.PASSWORD + "-new");
        people.resetPassword(me.getPersonId(), TestData.PASSWORD);
        assertThat(passwordWith(new MockHttpSession(), me, device).getRedirectedUrl())
                .as("after a password reset")
                .isEqualTo(CODE_PAGE);

        MockHttpSession third = new MockHttpSession();
        password(mvc, third, me);
        Cookie renewed = cookieOf(code(third, codeNow(enrolled.secret(), clock), true));
        assertThat(passwordWith(new MockHttpSession(), me, renewed).getRedirectedUrl())
                .isEqualTo("/");
        clock.advance(Duration.ofSeconds(30));
        twoFactor.disable(me.viewer(), TwoFactorTestSupport.actor(me), codeNow(enrolled.secret(), clock));
        TwoFactorTestSupport.Enrolled again2 = enrol(twoFactor, me, clock);
        assertThat(again2.secret()).isNotEqualTo(enrolled.secret());
        assertThat(passwordWith(new MockHttpSession(), me, renewed).getRedirectedUrl())
                .as("after two-factor sign-in was turned off (and on again)")
                .isEqualTo(CODE_PAGE);
    }

    @Test
    void anAccessResetWithAnInvitationCodeStillAsksForTheTwoFactorCode() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal member =
                data.memberOfCollege(s.experimentationId(), coop.faireavec.participation.College.PRACTITIONERS);
        TwoFactorTestSupport.Enrolled enrolled = enrol(twoFactor, member, clock);
        clock.advance(Duration.ofMinutes(1));
        String code = invitations
                .create(s.carrier().viewer(), s.experimentationId(), member.getPersonId())
                .code();
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse redeemed = answer(
                post("/invitation")
                        .with(csrf())
                        .param("code", code)
                        .param("step", "account")
                        .param("password", "une phrase assez longue")
                        .param("passwordConfirmation", "une phrase assez longue"),
                session);
        assertThat(redeemed.getRedirectedUrl()).isEqualTo("/tasks");
        assertThat(answer(get("/tasks"), session).getRedirectedUrl())
                .as("the new password alone does not sign in")
                .endsWith("/login");
        assertThat(answer(get("/login"), session).getRedirectedUrl()).isEqualTo(CODE_PAGE);
        assertThat(code(session, codeNow(enrolled.secret(), clock), false).getRedirectedUrl())
                .isEqualTo("/");
        assertThat(answer(get("/tasks"), session).getStatus()).isEqualTo(200);
    }

    @Test
    void aCarrierWithoutTwoFactorIsHeldOnTheEnrolmentPageUntilEnrolled() throws Exception {
        AccountPrincipal carrier = data.runningExperimentation().carrier();
        heldUntilEnrolled(carrier, "/experimentations/new");
    }

    @Test
    void anAdministratorWithoutTwoFactorIsHeldOnTheEnrolmentPageUntilEnrolled() throws Exception {
        heldUntilEnrolled(data.admin(), "/admin/people");
    }

    @Test
    void aParticipantWithoutTwoFactorSignsInAsBefore() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal participant =
                data.memberOfCollege(s.experimentationId(), coop.faireavec.participation.College.LIVED_EXPERIENCE);
        MockHttpSession session = new MockHttpSession();
        assertThat(password(mvc, session, participant).getRedirectedUrl()).isEqualTo("/");
        assertThat(answer(get("/tasks"), session).getStatus()).isEqualTo(200);
    }

    private void heldUntilEnrolled(AccountPrincipal who, String pageOfTheirRole) throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(password(mvc, session, who).getRedirectedUrl()).isEqualTo("/me/security/two-factor");
        for (String path : List.of("/", "/tasks", "/me/contributions", pageOfTheirRole)) {
            assertThat(answer(get(path), session).getRedirectedUrl())
                    .as("GET %s", path)
                    .isEqualTo("/me/security/two-factor");
        }
        assertThat(answer(post("/session/keepalive").with(csrf()), session).getRedirectedUrl())
                .isEqualTo("/me/security/two-factor");
        for (String notice : List.of("/privacy", "/legal", "/accessibility")) {
            assertThat(answer(get(notice), session).getStatus())
                    .as("the footer's %s while held", notice)
                    .isEqualTo(200);
        }
        String page = answer(get("/me/security/two-factor"), session).getContentAsString();
        assertThat(page).contains("demande la double authentification").doesNotContain("Plus tard");
        String secret =
                org.jsoup.Jsoup.parse(page).selectFirst("#secret").text().replace(" ", "");
        assertThat(answer(post("/me/security/two-factor").with(csrf()).param("code", codeNow(secret, clock)), session)
                        .getStatus())
                .isEqualTo(200);
        assertThat(twoFactor.isOn(who.getPersonId())).isTrue();
        assertThat(answer(get("/tasks"), session).getStatus())
                .as("enrolled: free to go")
                .isEqualTo(200);
    }

    private MockHttpServletResponse code(MockHttpSession session, String code, boolean remember) throws Exception {
        MockHttpServletRequestBuilder request = post(CODE_PAGE).with(csrf()).param("code", code);
        if (remember) {
            request.param("remember", "true");
        }
        return answer(request, session);
    }

    private MockHttpServletResponse passwordWith(MockHttpSession session, AccountPrincipal who, Cookie device)
            throws Exception {
        return answer(
                MockMvcRequestBuilders.request(HttpMethod.POST, "/login")
                        .with(csrf())
                        .cookie(device)
                        .param("username", who.getUsername())
                        .param("password", TestData.PASSWORD),
                session);
    }

    private static Cookie cookieOf(MockHttpServletResponse response) {
        String header = response.getHeaders("Set-Cookie").stream()
                .filter(h -> h.startsWith("FA_DEVICE="))
                .findFirst()
                .orElseThrow();
        return new Cookie("FA_DEVICE", header.substring("FA_DEVICE=".length(), header.indexOf(';')));
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }
}
