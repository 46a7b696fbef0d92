package coop.faireavec.support;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

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

    private static MockHttpServletRequest mock(ServletRequest request) {
        ServletRequest inner = request;
        while (inner instanceof ServletRequestWrapper wrapper) {
            inner = wrapper.getRequest();
        }
        return inner instanceof MockHttpServletRequest mock ? mock : null;
    }
}
