package coop.faireavec.invitation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MockSessionIds;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FaireAvecWebTest
class InvitationWebTest {

    static final String GOOD_PASSWORD = "mon chat dort au soleil";
    static final Pattern CODE_ON_CARD =
            Pattern.compile("class=\"invitation-code\">([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2})<");
    static final Pattern QR_ON_CARD = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @Autowired
    MockMvc mvc;

    /** Sessions are stored in the database (Spring Session JDBC). */
    @Autowired
    SessionRepository<?> sessions;

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

    /** The carrier makes a code from the members page; returns the card's HTML. */
    private String card(AccountPrincipal carrier, long experimentationId, long personId) throws Exception {
        return mvc.perform(post("/experimentations/{id}/members/{p}/invitation", experimentationId, personId)
                        .with(user(carrier))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The plain code (no dashes) printed on a card. */
    private static String codeOn(String card) {
        Matcher m = CODE_ON_CARD.matcher(card);
        assertThat(m.find()).as("the card shows a grouped code").isTrue();
        return m.group(1).replace("-", "");
    }

    private String newCode(AccountPrincipal carrier, long experimentationId, long personId) throws Exception {
        return codeOn(card(carrier, experimentationId, personId));
    }

    private ResultActions typeCode(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/invitation").session(session).with(csrf()).param("code", code));
    }

    private ResultActions choose(
            MockHttpSession session, String code, String username, String password, String confirmation)
            throws Exception {
        var request = post("/invitation")
                .session(session)
                .with(csrf())
                .param("code", code)
                .param("step", "account")
                .param("password", password)
                .param("passwordConfirmation", confirmation);
        if (username != null) {
            request.param("username", username);
        }
        return mvc.perform(request);
    }

    @Test
    void aCarrierCreatesACodeAndGetsAPrintableCardWithTheCodeAndAQrCodeOfTheLink() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé Martin", College.LIVED_EXPERIENCE);
        String title = data.experimentation(s.experimentationId()).getTitle();

        mvc.perform(get("/experimentations/{id}/members", s.experimentationId()).with(user(s.carrier())))
                .andExpect(content().string(containsString("Créer un code d&#39;invitation")))
                .andExpect(content()
                        .string(containsString(
                                "/experimentations/" + s.experimentationId() + "/members/" + zoe + "/invitation")));

        String card = card(s.carrier(), s.experimentationId(), zoe);
        String code = codeOn(card);
        assertThat(card)
                .contains("Bonjour Zoé Martin")
                .contains(title)
                .contains("http://localhost/invitation")
                .contains("Ce code ne sera plus affiché");
        assertThat(code).hasSize(10).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}");

        Matcher qr = QR_ON_CARD.matcher(card);
        assertThat(qr.find()).as("the card has a QR code image").isTrue();
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(qr.group(1))));
        String decoded = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
        assertThat(decoded).isEqualTo("http://localhost/invitation?code=" + code);
    }

    @Test
    void theCodeFromTheQrLinkIsFilledInOnThePublicPage() throws Exception {
        mvc.perform(get("/invitation").param("code", "K7QM3XPA9R"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"K7QM3XPA9R\"")))
                .andExpect(content().string(containsString("autocomplete=\"one-time-code\"")));
    }

    @Test
    void onlyACarrierOfThatExperimentationMayCreateACode() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        TestData.Scenario other = data.draftExperimentation();
        long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé", College.LIVED_EXPERIENCE);
        AccountPrincipal participant =
                data.member(s.experimentationId(), College.PRACTITIONERS, ExperimentationRole.PARTICIPANT);
        AccountPrincipal committee = data.member(s.experimentationId(), null, ExperimentationRole.COMMITTEE);
        for (AccountPrincipal who : List.of(participant, committee, other.carrier())) {
            mvc.perform(post("/experimentations/{id}/members/{p}/invitation", s.experimentationId(), zoe)
                            .with(user(who))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/experimentations/{id}/members", s.experimentationId()).with(user(participant)))
                .andExpect(content().string(not(containsString("Créer un code"))));
        // a carrier cannot reach people of another experimentation through their own
        mvc.perform(post("/experimentations/{id}/members/{p}/invitation", other.experimentationId(), zoe)
                        .with(user(other.carrier()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void redeemingACodeCreatesTheAccountSignsInAndUsesUpTheCode() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé Lefèvre", College.LIVED_EXPERIENCE);
        String code = newCode(s.carrier(), s.experimentationId(), zoe);
        MockHttpSession session = new MockHttpSession();

        typeCode(session, code.toLowerCase().substring(0, 4) + " " + code.substring(4))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bonjour Zoé Lefèvre")))
                .andExpect(content().string(containsString("value=\"zoe.lefevre")))
                .andExpect(content().string(containsString("autocomplete=\"new-password\"")));

        String username = TestData.unique("zoe.l");
        String sessionIdBefore = MockSessionIds.sessionId(session);
        choose(session, code, username, GOOD_PASSWORD, GOOD_PASSWORD)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("flash", "flash.accountCreated"));

        String sessionId = MockSessionIds.sessionId(session);
        SecurityContext context = (SecurityContext) sessions.findById(sessionId)
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context).as("signed in, kept in the session").isNotNull();
        assertThat(context.getAuthentication().isAuthenticated()).isTrue();
        assertThat(((AccountPrincipal) context.getAuthentication().getPrincipal()).getPersonId())
                .isEqualTo(zoe);
        assertThat(sessionId).as("the session id changes at sign-in").isNotEqualTo(sessionIdBefore);
        mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
        mvc.perform(get("/experimentations/{id}", s.experimentationId()).session(session))
                .andExpect(status().isOk());

        typeCode(new MockHttpSession(), code)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce code a déjà servi.")));
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", GOOD_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void anExpiredCodeIsRefusedInPlainWords() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé", College.LIVED_EXPERIENCE);
        String code = newCode(s.carrier(), s.experimentationId(), zoe);

        clock.advance(Duration.ofDays(14).minusHours(1));
        typeCode(new MockHttpSession(), code).andExpect(content().string(containsString("Choisir mon mot de passe")));

        clock.advance(Duration.ofDays(1).plusHours(1));
        typeCode(new MockHttpSession(), code)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce code est trop vieux")))
                .andExpect(content().string(containsString("value=\"" + code + "\"")));
        choose(new MockHttpSession(), code, TestData.unique("zoe"), GOOD_PASSWORD, GOOD_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce code est trop vieux")));
    }

    @Test
    void aCommonOrTooShortPasswordIsRefusedInPlainWordsAndTheUsernameIsKept() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé", College.LIVED_EXPERIENCE);
        String code = newCode(s.carrier(), s.experimentationId(), zoe);
        String username = TestData.unique("zoe.kept");
        MockHttpSession session = new MockHttpSession();

        choose(session, code, username, "soleil1", "soleil1")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le mot de passe doit avoir au moins 8 caractères.")))
                .andExpect(content().string(containsString("value=\"" + username + "\"")))
                .andExpect(content().string(not(containsString("soleil1"))));
        choose(session, code, username, "MotDePasse", "MotDePasse")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce mot de passe est trop connu")))
                .andExpect(content().string(containsString("value=\"" + username + "\"")))
                .andExpect(content().string(not(containsString("MotDePasse"))));
        choose(session, code, username, "123456789", "123456789")
                .andExpect(content().string(containsString("Ce mot de passe est trop connu")));
        choose(session, code, username, GOOD_PASSWORD, GOOD_PASSWORD + "!")
                .andExpect(content().string(containsString("Les deux mots de passe ne sont pas pareils.")));

        choose(session, code, username, GOOD_PASSWORD, GOOD_PASSWORD).andExpect(redirectedUrl("/tasks"));
    }

    @Test
    void aTakenUsernameIsRefused() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé", College.LIVED_EXPERIENCE);
        String code = newCode(s.carrier(), s.experimentationId(), zoe);
        choose(new MockHttpSession(), code, s.carrier().getUsername(), GOOD_PASSWORD, GOOD_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce nom d&#39;utilisateur est déjà pris.")));
    }

    @Test
    void resettingAnExistingAccountChangesItsPassword() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        AccountPrincipal sam =
                data.member(s.experimentationId(), College.PRACTITIONERS, ExperimentationRole.PARTICIPANT);
        mvc.perform(get("/experimentations/{id}/members", s.experimentationId()).with(user(s.carrier())))
                .andExpect(content().string(containsString("Réinitialiser l&#39;accès")));
        String card = card(s.carrier(), s.experimentationId(), sam.getPersonId());
        assertThat(card).contains("nouveau mot de passe");
        String code = codeOn(card);
        MockHttpSession session = new MockHttpSession();

        typeCode(session, code)
                .andExpect(content().string(containsString(sam.getUsername())))
                .andExpect(content().string(not(containsString("id=\"username\""))));
        choose(session, code, "ignored-when-resetting", GOOD_PASSWORD, GOOD_PASSWORD)
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("flash", "flash.accessReset"));

        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", sam.getUsername())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", sam.getUsername())
                        .param("password", GOOD_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aNewCodeForTheSamePersonReplacesTheOlderOne() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé", College.LIVED_EXPERIENCE);
        String first = newCode(s.carrier(), s.experimentationId(), zoe);
        String second = newCode(s.carrier(), s.experimentationId(), zoe);
        typeCode(new MockHttpSession(), first)
                .andExpect(content().string(containsString("Ce code a été remplacé par un code plus récent.")));
        typeCode(new MockHttpSession(), second).andExpect(content().string(containsString("Choisir mon mot de passe")));
    }

    @Test
    void aCarrierCannotTakeOverTheAccountOfSomeoneInAnExperimentationTheyDoNotCarry() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        TestData.Scenario other = data.draftExperimentation();
        AccountPrincipal otherCarrier = other.carrier();
        data.addToExperimentation(otherCarrier, s.experimentationId(), College.PRACTITIONERS);
        mvc.perform(post(
                                "/experimentations/{id}/members/{p}/invitation",
                                s.experimentationId(),
                                otherCarrier.getPersonId())
                        .with(user(s.carrier()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("une autre expérimentation que vous ne portez pas")));
    }

    @Test
    void theDatabaseKeepsOnlyAHashOfTheCode() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé", College.LIVED_EXPERIENCE);
        String code = newCode(s.carrier(), s.experimentationId(), zoe);
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));

        String wholeDatabase = String.join("\n", jdbc.queryForList("SCRIPT", String.class));
        assertThat(wholeDatabase)
                .contains(sha256)
                .doesNotContain(code)
                .doesNotContain(code.substring(0, 4) + "-" + code.substring(4, 8));
    }

    @Test
    void theInvitationPageIsPublicButKeepsCsrf() throws Exception {
        mvc.perform(get("/invitation"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("J&#39;ai un code")));
        mvc.perform(get("/invitation").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I have a code")));
        mvc.perform(post("/invitation").param("code", "K7QM3XPA9R")).andExpect(status().isForbidden());
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/invitation\"")));
    }

    @Test
    void aCodePastedWithNoBreakSpacesOrAsTheCardsWholeLinkOpensTheInvitation() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé Pasteur", College.LIVED_EXPERIENCE);
        String code = newCode(s.carrier(), s.experimentationId(), zoe);
        String grouped = code.substring(0, 4) + "\u00A0" + code.substring(4, 8) + "\u00A0" + code.substring(8);
        for (String typed : List.of(
                grouped,
                "http://localhost/invitation?code=" + code,
                "localhost/invitation?code=" + code.toLowerCase(),
                code.substring(0, 4) + "\u2011" + code.substring(4, 8) + "\u2013" + code.substring(8) + "\n")) {
            typeCode(new MockHttpSession(), typed)
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Bonjour Zoé Pasteur")))
                    .andExpect(content().string(containsString("value=\"" + code + "\"")));
        }
    }

    @Test
    void theLanguageLinkKeepsTheCodeFilledInAndIsEscaped() throws Exception {
        mvc.perform(get("/invitation?code=K7QM3XPA9R"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/invitation?code=K7QM3XPA9R&amp;lang=en\"")));
        mvc.perform(get("/invitation?code=K7QM3XPA9R&lang=en"))
                .andExpect(content().string(containsString("href=\"/invitation?code=K7QM3XPA9R&amp;lang=fr\"")));
        mvc.perform(get("/invitation?code=K7QM3XPA9R").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"K7QM3XPA9R\"")));
        String page = mvc.perform(get("/invitation?code=%22%3E%3Cscript%3Ex%3C/script%3E&x=a\"b"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("<script>x").doesNotContain("x=a\"b");
    }

    @Test
    void aDoubleClickOnTheLastButtonCreatesOneAccountAndNeverShowsAnErrorPage() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        for (int attempt = 0; attempt < 3; attempt++) {
            long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé Double", College.LIVED_EXPERIENCE);
            String code = newCode(s.carrier(), s.experimentationId(), zoe);
            String username = TestData.unique("zoe.double");
            // a double click: both requests leave the browser with the same session, before any answer comes back
            MockHttpSession session = new MockHttpSession();
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<MockHttpServletResponse> click = () -> {
                together.await(10, TimeUnit.SECONDS);
                return choose(session, code, username, GOOD_PASSWORD, GOOD_PASSWORD)
                        .andReturn()
                        .getResponse();
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<MockHttpServletResponse>> clicks = pool.invokeAll(List.of(click, click));
                int signedIn = 0;
                for (Future<MockHttpServletResponse> answer : clicks) {
                    MockHttpServletResponse r = answer.get();
                    assertThat(r.getStatus())
                            .as("no error page for either click")
                            .isIn(200, 302);
                    if (r.getStatus() == 200) {
                        assertThat(r.getContentAsString()).contains("Ce code a déjà servi");
                    } else {
                        assertThat(r.getRedirectedUrl()).isEqualTo("/tasks");
                        signedIn++;
                    }
                }
                assertThat(signedIn)
                        .as("at least one click signs the person in")
                        .isPositive();
            } finally {
                pool.shutdownNow();
            }
            assertThat(jdbc.queryForObject(
                            "select count(*) from app.user_account where person_id = ?", Long.class, zoe))
                    .isEqualTo(1L);
        }
    }

    @Test
    void theSecondClickOfADoubleClickTakesTheSignedInPersonToTheirSteps() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé Suite", College.LIVED_EXPERIENCE);
        String code = newCode(s.carrier(), s.experimentationId(), zoe);
        String username = TestData.unique("zoe.suite");
        MockHttpSession session = new MockHttpSession();
        choose(session, code, username, GOOD_PASSWORD, GOOD_PASSWORD).andExpect(redirectedUrl("/tasks"));
        choose(session, code, username, GOOD_PASSWORD, GOOD_PASSWORD).andExpect(redirectedUrl("/tasks"));
        // someone else (not signed in as Zoé) is told the code was used
        choose(new MockHttpSession(), code, TestData.unique("autre"), GOOD_PASSWORD, GOOD_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce code a déjà servi.")));
    }
}
