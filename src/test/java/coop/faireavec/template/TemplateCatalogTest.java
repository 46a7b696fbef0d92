package coop.faireavec.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.faireavec.meeting.CompositionRule;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.participation.College;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

class TemplateCatalogTest {

    @Test
    void theDefaultKitLoadsWithItsFourPhasesInBothLanguages() throws Exception {
        TemplateCatalog catalog = new TemplateCatalog();
        ExperimentationTemplate t = catalog.get("precarity-prevention");
        assertThat(catalog.defaultKey()).isEqualTo("precarity-prevention");
        assertThat(t.phases())
                .extracting(ExperimentationTemplate.PhaseTemplate::key)
                .containsExactly("SHARED_DIAGNOSIS", "ACTION_LEADS", "EXPERIMENTING", "CONSOLIDATION");
        assertThat(t.name(Locale.FRENCH)).isEqualTo("Prévenir la précarisation");
        assertThat(t.name(Locale.ENGLISH)).isEqualTo("Preventing precarity");
        assertThat(t.phase("SHARED_DIAGNOSIS").duration().toTotalMonths()).isPositive();
        assertThat(t.colleges()).containsExactlyInAnyOrder("LIVED_EXPERIENCE", "PRACTITIONERS", "DECISION_MAKERS");
    }

    @Test
    void everyProcessKeyAKitNamesIsABpmnFileInProcesses() throws Exception {
        for (ExperimentationTemplate t : new TemplateCatalog().all()) {
            assertThat(Path.of("processes", t.processKey() + ".bpmn")).exists();
            for (ExperimentationTemplate.PhaseTemplate p : t.phases()) {
                Path file = Path.of("processes", p.processKey() + ".bpmn");
                assertThat(file).exists();
                assertThat(Files.readString(file)).contains("id=\"" + p.processKey() + "\"");
            }
        }
    }

