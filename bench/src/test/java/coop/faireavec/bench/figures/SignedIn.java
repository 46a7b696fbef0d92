package coop.faireavec.bench.figures;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One person signed in to the running platform through its sign-in form (session cookie, CSRF tokens from pages). */
final class SignedIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;

    private SignedIn(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Signs in.
     *
     * @return the signed-in session, or null when the platform refused that name and password
     */
    static SignedIn as(URI base, String username, String password) throws IOException, InterruptedException {
        SignedIn s = new SignedIn(base);
        String token = s.csrfOf("/login");
        HttpResponse<String> r = s.post("/login", "username=" + enc(username) + "&password=" + enc(password), token);
        String to = r.headers().firstValue("Location").orElse("");
        return r.statusCode() == 302 && !to.contains("error") ? s : null;
    }

    /** The CSRF token of the first form on the page at {@code path}. */
    String csrfOf(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Matcher m = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no form on " + path + " (" + page.statusCode() + ")");
        }
        return m.group(1);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String form, String csrf) throws IOException, InterruptedException {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + enc(csrf);
        return http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
