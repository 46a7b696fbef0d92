package coop.faireavec.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.decision.ConsentRule;
import coop.faireavec.decision.DecisionRulesService;
import coop.faireavec.decision.EqualFootingRules;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The equal-footing rules page: members read the rules in plain words, the carrier changes them. */
@FaireAvecWebTest
class DecisionRulesWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    DecisionRulesService decisionRules;

    @Autowired
    AuditLog audit;

    static MockHttpServletRequestBuilder send(
            long id, String min, String share, String consent, String small, String gap, String leads) {
        return post("/experimentations/{id}/decision-rules", id)
                .with(csrf())
                .param("quorumMinVoters", min)
                .param("quorumShare", share)
                .param("consentRule", consent)
                .param("smallCollegeBelow", small)
                .param("disagreementGap", gap)
                .param("preselectedLeads", leads);
    }

    @Test
    void aMemberReadsTheTemplateRulesInPlainWordsWithTheMeetingRulesBeside() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal participant = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        assertThat(decisionRules.rulesFor(id)).isEqualTo(EqualFootingRules.defaults());

        mvc.perform(get("/experimentations/{id}", id).with(user(participant)))
                .andExpect(content().string(containsString("/experimentations/" + id + "/decision-rules")));
        mvc.perform(get("/experimentations/{id}/decision-rules", id).with(user(participant)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("règles du modèle")))
                .andExpect(content()
                        .string(containsString(
                                "Le résultat d&#39;un collège compte quand au moins 2 de ses membres ont participé,"
                                        + " et au moins 1 membre(s) sur 3.")))
                .andExpect(content().string(containsString("plus de la moitié de ceux qui ont répondu")))
                .andExpect(content().string(containsString("moins de 3 votants")))
                .andExpect(content().string(containsString("à 2 cran(s) ou plus")))
                .andExpect(content().string(containsString("les 3 pistes les mieux classées")))
                // a college of 30 needs 10, of 8 needs 3, of 1 its one member
                .andExpect(content().string(containsString("<td>30</td>\n        <td>10</td>")))
                .andExpect(content().string(containsString("<td>8</td>\n        <td>3</td>")))
                .andExpect(content().string(containsString("<td>1</td>\n        <td>1</td>")))
                // the meeting rules, listed beside, from the meeting module
                .andExpect(content().string(containsString("Pour une discussion croisée :")))
                // a participant reads but has no form and no link to change the meeting rules
                .andExpect(content().string(not(containsString("name=\"quorumMinVoters\""))))
                .andExpect(content().string(not(containsString("/meeting-rules"))));
    }

    @Test
    void theCarrierChangesTheRulesWhichAreAuditedAndCanGoBackToTheTemplate() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        mvc.perform(get("/experimentations/{id}/decision-rules", id).with(user(s.carrier())))
                .andExpect(content().string(containsString("name=\"quorumMinVoters\"")))
                .andExpect(content().string(containsString("value=\"1/3\"")));

        mvc.perform(send(id, "3", " 1 / 2 ", "NO_OBJECTION", "4", "1", "5").with(user(s.carrier())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/experimentations/" + id + "/decision-rules"))
                .andExpect(flash().attribute("flash", "decisionRules.saved"));

        EqualFootingRules changed = new EqualFootingRules(3, 1, 2, ConsentRule.NO_OBJECTION, 4, 1, 5);
        assertThat(decisionRules.rulesFor(id)).isEqualTo(changed);
        assertThat(audit.about("experimentation", id))
                .filteredOn(e -> e.getKind() == AuditKind.DECISION_RULES_CHANGED)
                .hasSize(1)
                .first()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo(changed.asText()));
        mvc.perform(get("/experimentations/{id}/decision-rules", id).with(user(s.carrier())))
                .andExpect(content().string(containsString("règles changées par le porteur")))
                .andExpect(content().string(containsString("personne n&#39;a fait d&#39;objection")));

        // the template's rules again: the experimentation follows its template once more
        mvc.perform(send(id, "2", "1/3", "MAJORITY", "3", "2", "3").with(user(s.carrier())))
                .andExpect(status().is3xxRedirection());
        assertThat(decisionRules.rulesFor(id)).isEqualTo(EqualFootingRules.defaults());
        assertThat(decisionRules.changed(s.carrier().viewer(), id)).isFalse();
    }

    @Test
    void badInputComesBackWithWhatWasTypedAndAMessagePerFieldAndNothingIsSaved() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        mvc.perform(send(id, "deux", "4/3", "UNANIMITY", "-1", "7", "1000").with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Nombre minimum de participants : indiquez un nombre entier entre 1 et 1000.")))
                .andExpect(content().string(containsString("Part minimum des membres : écrivez une fraction")))
                .andExpect(content().string(containsString("Quand un collège est d&#39;accord : choisissez")))
                .andExpect(content()
                        .string(containsString("Détail des notes : indiquez un nombre entier entre 0 et 1000.")))
                .andExpect(content()
                        .string(containsString(
                                "Écart qui marque un désaccord : indiquez un nombre entier entre 1 et 3.")))
                .andExpect(content()
                        .string(containsString(
                                "Pistes cochées d&#39;avance : indiquez un nombre entier entre 0 et 100.")))
                .andExpect(content().string(containsString("value=\"deux\"")))
                .andExpect(content().string(containsString("value=\"4/3\"")))
                .andExpect(content().string(containsString("value=\"1000\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(decisionRules.changed(s.carrier().viewer(), id)).isFalse();
        assertThat(decisionRules.rulesFor(id)).isEqualTo(EqualFootingRules.defaults());
    }

    @Test
    void onlyTheCarrierChangesTheRulesAndOnlyMembersReadThem() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal participant = data.memberOfCollege(id, College.PRACTITIONERS);
        mvc.perform(send(id, "3", "1/2", "MAJORITY", "3", "2", "3").with(user(participant)))
                .andExpect(status().isForbidden());
        assertThat(decisionRules.rulesFor(id)).isEqualTo(EqualFootingRules.defaults());
        assertThatThrownBy(() -> decisionRules.change(participant.viewer(), id, EqualFootingRules.defaults(), null))
                .isInstanceOf(AccessDeniedException.class);

        AccountPrincipal outsider = data.runningExperimentation().carrier();
        mvc.perform(get("/experimentations/{id}/decision-rules", id).with(user(outsider)))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> decisionRules.rulesOf(outsider.viewer(), id))
                .isInstanceOf(AccessDeniedException.class);
    }
}
