package coop.faireavec.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The platform has pages, not an API: an error is shown as the French error page ({@link ErrorPageController}) to
 * every client that does not ask for JSON by name. Spring Boot's error endpoint answers in English JSON to a request
 * whose {@code Accept} is {@code *}{@code /*} or missing (a GET on an address that only takes a form, opened from a
 * bookmark or a link checker, got {@code "error":"Method Not Allowed"}); on the error dispatch only, this filter
 * presents such a request as asking for HTML. A script asking for {@code application/json} still gets JSON.
 */
@Configuration
class ErrorPagesForBrowsers {

    @Bean
    FilterRegistrationBean<HtmlUnlessJson> errorPagesForBrowsersFilter() {
        FilterRegistrationBean<HtmlUnlessJson> registration = new FilterRegistrationBean<>(new HtmlUnlessJson());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.addUrlPatterns("/error");
        return registration;
    }

    /** On the error dispatch, an {@code Accept} that names neither HTML nor JSON becomes {@code text/html}. */
    static class HtmlUnlessJson extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            String asked = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
            if (asked.contains("json") || asked.contains(MediaType.TEXT_HTML_VALUE)) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(new AsksForHtml(request), response);
        }
    }

    private static final class AsksForHtml extends HttpServletRequestWrapper {

        AsksForHtml(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.TEXT_HTML_VALUE : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of(MediaType.TEXT_HTML_VALUE))
                    : super.getHeaders(name);
        }
    }
}
