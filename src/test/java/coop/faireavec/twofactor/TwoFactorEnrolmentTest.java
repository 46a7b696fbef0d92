package coop.faireavec.twofactor;

import static coop.faireavec.twofactor.TwoFactorTestSupport.actor;
import static coop.faireavec.twofactor.TwoFactorTestSupport.codeNow;
import static coop.faireavec.twofactor.TwoFactorTestSupport.enrol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.audit.AuditEvent;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Issue #16, point 2: one's own two-factor sign-in page, and an administrator's reset. */
@FaireAvecWebTest
@TestPropertySource(properties = "faireavec.two-factor.required-for-carriers-and-admins=true")
class TwoFactorEnrolmentTest {

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

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theQrCodeAndTheSecretAreShownUntilAFirstCodeTurnsItOnThenTenRecoveryCodesOnce() throws Exception {
        AccountPrincipal me = data.account("enrol", false);
        Document page = Jsoup.parse(mvc.perform(get(PAGE).with(user(me)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.selectFirst("img[src^=data:image/png;base64,]"))
                .as("the QR code")
                .isNotNull();
        String secret = page.selectFirst("#secret").text().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(twoFactor.isOn(me.getPersonId())).isFalse();

        String wrong = codeNow(secret, clock).equals("000000") ? "111111" : "000000";
        Document refused =
                Jsoup.parse(mvc.perform(post(PAGE).with(user(me)).with(csrf()).param("code", wrong))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(refused.select("#code-error").text()).contains("code à 6 chiffres ne marche pas");
        assertThat(twoFactor.isOn(me.getPersonId()))
                .as("a wrong first code turns nothing on")
                .isFalse();

        Document codesPage =
                Jsoup.parse(mvc.perform(post(PAGE).with(user(me)).with(csrf()).param("code", codeNow(secret, clock)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        List<String> codes = codesPage.select(".recovery-codes code").eachText();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
        assertThat(twoFactor.isOn(me.getPersonId())).isTrue();
        assertThat(audit.about("person", me.getPersonId()))
                .extracting(AuditEvent::getKind)
                .contains(AuditKind.TWO_FACTOR_ENABLED);

        List<String> stored = jdbc.queryForList(
                "select code_hash from APP.two_factor_recovery_code where person_id = ?",
                String.class,
                me.getPersonId());
        assertThat(stored).hasSize(10).allMatch(h -> h.startsWith("$2"));
        assertThat(String.join(" ", stored)).doesNotContain(codes.get(0).replace("-", ""));

        String after = mvc.perform(get(PAGE).with(user(me)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after)
                .as("the secret and the codes are never shown again")
                .doesNotContain(secret)
                .doesNotContain(codes.get(0))
                .contains("Il vous reste 10 codes de secours");
    }

    @Test
    void anEmptyFirstCodeIsAskedForNextToItsField() throws Exception {
        AccountPrincipal me = data.account("enrol", false);
        Document page =
                Jsoup.parse(mvc.perform(post(PAGE).with(user(me)).with(csrf()).param("code", " "))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("#code-error").text()).contains("Tapez le code à 6 chiffres");
    }

    @Test
    void newRecoveryCodesNeedACodeOrThePasswordAndReplaceTheOldOnes() throws Exception {
        AccountPrincipal me = data.account("codes", false);
        TwoFactorTestSupport.Enrolled enrolled = enrol(twoFactor, me, clock);

        Document refused = Jsoup.parse(mvc.perform(post(PAGE + "/recovery-codes")
                        .with(user(me))
                        .with(csrf())
                        .param("proof", "not-my-password"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#proof-error").text()).contains("mot de passe ne marche pas");

        List<String> fresh = Jsoup.parse(mvc.perform(post(PAGE + "/recovery-codes")
                                .with(user(me))
                                .with(csrf())
                                .param("proof", TestData.PASSWORD))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select(".recovery-codes code")
                .eachText();
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
        assertThat(twoFactor.check(me.getPersonId(), enrolled.recoveryCodes().get(0), actor(me)))
                .as("an old recovery code")
                .isEqualTo(TwoFactorService.Check.REFUSED);
        assertThat(twoFactor.check(me.getPersonId(), fresh.get(0), actor(me)))
                .isEqualTo(TwoFactorService.Check.RECOVERY_CODE);
    }

    @Test
    void turningItOffNeedsACurrentCodeOrThePassword() throws Exception {
        AccountPrincipal me = data.account("off", false);
        TwoFactorTestSupport.Enrolled enrolled = enrol(twoFactor, me, clock);

        mvc.perform(post(PAGE + "/disable").with(user(me)).with(csrf()).param("proof", "123456x"))
                .andExpect(status().isOk());
        assertThat(twoFactor.isOn(me.getPersonId())).isTrue();

        clock.advance(Duration.ofSeconds(30));
        mvc.perform(post(PAGE + "/disable")
                        .with(user(me))
                        .with(csrf())
                        .param("proof", codeNow(enrolled.secret(), clock)))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("flash", "flash.twoFactor.disabled"));
        assertThat(twoFactor.isOn(me.getPersonId())).isFalse();
        assertThat(twoFactor.recoveryCodesLeft(me.getPersonId())).isZero();
        assertThat(audit.about("person", me.getPersonId()))
                .extracting(AuditEvent::getKind)
                .contains(AuditKind.TWO_FACTOR_DISABLED);
    }

    @Test
    void anAdministratorResetsSomeonesTwoFactorSignInAndItIsAudited() throws Exception {
        AccountPrincipal someone = data.account("lostphone", false);
        enrol(twoFactor, someone, clock);
        AccountPrincipal admin = data.admin();
        String personPage = mvc.perform(
                        get("/admin/people/{id}", someone.getPersonId()).with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(personPage).contains("Réinitialiser la double authentification");

        mvc.perform(post("/admin/people/{id}/two-factor/reset", someone.getPersonId())
                        .with(user(someone))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(twoFactor.isOn(someone.getPersonId())).isTrue();

        mvc.perform(post("/admin/people/{id}/two-factor/reset", someone.getPersonId())
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + someone.getPersonId()))
                .andExpect(flash().attribute("flash", "flash.twoFactor.reset"));
        assertThat(twoFactor.isOn(someone.getPersonId())).isFalse();
        assertThat(audit.about("person", someone.getPersonId()))
                .filteredOn(e -> e.getKind() == AuditKind.TWO_FACTOR_RESET)
                .singleElement()
                .satisfies(e -> assertThat(e.getActorId()).isEqualTo(admin.getPersonId()));
    }

    @Test
    void laterIsOfferedOnlyWhileTheDemoDataAreOn() throws Exception {
        AccountPrincipal me = data.account("later", false);
        mvc.perform(post(PAGE + "/later").with(user(me)).with(csrf())).andExpect(status().isNotFound());
    }
}
