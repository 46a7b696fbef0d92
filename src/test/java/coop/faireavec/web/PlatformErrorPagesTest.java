package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.BrowserData;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests refused before or outside the pages still get the platform's page in French, never Tomcat's English
 * "HTTP Status 400" report nor Spring's English JSON (newcomer's trial): an address over Tomcat's 8 KB limit, and a
 * GET on an address that only takes a form (405). Real HTTP (Tomcat itself); shares the browser tests' context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestData.class, BrowserData.class, MutableClock.class})
class PlatformErrorPagesTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAddressOverEightKilobytesGetsThePlainFrenchPage() throws Exception {
        HttpResponse<String> answer = send("/login?q=" + "a".repeat(9 * 1024), BROWSER_ACCEPT);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("h1").text()).isEqualTo("Demande incorrecte");
        assertThat(page.text())
                .contains("Rien n'a été changé")
                .doesNotContain("Tomcat")
                .doesNotContain("HTTP Status");
    }

    @Test
    void aGetOnAFormOnlyAddressGetsTheFrenchErrorPageWhateverTheBrowserAccepts() throws Exception {
        for (String accept : new String[] {BROWSER_ACCEPT, "*/*", null}) {
            HttpResponse<String> answer = send("/login/two-factor/cancel", accept);
            assertThat(answer.statusCode()).as("Accept %s", accept).isEqualTo(405);
            assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                    .as("Accept %s", accept)
                    .startsWith("text/html");
            Document page = Jsoup.parse(answer.body());
            assertThat(page.select("html").attr("lang")).isEqualTo("fr");
            assertThat(page.select("h1").text()).as("Accept %s", accept).isEqualTo("Demande incorrecte");
            assertThat(answer.body()).doesNotContain("Method Not Allowed");
        }
    }

    private HttpResponse<String> send(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
