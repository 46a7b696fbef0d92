package coop.faireavec;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features are Spring Modulith application modules: each top-level package under {@code coop.faireavec} is a
 * module whose public types in its base package are its API (sub-packages such as {@code web} or {@code internal}
 * are its own). {@link ApplicationModules#verify()} fails on a cycle between modules or on a use of another module's
 * internals. See docs/architecture.md.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(FaireAvecApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        MODULES.verify();
    }

    /**
     * Writes the module documentation (C4 and UML component diagrams in PlantUML, module canvases) to
     * {@code docs/modules/}; only on request ({@code FAIREAVEC_SCREENSHOTS=update}, like the screenshots), because
     * its output order is not stable and a normal build must write nothing under {@code docs/}.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "FAIREAVEC_SCREENSHOTS", matches = "update")
    void writesTheModuleDocumentationWhenAsked() {
        new Documenter(
                        MODULES,
                        Documenter.Options.defaults()
                                .withOutputFolder(Path.of("docs", "modules").toString()))
                .writeDocumentation();
    }
}
