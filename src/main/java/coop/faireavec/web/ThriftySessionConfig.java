package coop.faireavec.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives Spring Session's filter the {@link ThriftySessionRepository} around the JDBC one, and marks each request's start and end for it, just outside Spring Session's filter.
 */
@Configuration
class ThriftySessionConfig {

    /** Just before Spring Session's filter, after the database outage filter. */
    static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 1;

    /**
     * Puts the thrifty repository in place of the JDBC one (Spring Boot's session configuration backs off when
     * another session repository bean exists, so the JDBC one is wrapped where it is made).
     */
    @Bean
    static BeanPostProcessor thriftySessionRepository() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository jdbc) {
                    return new ThriftySessionRepository((FindByIndexNameSessionRepository) jdbc);
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> thriftySessionRequestFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        String method = request.getMethod();
                        ThriftySessionRepository.startOfRequest("GET".equals(method) || "HEAD".equals(method));
                        try {
                            chain.doFilter(request, response);
                        } finally {
                            ThriftySessionRepository.endOfRequest();
                        }
                    }
                });
        registration.setOrder(ORDER);
        return registration;
    }
}
