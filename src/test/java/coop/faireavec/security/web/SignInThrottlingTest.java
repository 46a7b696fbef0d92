package coop.faireavec.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in throttling (issue #16, point 1): per account and address, per account, per address (Bucket4j, in memory on
 * H2). With the default settings: 5 wrong passwords from one address are free, the 6th attempt is refused with the
 * time to wait; the waits grow; the right password from another address still signs in; a social centre's shared
 * address is not held up; every refused attempt is in the audit. Each test signs in from its own addresses.
 */
@FaireAvecWebTest
class SignInThrottlingTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Pattern MINUTES = Pattern.compile("Réessayez dans (\\d+) minutes?\\.");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /** A client address no other test uses (TEST-NET-3, then TEST-NET-2). */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return (n < 250 ? "203.0.113." : "198.51.100.") + (n % 250 + 1);
    }

    /** Signs in from {@code address}; returns where the answer redirects to. */
    private String signIn(MockHttpSession session, String address, String username, String password) throws Exception {
        return mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .param("username", username)
                        .param("password", password))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private String loginPage(MockHttpSession session, String query) throws Exception {
        return mvc.perform(get("/login?" + query).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int audited(String kind, String detail) {
        Integer count = jdbc.queryForObject(
                "select count(*) from app.audit_event where kind = ? and detail = ?", Integer.class, kind, detail);
        return count == null ? 0 : count;
    }

    @Test
    void sixtyWrongPasswordsInARowAreRefusedFromTheSixthOnWithTheTimeToWaitButNotTheRealPersonElsewhere()
            throws Exception {
        AccountPrincipal sam = data.account("throttled", false);
        String attacker = newAddress();
        MockHttpSession session = new MockHttpSession();
        List<String> answers = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            answers.add(signIn(session, attacker, sam.getUsername(), "wrong guess " + i));
        }
        assertThat(answers.subList(0, 5)).as("the first five wrong passwords").containsOnly("/login?error");
        assertThat(answers.subList(5, 60)).as("from the sixth on").containsOnly("/login?throttled");
        assertThat(loginPage(session, "throttled"))
                .contains("Trop d&#39;essais. Réessayez dans 1 minute.")
                .contains("value=\"" + sam.getUsername() + "\"")
                .doesNotContain("wrong guess");

        assertThat(signIn(session, attacker, sam.getUsername(), TestData.PASSWORD))
                .as("even the right password from that address: refused before the password is checked")
                .isEqualTo("/login?throttled");
        assertThat(loginPage(session, "throttled&lang=en")).contains("Too many tries. Try again in 1 minute.");

        assertThat(signIn(new MockHttpSession(), newAddress(), sam.getUsername(), TestData.PASSWORD))
                .as("the real person, from another address")
                .isEqualTo("/");
        assertThat(audited("SIGN_IN_THROTTLED", sam.getUsername().toLowerCase()))
                .as("every refused attempt is audited")
                .isEqualTo(56);
        assertThat(jdbc.queryForList(
                        "select client_address from app.audit_event where kind = 'SIGN_IN_THROTTLED' and detail = ?",
                        String.class,
                        sam.getUsername().toLowerCase()))
                .containsOnly(attacker);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.audit_event where detail like '%wrong guess%' or detail like ?",
                        Integer.class, "%" + TestData.PASSWORD + "%"))
                .as("never a password in the audit")
                .isZero();
    }

    @Test
    void theWaitGrowsWithRepeatedFailuresThenTheyAreRefusedForLonger() throws Exception {
        AccountPrincipal sam = data.account("throttled", false);
        String address = newAddress();
        MockHttpSession session = new MockHttpSession();
        List<Long> waits = new ArrayList<>();
        int failures = 0;
        while (failures < 26) {
            String answer = signIn(session, address, sam.getUsername(), "wrong");
            if (answer.equals("/login?error")) {
                failures++;
            } else {
                Matcher m = MINUTES.matcher(loginPage(session, "throttled"));
                assertThat(m.find()).as("the page says how long to wait").isTrue();
                long minutes = Long.parseLong(m.group(1));
                waits.add(minutes);
                clock.advance(Duration.ofMinutes(minutes));
            }
        }
        System.out.printf("sign-in throttling: waits (minutes) told between failures 6 and 26: %s%n", waits);
        assertThat(waits.get(0)).as("the first wait, after 5 failures").isEqualTo(1);
        assertThat(waits.get(waits.size() - 1)).as("after 25 failures").isGreaterThanOrEqualTo(50);
        assertThat(waits).as("the waits").isSortedAccordingTo(Long::compare);
    }

    @Test
    void theRightPasswordStartsTheCountAgain() throws Exception {
        AccountPrincipal sam = data.account("throttled", false);
        String address = newAddress();
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(session, address, sam.getUsername(), "wrong")).isEqualTo("/login?error");
        }
        assertThat(signIn(session, address, sam.getUsername(), TestData.PASSWORD))
                .isEqualTo("/");
        MockHttpSession later = new MockHttpSession();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(later, address, " " + sam.getUsername().toUpperCase(), "wrong"))
                    .as("wrong password %d after signing in", i + 1)
                    .isEqualTo("/login?error");
        }
        assertThat(signIn(later, address, sam.getUsername(), "wrong"))
                .as("the same account typed in capitals and with a space counts as the same")
                .isEqualTo("/login?throttled");
    }

    @Test
    void thirtyPeopleSharingOneAddressEachMistypingThreeTimesAllSignIn() throws Exception {
        String socialCentre = newAddress();
        for (int person = 0; person < 30; person++) {
            AccountPrincipal someone = data.account("centre", false);
            MockHttpSession session = new MockHttpSession();
            for (int i = 0; i < 3; i++) {
                assertThat(signIn(session, socialCentre, someone.getUsername(), "typo " + i))
                        .isEqualTo("/login?error");
            }
            assertThat(signIn(session, socialCentre, someone.getUsername(), TestData.PASSWORD))
                    .as("person %d", person + 1)
                    .isEqualTo("/");
        }
    }

    @Test
    void guessingOneAccountFromManyAddressesIsHeldByTheAccountLimit() throws Exception {
        AccountPrincipal sam = data.account("throttled", false);
        for (int i = 0; i < 30; i++) {
            assertThat(signIn(new MockHttpSession(), newAddress(), sam.getUsername(), "wrong"))
                    .isEqualTo("/login?error");
        }
        assertThat(signIn(new MockHttpSession(), newAddress(), sam.getUsername(), "wrong"))
                .as("the 31st guess, from yet another address")
                .isEqualTo("/login?throttled");
        clock.advance(Duration.ofMinutes(2));
        assertThat(signIn(new MockHttpSession(), newAddress(), sam.getUsername(), TestData.PASSWORD))
                .as("two minutes later the real person gets in")
                .isEqualTo("/");
    }

    @Test
    void theForgottenPasswordPageStillAnswersWhileSignInIsThrottled() throws Exception {
        AccountPrincipal sam = data.account("throttled", false);
        String address = newAddress();
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 6; i++) {
            signIn(session, address, sam.getUsername(), "wrong");
        }
        assertThat(loginPage(session, "throttled")).contains("Mot de passe oublié");
        mvc.perform(get("/password/forgotten").with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<form")));
    }
}