    @Test
    void aBrokenKitStopsTheStartWithAMessageSayingWhatToFix() {
        String yaml = """
                key: Bad Key
                name: {en: Only English}
                description: {fr: Quelque chose}
                process-key: experimentation
                colleges: [LIVED_EXPERIENCE, ROBOTS]
                phases: []
                """;
        Resource broken = new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "broken kit");
        assertThatThrownBy(() -> new TemplateCatalog(new Resource[] {broken}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key must be")
                .hasMessageContaining("name.fr is required")
                .hasMessageContaining("colleges")
                .hasMessageContaining("phases must be");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanSilentlyIgnored() {
        String yaml = "key: x\nnmae: {fr: faute de frappe}\n";
        Resource typo = new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "typo kit");
        assertThatThrownBy(() -> new TemplateCatalog(new Resource[] {typo})).hasMessageContaining("nmae");
    }

    @Test
    void theDefaultKitGivesEveryKindOfMeetingItsRuleTheSameAsTheBuiltInDefaults() throws Exception {
        ExperimentationTemplate t = new TemplateCatalog().get("precarity-prevention");
        assertThat(t.meetingRules()).containsOnlyKeys(TemplateCatalog.MEETING_KINDS);
        ExperimentationTemplate.MeetingRule crossed = t.meetingRule("CROSSED_DISCUSSION");
        assertThat(crossed.requiredColleges())
                .containsExactlyInAnyOrder("LIVED_EXPERIENCE", "PRACTITIONERS", "DECISION_MAKERS");
        assertThat(crossed.minPerCollege()).isEqualTo(2);
        assertThat(crossed.maxSharePercent()).isEqualTo(50);
        for (MeetingKind kind : MeetingKind.values()) {
            ExperimentationTemplate.MeetingRule r = t.meetingRule(kind.name());
            Set<College> colleges = EnumSet.noneOf(College.class);
            r.requiredColleges().forEach(c -> colleges.add(College.valueOf(c)));
            assertThat(new CompositionRule(colleges, r.minPerCollege(), r.maxSharePercent()))
                    .as(kind.name())
                    .isEqualTo(CompositionRule.defaultFor(kind));
        }
    }

    @Test
    void theCatalogKnowsTheKindsOfMeetingTheApplicationHas() {
        assertThat(TemplateCatalog.MEETING_KINDS)
                .containsExactly(
                        Arrays.stream(MeetingKind.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void aKitWithoutMeetingRulesLoadsAndLeavesThemToTheBuiltInDefaults() throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(new Resource[] {kit("")});
        assertThat(catalog.get("small-kit").meetingRules()).isNull();
        assertThat(catalog.get("small-kit").meetingRule("CROSSED_DISCUSSION")).isNull();
    }

    @Test
    void aKitWithBrokenMeetingRulesStopsTheStartSayingWhatToFix() {
        String rules = """
                meeting-rules:
                  COFFEE_BREAK: {required-colleges: [], min-per-college: 0, max-share-percent: 100}
                  CROSSED_DISCUSSION: {required-colleges: [LIVED_EXPERIENCE, ROBOTS], min-per-college: 60, max-share-percent: 0}
                  PLENARY: {required-colleges: [DECISION_MAKERS], min-per-college: 1, max-share-percent: 30}
                  WORKING_GROUP: {min-per-college: 1}
                """;
        assertThatThrownBy(() -> new TemplateCatalog(new Resource[] {kit(rules)}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown kind of meeting COFFEE_BREAK")
                .hasMessageContaining(
                        "meeting-rules.CROSSED_DISCUSSION: required college ROBOTS is not one of the kit's colleges")
                .hasMessageContaining("meeting-rules.CROSSED_DISCUSSION: min-per-college must be between 0 and 50")
                .hasMessageContaining("meeting-rules.CROSSED_DISCUSSION: max-share-percent must be between 1 and 100")
                .hasMessageContaining("meeting-rules.PLENARY: max-share-percent 30 can never be met with 3 colleges")
                .hasMessageContaining("meeting-rules.WORKING_GROUP: needs required-colleges");
    }

    @Test
    void theDefaultKitSaysItsDecisionRulesAndAKitWithoutThemLoads() throws Exception {
        ExperimentationTemplate.DecisionRules rules =
                new TemplateCatalog().get("precarity-prevention").decisionRules();
        assertThat(rules).isEqualTo(new ExperimentationTemplate.DecisionRules(2, "1/3", "MAJORITY", 3, 2, 3));
        assertThat(new TemplateCatalog(new Resource[] {kit("")})
                        .get("small-kit")
                        .decisionRules())
                .isNull();
    }

    @Test
    void aKitWithBrokenDecisionRulesStopsTheStartSayingWhatToFix() {
        String rules = """
                decision-rules:
                  quorum-min-voters: 0
                  quorum-share: 4/3
                  consent-rule: UNANIMITY
                  small-college-below: -1
                  disagreement-gap: 4
                  preselected-leads: 101
                """;
        assertThatThrownBy(() -> new TemplateCatalog(new Resource[] {kit(rules)}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("decision-rules.quorum-min-voters must be between 1 and 1000")
                .hasMessageContaining("decision-rules.quorum-share must be n/d")
                .hasMessageContaining("decision-rules.consent-rule must be MAJORITY or NO_OBJECTION")
                .hasMessageContaining("decision-rules.small-college-below must be between 0 and 1000")
                .hasMessageContaining("decision-rules.disagreement-gap must be between 1 and 3")
                .hasMessageContaining("decision-rules.preselected-leads must be between 0 and 100");
        assertThatThrownBy(() -> new TemplateCatalog(new Resource[] {kit("decision-rules: {quorum-min-voters: 2}\n")}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("decision-rules needs quorum-min-voters, quorum-share");
    }

    /** A small valid kit, with extra lines (e.g. meeting rules) at the end. */
    private static Resource kit(String extra) {
        String yaml = """
                key: small-kit
                name: {fr: Petit kit}
                description: {fr: Pour les tests}
                process-key: experimentation
                colleges: [LIVED_EXPERIENCE, PRACTITIONERS, DECISION_MAKERS]
                durations: {step-due: P14D, escalation: P28D, call-for-leads: P30D, observation-cycle: P14D}
                phases:
                  - {key: SHARED_DIAGNOSIS, process-key: a, duration: P6M, name: {fr: Un}}
                  - {key: ACTION_LEADS, process-key: b, duration: P4M, name: {fr: Deux}}
                  - {key: EXPERIMENTING, process-key: c, duration: P10M, name: {fr: Trois}}
                  - {key: CONSOLIDATION, process-key: d, duration: P4M, name: {fr: Quatre}}
                """ + extra;
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "small kit");
    }
}
