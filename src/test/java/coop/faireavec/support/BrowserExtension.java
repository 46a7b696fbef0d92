package coop.faireavec.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Starts one Chromium per test class (closed after the class) and hands it to test methods as {@link Browser}. */
final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final String SKIPPED = "skipped";

    @Override
    public void beforeAll(ExtensionContext context) {
        String missing = missingBinaries();
        if (missing != null) {
            String message =
                    "Browser tests in " + context.getRequiredTestClass().getSimpleName() + " "
                            + (ci() ? "FAIL" : "are SKIPPED") + ": " + missing + " not found. Install them with "
                            + "`apt-get install chromium chromium-driver` (Debian)"
                            + (ci() ? "." : "; with CI=true a missing browser fails the run.");
            System.err.println("[browser] " + message);
            if (ci()) {
                throw new IllegalStateException(message);
            }
            context.getStore(NAMESPACE).put(SKIPPED, message);
            return;
        }
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        Browser browser = Browser.start("http://localhost:" + port);
        context.getStore(NAMESPACE).put(Browser.class, (ExtensionContext.Store.CloseableResource) browser::close);
        context.getStore(NAMESPACE).put("browser", browser);
    }

    /** Each test is reported as skipped, with the reason, when there is no browser (and not in CI). */
    @Override
    public void beforeEach(ExtensionContext context) {
        String skipped = context.getStore(NAMESPACE).get(SKIPPED, String.class);
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getStore(NAMESPACE).get("browser", Browser.class);
    }

    private static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String missingBinaries() {
        boolean chromium = Files.isExecutable(Path.of(Browser.CHROMIUM));
        boolean driver = Files.isExecutable(Path.of(Browser.CHROMEDRIVER));
        if (chromium && driver) {
            return null;
        }
        return !chromium && !driver
                ? Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                : !chromium ? Browser.CHROMIUM : Browser.CHROMEDRIVER;
    }
}
