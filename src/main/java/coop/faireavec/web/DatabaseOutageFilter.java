package coop.faireavec.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The "service temporarily unavailable" answer while the database cannot be reached (issue #15, point 2). It wraps
 * every other filter, Spring Session's included (sessions are in the database, so reading the session is often the
 * first thing to fail): a request that fails for that reason ({@link DatabaseOutage}; a failure that only involves
 * the database counts when the database does not answer a connection check) gets HTTP 503 with
 * {@code Retry-After: 30} and the page {@code error/503}, in the person's language from the language cookie (or
 * {@code ?lang=}), without the database, the session or a stack trace; {@code /actuator/**} gets
 * {@code {"status":"DOWN"}}. Any other failure goes on unchanged to the usual error pages. Nothing of the failed
 * request was saved; the page says that what was typed stays on the device ({@code static/js/session.js} keeps a
 * form's draft until a page says the server accepted it) and to send it again once the service is back.
 */
class DatabaseOutageFilter extends HttpFilter {

    /** Seconds a client is told to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 30;

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final transient ITemplateEngine templates;
    private final transient LocaleResolver locales;
    private final transient DataSource dataSource;

    DatabaseOutageFilter(ITemplateEngine templates, LocaleResolver locales, DataSource dataSource) {
        this.templates = templates;
        this.locales = locales;
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !databaseDown(e)) {
                throw e;
            }
            log.warn(
                    "database unreachable, answered 503 to {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.getMessage());
            unavailable(request, response);
        }
    }

    private boolean databaseDown(Exception e) {
        return DatabaseOutage.isCause(e) || (DatabaseOutage.involvesDatabase(e) && !databaseAnswers());
    }

    /** Asks the pool for a connection (waiting at most its connection timeout) and checks it. */
    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/actuator/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":\"DOWN\"}");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        Locale locale = locale(request);
        response.setLocale(locale);
        ServletContext servletContext = request.getServletContext();
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(servletContext).buildExchange(request, response), locale);
        templates.process("error/503", context, response.getWriter());
    }

    private Locale locale(HttpServletRequest request) {
        String asked = request.getParameter(PreferredLanguageInterceptor.PARAM);
        if ("en".equals(asked) || "fr".equals(asked)) {
            return Locale.forLanguageTag(asked);
        }
        Locale resolved = locales.resolveLocale(request);
        return "en".equals(resolved.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
