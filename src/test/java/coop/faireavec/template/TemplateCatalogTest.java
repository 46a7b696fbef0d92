package coop.faireavec.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

class TemplateCatalogTest {

    @Test
    void theDefaultKitLoadsWithItsFourPhasesInBothLanguages() throws Exception {
        TemplateCatalog catalog = new TemplateCatalog();
        ExperimentationTemplate t = catalog.get("precarity-prevention");
        assertThat(catalog.defaultKey()).isEqualTo("precarity-prevention");
        assertThat(t.phases()).extracting(ExperimentationTemplate.PhaseTemplate::key)
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
}
