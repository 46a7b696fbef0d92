package coop.faireavec.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.BrowserData;
import coop.faireavec.support.HttpPerson;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A form sent with a CSRF token that is no longer valid (the session ended, the page stayed open) is told "this page
 * has expired, start again", never "access denied" (found by a newcomer's trial): the sign-in form comes back with the
 * username kept, any other form gets a page with a link back. Real HTTP (MockMvc renders no error page); shares the
 * browser tests' application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestData.class, BrowserData.class, MutableClock.class})
class ExpiredFormPagesTest {

    /** What a browser asks for when it opens a page. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void aStaleSignInFormComesBackWithTheMessageAndTheUsernameKept() throws Exception {
        HttpClient before = client();
        String token = HttpPerson.csrfToken(send(before, get("/login")).body());
        // the session of that page is lost (another browser: no session cookie); the form is sent anyway
        HttpClient after = client();
        HttpResponse<String> sent = send(
                after,
                post("/login", Map.of("username", "marie.durand", "password", "ce qu'elle a tapé", "_csrf", token)));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");

        Document page = Jsoup.parse(send(after, get("/login?expired")).body());
        assertThat(page.select("[role=alert]").text()).contains("Cette page a expiré, recommencez");
        assertThat(page.selectFirst("#username").val()).isEqualTo("marie.durand");
        assertThat(page.text()).doesNotContain("Accès refusé");
    }

    @Test
    void anyOtherFormWithAnExpiredTokenSaysThePageExpiredWithALinkBack() throws Exception {
        AccountPrincipal me = data.account("expired", false);
        HttpClient browser = signedIn(me);
        HttpResponse<String> sent = send(
                browser,
                post(
                                "/me/password",
                                Map.of(
                                        "current", TestData.PASSWORD,
                                        "password", "Une phrase assez longue 42",
                                        "passwordConfirmation", "Une phrase assez longue 42",
                                        "_csrf", "a-token-of-a-session-that-ended"))
                        .header("Referer", base() + "/me/password")
                        .build());
        assertThat(sent.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.select("h1").text()).isEqualTo("Cette page a expiré");
        assertThat(page.select("a.button.primary").attr("href")).isEqualTo("/me/password");
        assertThat(page.text()).doesNotContain("Accès refusé");

        // signed out (no session at all): the same page, not "access denied"
        HttpResponse<String> signedOut = send(
                client(),
                post("/me/password", Map.of("current", "x", "_csrf", "old")).build());
        assertThat(signedOut.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(signedOut.body()).select("h1").text()).isEqualTo("Cette page a expiré");
    }

    @Test
    void signingOutWithAnEndedSessionSaysSignedOutAndARealRefusalStaysAccessDenied() throws Exception {
        HttpResponse<String> logout =
                send(client(), post("/logout", Map.of("_csrf", "old")).build());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");

        HttpClient browser = signedIn(data.account("notadmin", false));
        HttpResponse<String> admin = send(browser, get("/admin"));
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(admin.body()).select("h1").text()).isEqualTo("Accès refusé");
    }

    private HttpClient signedIn(AccountPrincipal me) throws Exception {
        HttpClient browser = client();
        String token = HttpPerson.csrfToken(send(browser, get("/login")).body());
        HttpResponse<String> signIn = send(
                browser,
                post("/login", Map.of("username", me.getUsername(), "password", TestData.PASSWORD, "_csrf", token))
                        .build());
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return send(client, request.build());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept", BROWSER_ACCEPT)
                .build();
    }

    private HttpRequest.Builder post(String path, Map<String, String> fields) {
        String body = new LinkedHashMap<>(fields)
                .entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
