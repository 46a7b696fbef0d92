package coop.faireavec.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Sessions live in the database (Spring Session JDBC), found by the {@code SESSION} cookie. MockMvc tests carry a
 * person's session as a {@link org.springframework.mock.web.MockHttpSession} rather than as a cookie: this resolver
 * keeps the database session's id in that mock session too, as a browser keeps the cookie, so those tests still go
 * through Spring Session (sessions stored, serialized and read back from the database). Requests from a real HTTP
 * client (not a {@link MockHttpServletRequest}) are resolved by the cookie alone, as in production.
 */
@Configuration
@Profile("test")
public class MockSessionIds {

    private static final String ID = MockSessionIds.class.getName() + ".id";

    /** The cookie resolver of production (same cookie settings), plus the mock session's id for MockMvc requests. */
    @Bean
    HttpSessionIdResolver httpSessionIdResolver() {
        DefaultCookieSerializer cookies = new DefaultCookieSerializer();
        cookies.setUseHttpOnlyCookie(true);
        cookies.setSameSite("Lax");
        CookieHttpSessionIdResolver byCookie = new CookieHttpSessionIdResolver();
        byCookie.setCookieSerializer(cookies);
        return new HttpSessionIdResolver() {
            @Override
            public List<String> resolveSessionIds(HttpServletRequest request) {
                List<String> ids = byCookie.resolveSessionIds(request);
                MockHttpServletRequest mock = mock(request);
                if (!ids.isEmpty() || mock == null || mock.getSession(false) == null) {
                    return ids;
                }
                Object id = mock.getSession(false).getAttribute(ID);
                return id == null ? List.of() : List.of((String) id);
            }

            @Override
            public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
                byCookie.setSessionId(request, response, sessionId);
                MockHttpServletRequest mock = mock(request);
                if (mock != null) {
                    mock.getSession(true).setAttribute(ID, sessionId);
                }
            }

            @Override
            public void expireSession(HttpServletRequest request, HttpServletResponse response) {
                byCookie.expireSession(request, response);
                MockHttpServletRequest mock = mock(request);
                HttpSession session = mock == null ? null : mock.getSession(false);
                if (session != null) {
                    session.removeAttribute(ID);
                }
            }
        };
    }

    /**
     * The id of the database session that MockMvc requests carrying {@code mockSession} use, or null when none was
     * created (the value a browser's {@code SESSION} cookie would hold).
     */
    public static String sessionId(HttpSession mockSession) {
        return (String) mockSession.getAttribute(ID);
    }

    /**
     * Checks that the request's session, as stored in the database, is signed in as {@code username} with exactly
     * {@code roles} when some are given (Spring Security's {@code authenticated()} matcher reads the mock session,
     * which no longer holds the sign-in).
     */
    public static ResultMatcher signedIn(SessionRepository<?> sessions, String username, String... roles) {
        return result -> {
            Authentication signedIn = storedSignIn(sessions, result);
            assertThat(signedIn).as("signed in, in the stored session").isNotNull();
            assertThat(signedIn.isAuthenticated()).isTrue();
            assertThat(signedIn.getName()).isEqualTo(username);
            if (roles.length > 0) {
                assertThat(signedIn.getAuthorities())
                        .extracting(GrantedAuthority::getAuthority)
                        .containsExactlyInAnyOrder(
                                Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new));
            }
        };
    }

    /** Checks that the request's session, if any, holds no sign-in in the database. */
    public static ResultMatcher notSignedIn(SessionRepository<?> sessions) {
        return result -> assertThat(storedSignIn(sessions, result))
                .as("no sign-in in the stored session")
                .isNull();
    }

    private static Authentication storedSignIn(SessionRepository<?> sessions, MvcResult result) {
        HttpSession mockSession = result.getRequest().getSession(false);
        String id = mockSession == null ? null : sessionId(mockSession);
        Session stored = id == null ? null : sessions.findById(id);
        SecurityContext context = stored == null
                ? null
                : stored.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null ? null : context.getAuthentication();
    }

    private static MockHttpServletRequest mock(ServletRequest request) {
        ServletRequest inner = request;
        while (inner instanceof ServletRequestWrapper wrapper) {
            inner = wrapper.getRequest();
        }
        return inner instanceof MockHttpServletRequest mock ? mock : null;
    }
}
