package coop.faireavec.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port (in-memory H2, real security), driven by a real headless Chromium.
 * Every class with exactly these annotations shares one cached Spring context; each class gets its own browser,
 * injected as a {@link Browser} test-method parameter. Without /usr/bin/chromium or /usr/bin/chromedriver the
 * tests are skipped with a message, unless CI=true, where they fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestData.class, BrowserData.class, MutableClock.class})
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {}
