package coop.faireavec.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * Fuzz test of the experimentation template loader (issue #16, point 6): whatever a kit's {@code template.yml} holds,
 * loading it either gives a catalogue or stops with an {@link IOException} (not YAML, wrong shape) or an
 * {@link IllegalStateException} whose message names the file and says what to fix; never another exception. The
 * normal suite replays {@code src/test/resources/coop/faireavec/template/TemplateCatalogFuzzTestInputs/} (the real
 * kit among them); the long run is in docs/security.md.
 */
class TemplateCatalogFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void anyTemplateFile(FuzzedDataProvider data) {
        byte[] yaml = data.consumeRemainingAsBytes();
        try {
            TemplateCatalog catalog =
                    new TemplateCatalog(new Resource[] {new ByteArrayResource(yaml, "fuzzed/template.yml")});
            assertThat(catalog.all()).hasSize(1);
        } catch (IOException notAKit) {
            // not YAML, or not the shape of a kit: Jackson says where
        } catch (IllegalStateException brokenKit) {
            assertThat(brokenKit.getMessage()).contains("fuzzed/template.yml");
        }
    }
}
