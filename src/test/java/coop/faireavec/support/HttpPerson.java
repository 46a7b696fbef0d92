package coop.faireavec.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's browser over real HTTP (java.net.http with a cookie store, redirects not followed), for tests of a
 * running server: the same person can be sent to several servers (application nodes) on localhost with the same
 * cookies.
 */
public final class HttpPerson {

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** GET {@code base + path}; the body as text. */
    public HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST a form (url-encoded fields, in the given order) to {@code base + path}. */
    public HttpResponse<String> post(String base, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Signs in on the server at {@code base} through the sign-in page (its CSRF token, then the form).
     *
     * @return the answer to the form (a redirect to {@code /} when the password was right)
     */
    public HttpResponse<String> signIn(String base, String username, String password)
            throws IOException, InterruptedException {
        String token = csrfToken(get(base, "/login").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", token);
        return post(base, "/login", form);
    }

    /** The CSRF token of a page: its {@code _csrf} meta tag or hidden field. */
    public static String csrfToken(String html) {
        Document page = Jsoup.parse(html);
        Element meta = page.selectFirst("meta[name=_csrf]");
        if (meta != null) {
            return meta.attr("content");
        }
        Element field = page.selectFirst("input[name=_csrf]");
        if (field == null) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return field.attr("value");
    }
}
