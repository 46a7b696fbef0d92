package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.BrowserData;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A file over Spring's multipart limit (5 MB, application.properties) sent to the real server (Tomcat, not MockMvc,
 * which enforces no limit) gets the 413 page in plain words, with the CSRF token in the form action's query as
 * {@code shared.UploadGuard} asks; Tomcat reads and drops the refused body, so the page reaches the browser. Shares the
 * browser tests' application context (same annotations, no browser needed).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestData.class, BrowserData.class, MutableClock.class})
class UploadLimitPageTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aFileOverTheLimitGetsThePlainWordsPageAndASmallOneGoesThrough() throws Exception {
        String page = http.send(
                        HttpRequest.newBuilder(uri("/password/forgotten")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();

        HttpResponse<String> tooLarge = postFile(token.group(1), new byte[7 * 1024 * 1024]);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body())
                .contains("Fichier trop gros")
                .contains("Ko au plus. Rien n&#39;a été enregistré.")
                .doesNotContain("Exception");

        assertThat(postFile(token.group(1), new byte[1024]).statusCode()).isNotEqualTo(413);
    }

    private HttpResponse<String> postFile(String csrf, byte[] content) throws Exception {
        String boundary = "----faireavec" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"gros.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri("/password/forgotten?_csrf=" + csrf))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
