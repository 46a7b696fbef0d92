package coop.faireavec.security;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.HttpPerson;
import coop.faireavec.support.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The client address (used by the throttling and written in the audit) is the reverse proxy's {@code X-Forwarded-For}
 * only when the request comes from a configured proxy ({@code server.forward-headers-strategy=native},
 * {@code server.tomcat.remoteip.internal-proxies}); from anyone else the header is ignored. A real server, reached
 * over sockets bound to two loopback addresses: 127.0.0.2 plays the trusted proxy, 127.0.0.1 someone else. The
 * address is read from the audit row of a throttled sign-in (one failure per account and address allowed here).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.2",
            "faireavec.throttling.sign-in.per-account-and-address=1/1h"
        })
@ActiveProfiles("test")
@Import(TestData.class)
class ClientAddressTest {

    private static final Pattern SESSION_COOKIE = Pattern.compile("(?im)^Set-Cookie: (SESSION=[^;]+)");
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location: (\\S+)");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    /** One HTTP/1.0 exchange from a socket bound to {@code from}; returns the whole answer (head and body). */
    private String exchange(String from, String head, String body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            OutputStream out = socket.getOutputStream();
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            out.write((head + "Host: localhost\r\nConnection: close\r\nContent-Length: " + content.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String find(Pattern pattern, String answer) {
        Matcher m = pattern.matcher(answer);
        assertThat(m.find()).as("%s in %s", pattern, answer).isTrue();
        return m.group(1);
    }

    /**
     * Fails to sign in twice as a new account from {@code from} with {@code forwardedFor}; returns the client address
     * the audit gives to the throttled second attempt.
     */
    private String addressSeenFor(String from, String forwardedFor) throws IOException {
        String username = data.account("address", false).getUsername();
        String forwarded = "X-Forwarded-For: " + forwardedFor + "\r\n";
        String page = exchange(from, "GET /login HTTP/1.0\r\n" + forwarded, "");
        String cookie = find(SESSION_COOKIE, page);
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=wrong&_csrf="
                + URLEncoder.encode(
                        HttpPerson.csrfToken(page.substring(page.indexOf("\r\n\r\n"))), StandardCharsets.UTF_8);
        String post = "POST /login HTTP/1.0\r\n" + forwarded + "Cookie: " + cookie + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n";
        assertThat(find(LOCATION, exchange(from, post, form))).endsWith("/login?error");
        assertThat(find(LOCATION, exchange(from, post, form))).endsWith("/login?throttled");
        List<String> seen = jdbc.queryForList(
                "select client_address from app.audit_event where kind = 'SIGN_IN_THROTTLED' and detail = ?",
                String.class,
                username.toLowerCase());
        assertThat(seen).hasSize(1);
        return seen.get(0);
    }

    @Test
    void fromTheTrustedProxyTheForwardedAddressIsTheClients() throws IOException {
        assertThat(addressSeenFor("127.0.0.2", "198.51.100.20")).isEqualTo("198.51.100.20");
    }

    @Test
    void anAddressTheVisitorWroteBeforeTheProxysOwnEntryIsIgnored() throws IOException {
        assertThat(addressSeenFor("127.0.0.2", "192.0.2.99, 198.51.100.21")).isEqualTo("198.51.100.21");
    }

    @Test
    void fromAnyoneElseTheHeaderIsIgnored() throws IOException {
        assertThat(addressSeenFor("127.0.0.1", "198.51.100.22")).isEqualTo("127.0.0.1");
    }
}
