package coop.faireavec.invitation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.participation.College;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Wrong invitation codes are counted per client address by the shared limiter (issue #16, point 1), not in the HTTP
 * session: with the default settings 20 wrong codes from one address are free, the next is refused with the time to
 * wait, whatever cookie comes with it; codes not shaped like a code and good codes do not count; refusals are audited.
 */
@FaireAvecWebTest
class InvitationCodeThrottlingTest {

    private static final Pattern CODE_ON_CARD =
            Pattern.compile("class=\"invitation-code\">([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2})<");
    private static final String TOO_MANY = "Trop de codes faux. Attendez 1 minute, puis réessayez.";
    private static final String WRONG = "Ce code ne marche pas.";
    private static final String OPENED = "Choisir mon mot de passe";

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

    private String newCode() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé", College.LIVED_EXPERIENCE);
        String card = mvc.perform(post("/experimentations/{id}/members/{p}/invitation", s.experimentationId(), zoe)
                        .with(user(s.carrier()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = CODE_ON_CARD.matcher(card);
        assertThat(m.find()).as("the card shows a grouped code").isTrue();
        return m.group(1).replace("-", "");
    }

    /** Types a code from {@code address} with a new session (a new cookie) each time; returns the page. */
    private String typeCode(String address, String code) throws Exception {
        return mvc.perform(post("/invitation")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .param("code", code))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The {@code i}-th of a series of well-shaped codes that open nothing. */
    private static String wrongCode(int i) {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        return "22222222" + alphabet.charAt(i / alphabet.length()) + alphabet.charAt(i % alphabet.length());
    }

    private int audited(String address) {
        Integer count = jdbc.queryForObject(
                "select count(*) from app.audit_event where kind = 'INVITATION_CODE_THROTTLED' and client_address = ?",
                Integer.class,
                address);
        return count == null ? 0 : count;
    }

    @Test
    void wrongCodesWithAFreshSessionEachTimeAreStillCounted() throws Exception {
        String code = newCode();
        String address = "192.0.2.21";
        for (int i = 0; i < 20; i++) {
            assertThat(typeCode(address, wrongCode(i)))
                    .as("wrong code %d", i + 1)
                    .contains(WRONG);
        }
        assertThat(typeCode(address, wrongCode(20)))
                .as("the 21st, with a new cookie")
                .contains(TOO_MANY);
        assertThat(typeCode(address, code))
                .as("even a good code waits")
                .contains(TOO_MANY)
                .doesNotContain(OPENED);
        assertThat(typeCode("192.0.2.22", code)).as("from another address").contains(OPENED);
        assertThat(audited(address)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.audit_event where detail like ?", Integer.class, "%" + code + "%"))
                .as("never the code in the audit")
                .isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(typeCode(address, code)).as("a minute later").contains(OPENED);
        assertThat(typeCode(address, wrongCode(21))).contains(WRONG);
        assertThat(typeCode(address, wrongCode(22))).contains(TOO_MANY);
    }

    @Test
    void goodCodesAndTextsThatAreNotCodesDoNotCount() throws Exception {
        String code = newCode();
        String address = "192.0.2.23";
        for (int i = 0; i < 25; i++) {
            assertThat(typeCode(address, code)).as("good code %d", i + 1).contains(OPENED);
            assertThat(typeCode(address, "12")).as("too short %d", i + 1).doesNotContain(TOO_MANY);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(typeCode(address, wrongCode(i)))
                    .as("wrong code %d", i + 1)
                    .contains(WRONG);
        }
        assertThat(typeCode(address, wrongCode(20))).contains(TOO_MANY);
        assertThat(audited(address)).isEqualTo(1);
    }
}
