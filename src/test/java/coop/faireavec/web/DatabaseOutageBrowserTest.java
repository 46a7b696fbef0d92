package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserData;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A form sent while the database is unreachable is not lost (issue #15, point 2): the 503 page says the text is kept
 * on this device and to send it again; the draft stays and comes back on the form's page, and goes only once the
 * server has accepted the form. The outage is played by a filter that fails POSTs as the connection pool does when
 * the database is down (the real stop and restart of PostgreSQL: {@code DatabaseOutagePostgresTest}).
 */
@BrowserTest
class DatabaseOutageBrowserTest {

    static final AtomicBoolean DATABASE_DOWN = new AtomicBoolean();

    @Autowired
    TestData data;

    @Autowired
    BrowserData steps;

    @Test
    void aFormSentDuringAnOutageKeepsItsDraftUntilTheServerAcceptsIt(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        steps.completeFirst(s.carrier(), "KickOffMeeting");
        AccountPrincipal member = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        browser.phone().signIn(member.getUsername()).open("/tasks");
        browser.find(".card.step h3 a").sendKeys(Keys.ENTER);
        browser.waitForPath(p -> p.startsWith("/tasks/"), "the step page");
        browser.find("textarea#body").sendKeys("Huit personnes sont venues malgré la pluie");
        String stepPath = browser.path();

        DATABASE_DOWN.set(true);
        try {
            browser.submit("form[action='" + stepPath + "'] button[type=submit]");
            assertThat(browser.text("h1")).isEqualTo("Service momentanément indisponible");
            assertThat(browser.text("main"))
                    .contains("votre texte est gardé sur cet appareil")
                    .contains("envoyez-le à nouveau");
            browser.assertAccessible();
            assertThat(drafts(browser)).contains("Huit personnes sont venues malgré la pluie");
        } finally {
            DATABASE_DOWN.set(false);
        }

        browser.open(stepPath);
        assertThat(browser.find("textarea#body").getAttribute("value"))
                .isEqualTo("Huit personnes sont venues malgré la pluie");
        browser.submit("form[action='" + stepPath + "'] button[type=submit]");
        assertThat(browser.find("[data-draft-accepted]").isDisplayed()).isTrue();
        assertThat(drafts(browser)).isEmpty();
    }

    private static String drafts(Browser browser) {
        return String.valueOf(browser.driver()
                .executeScript("var out = [];"
                        + "for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i);"
                        + " if (k.indexOf('faireavec-draft:') === 0) { out.push(k + '=' + localStorage.getItem(k)); } }"
                        + "return out.join('\\n');"));
    }

    /** While {@link #DATABASE_DOWN}, POSTs fail as when the pool finds no database (inside the outage filter). */
    @TestConfiguration
    static class Outage {

        @Bean
        FilterRegistrationBean<HttpFilter> databaseDown() {
            FilterRegistrationBean<HttpFilter> registration = new FilterRegistrationBean<>(new HttpFilter() {
                @Override
                protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws IOException, ServletException {
                    if (DATABASE_DOWN.get() && "POST".equals(request.getMethod())) {
                        throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
                    }
                    chain.doFilter(request, response);
                }
            });
            registration.setOrder(DatabaseOutageConfig.ORDER + 1);
            return registration;
        }
    }
}
