package coop.faireavec.meeting.web;

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

import coop.faireavec.meeting.CompositionRule;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.meeting.MeetingRules;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

@FaireAvecWebTest
class MeetingRulesWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    MeetingRules meetingRules;

    @Autowired
    ITemplateEngine templates;

    private static final int CROSSED = MeetingKind.CROSSED_DISCUSSION.ordinal();

    @Test
    void theCarrierSeesEachRuleInPlainWordsComingFromTheTemplate() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        mvc.perform(get("/experimentations/{id}", s.experimentationId()).with(user(s.carrier())))
                .andExpect(content()
                        .string(containsString("/experimentations/" + s.experimentationId() + "/meeting-rules")));
        String html = mvc.perform(get("/experimentations/{id}/meeting-rules", s.experimentationId())
                        .with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Discussion croisée</legend>")))
                .andExpect(content().string(not(containsString("style="))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(html))
                .contains(
                        "Aujourd'hui : les 3 collèges présents, au moins 2 personnes de chaque, aucun collège au-dessus de 50\u00a0% règle du modèle")
                .contains("aucun collège obligatoire, un collège peut être seul")
                .contains("le collège des personnes concernées présent, aucun collège au-dessus de 70\u00a0%")
                .contains(
                        "les collèges des personnes concernées et des décideurs présents, aucun collège au-dessus de 75\u00a0%");
    }

    @Test
    void theCarrierChangesARuleAndMeetingsFollowIt() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        mvc.perform(rulesWithCrossed(s, Set.of(College.LIVED_EXPERIENCE, College.DECISION_MAKERS), "3", "60"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/experimentations/" + id + "/meeting-rules"))
                .andExpect(flash().attribute("flash", "meetingRules.saved"));

        assertThat(meetingRules.ruleFor(id, MeetingKind.CROSSED_DISCUSSION))
                .isEqualTo(new CompositionRule(Set.of(College.LIVED_EXPERIENCE, College.DECISION_MAKERS), 3, 60));
        // the other kinds were sent unchanged: they still follow the template
        assertThat(meetingRules.changedKinds(s.carrier().viewer(), id)).containsExactly(MeetingKind.CROSSED_DISCUSSION);
        assertThat(meetingRules.ruleFor(id, MeetingKind.PLENARY))
                .isEqualTo(CompositionRule.defaultFor(MeetingKind.PLENARY));
        mvc.perform(get("/experimentations/{id}/meeting-rules", id).with(user(s.carrier())))
                .andExpect(content().string(containsString("changée pour cette expérimentation")))
                .andExpect(content().string(containsString("au moins 3 personnes de chaque")));

        // setting the template's rule again: the kind follows its template once more
        mvc.perform(rulesWithCrossed(s, EnumSet.allOf(College.class), "2", "50"))
                .andExpect(status().is3xxRedirection());
        assertThat(meetingRules.changedKinds(s.carrier().viewer(), id)).isEmpty();
        assertThat(meetingRules.ruleFor(id, MeetingKind.CROSSED_DISCUSSION))
                .isEqualTo(CompositionRule.defaultFor(MeetingKind.CROSSED_DISCUSSION));
    }

    @Test
    void numbersThatMakeNoSenseAreShownAgainWithWhatWasTypedAndNothingIsSaved() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        String html = mvc.perform(rulesWithCrossed(s, Set.of(College.PRACTITIONERS), "deux", "20"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Discussion croisée : indiquez un nombre de personnes entre 0 et 50.")))
                .andExpect(content().string(containsString("Discussion croisée : indiquez une part entre 34 et 100.")))
                .andExpect(content().string(containsString("value=\"deux\"")))
                .andExpect(content().string(containsString("value=\"20\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // what was ticked stays ticked: only practitioners, in the crossed discussion's box
        String crossedBox =
                html.substring(html.indexOf("Discussion croisée</legend>"), html.indexOf("Groupe de travail</legend>"));
        assertThat(crossedBox.split("checked=\"checked\"", -1)).hasSize(2);
        assertThat(crossedBox).containsPattern("value=\"PRACTITIONERS\"[^>]*checked=\"checked\"");
        assertThat(meetingRules.changedKinds(s.carrier().viewer(), id)).isEmpty();
        assertThat(meetingRules.ruleFor(id, MeetingKind.CROSSED_DISCUSSION))
                .isEqualTo(CompositionRule.defaultFor(MeetingKind.CROSSED_DISCUSSION));

        mvc.perform(rulesWithCrossed(s, Set.of(), "51", "101"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("indiquez un nombre de personnes entre 0 et 50.")));
    }

    @Test
    void onlyTheCarrierSetsTheRulesAndMembersMayReadThem() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal participant = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        mvc.perform(get("/experimentations/{id}/meeting-rules", id).with(user(participant)))
                .andExpect(status().isForbidden());
        mvc.perform(rulesWithCrossed(s, Set.of(), "0", "100").with(user(participant)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/experimentations/{id}", id).with(user(participant)))
                .andExpect(content().string(not(containsString("/meeting-rules"))));
        assertThat(meetingRules.changedKinds(s.carrier().viewer(), id)).isEmpty();

        assertThat(meetingRules.rulesOf(participant.viewer(), id)).containsOnlyKeys(MeetingKind.values());
        assertThatThrownBy(() -> meetingRules.change(
                        participant.viewer(), id, MeetingKind.PLENARY, new CompositionRule(Set.of(), 0, 100)))
                .isInstanceOf(AccessDeniedException.class);
        AccountPrincipal outsider = data.runningExperimentation().carrier();
        assertThatThrownBy(() -> meetingRules.rulesOf(outsider.viewer(), id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFragmentsPutARuleAndItsCheckInWords() {
        CompositionRule crossed = CompositionRule.defaultFor(MeetingKind.CROSSED_DISCUSSION);
        String sentence = render("kindRuleSentence", Map.of("kind", MeetingKind.CROSSED_DISCUSSION, "rule", crossed));
        assertThat(text(sentence))
                .isEqualTo(
                        "Pour une discussion croisée : les 3 collèges présents, au moins 2 personnes de chaque, aucun collège au-dessus de 50\u00a0%");

        String failing = render(
                "ruleCheck",
                Map.of(
                        "check",
                        crossed.check(Map.of(
                                College.LIVED_EXPERIENCE,
                                3L,
                                College.PRACTITIONERS,
                                1L,
                                College.DECISION_MAKERS,
                                0L))));
        assertThat(text(failing))
                .contains("La règle n'est pas respectée.")
                .contains("Il manque le collège des décideurs.")
                .contains("Seulement 1 personne du collège des accompagnants (il en faut 2).")
                .contains(
                        "Le collège des personnes concernées fait 75\u00a0% des personnes comptées (maximum 50\u00a0%).");
        assertThat(failing).contains("aria-hidden=\"true\"").contains("fails");

        String holding = render(
                "ruleCheck",
                Map.of(
                        "check",
                        crossed.check(Map.of(
                                College.LIVED_EXPERIENCE,
                                2L,
                                College.PRACTITIONERS,
                                3L,
                                College.DECISION_MAKERS,
                                2L))));
        assertThat(text(holding)).contains("La règle est respectée.").doesNotContain("manque");

        CompositionRule tooFew = new CompositionRule(Set.of(College.PRACTITIONERS), 4, 100);
        assertThat(text(render("ruleCheck", Map.of("check", tooFew.check(Map.of(College.PRACTITIONERS, 2L))))))
                .contains("Seulement 2 personnes du collège des accompagnants (il en faut 4).");
    }

    /** Posts the form as the page sends it: every kind as in force, the crossed discussion as given. */
    private MockHttpServletRequestBuilder rulesWithCrossed(
            TestData.Scenario s, Set<College> colleges, String min, String maxShare) {
        MockHttpServletRequestBuilder post = post("/experimentations/{id}/meeting-rules", s.experimentationId())
                .with(user(s.carrier()))
                .with(csrf());
        for (MeetingKind kind : MeetingKind.values()) {
            int i = kind.ordinal();
            CompositionRule rule = meetingRules.ruleFor(s.experimentationId(), kind);
            Set<College> required = kind.ordinal() == CROSSED ? colleges : rule.requiredColleges();
            post.param("rules[" + i + "].kind", kind.name());
            required.forEach(c -> post.param("rules[" + i + "].requiredColleges", c.name()));
            post.param("_rules[" + i + "].requiredColleges", "on");
            post.param("rules[" + i + "].minPerCollege", i == CROSSED ? min : String.valueOf(rule.minPerCollege()));
            post.param(
                    "rules[" + i + "].maxSharePercent",
                    i == CROSSED ? maxShare : String.valueOf(rule.maxSharePercent()));
        }
        return post;
    }

    private String render(String fragment, Map<String, Object> variables) {
        return templates.process("fragments/rules", Set.of(fragment), new Context(Locale.FRENCH, variables));
    }

    private static String text(String html) {
        // keeps no-break spaces (Jsoup's text() would turn them into plain ones)
        return org.jsoup.Jsoup.parse(html)
                .wholeText()
                .replaceAll("[ \\t\\r\\n]+", " ")
                .strip();
    }
}
