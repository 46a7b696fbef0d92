package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two carriers change the same thing at the same time: the second save is refused with the 409 page in plain words,
 * nothing of it is kept, and the page links back to the current version (optimistic locking, {@code @Version}).
 */
@FaireAvecWebTest
class ConcurrentChangeWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void theSecondOfTwoSimultaneousChangesIsRefusedAndTheFirstIsKept() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal claire = s.carrier();
        AccountPrincipal other = data.memberWithRole(s.experimentationId(), ExperimentationRole.CARRIER);
        String settings = "/experimentations/" + s.experimentationId() + "/settings";

        // both open the form, showing the same version
        String seenByClaire = versionIn(page(settings, claire));
        String seenByOther = versionIn(page(settings, other));
        assertThat(seenByClaire).isNotBlank().isEqualTo(seenByOther);

        MockHttpServletResponse first = save(settings, other, seenByOther, "7", "21");
        assertThat(first.getStatus()).isEqualTo(302);

        MockHttpServletResponse second = save(settings, claire, seenByClaire, "10", "30");
        assertThat(second.getStatus()).isEqualTo(409);
        Document refused = Jsoup.parse(second.getContentAsString());
        assertThat(refused.text())
                .contains("Quelqu'un a modifié ceci en même temps que vous ; voici la version actuelle.");
        assertThat(refused.select("main a[href=" + settings + "]"))
                .as("link to the current version")
                .hasSize(1);

        Document now = page(settings, claire);
        assertThat(now.select("input[name=stepDueDays]").val()).isEqualTo("7");
        assertThat(now.select("input[name=escalationDays]").val()).isEqualTo("21");
        assertThat(versionIn(now)).isNotEqualTo(seenByClaire);

        // with the current version, Claire's change goes through
        assertThat(save(settings, claire, versionIn(now), "10", "30").getStatus())
                .isEqualTo(302);
        assertThat(page(settings, other).select("input[name=stepDueDays]").val())
                .isEqualTo("10");
    }

    @Test
    void aRefererFromAnotherSiteIsNeverOfferedAsTheCurrentVersion() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        String settings = "/experimentations/" + s.experimentationId() + "/settings";
        String seen = versionIn(page(settings, s.carrier()));
        save(settings, s.carrier(), seen, "7", "21");
        MockHttpServletResponse refused = mvc.perform(post(settings)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .header(HttpHeaders.REFERER, "https://evil.example.org/phish")
                        .param("stepDueDays", "10")
                        .param("escalationDays", "30")
                        .param("callForLeadsDays", "30")
                        .param("observationCycleDays", "14")
                        .param("version", seen))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).doesNotContain("evil.example.org");
    }

    private Document page(String path, AccountPrincipal who) throws Exception {
        MockHttpServletResponse r =
                mvc.perform(get(path).with(user(who))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString());
    }

    private static String versionIn(Document form) {
        return form.select("form input[type=hidden][name=version]").val();
    }

    private MockHttpServletResponse save(
            String path, AccountPrincipal who, String version, String due, String escalation) throws Exception {
        return mvc.perform(post(path)
                        .with(user(who))
                        .with(csrf())
                        .header(HttpHeaders.REFERER, "http://localhost" + path)
                        .param("stepDueDays", due)
                        .param("escalationDays", escalation)
                        .param("callForLeadsDays", "30")
                        .param("observationCycleDays", "14")
                        .param("version", version))
                .andReturn()
                .getResponse();
    }
}
