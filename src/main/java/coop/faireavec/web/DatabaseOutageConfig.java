package coop.faireavec.web;

import jakarta.servlet.DispatcherType;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

/**
 * Puts {@link DatabaseOutageFilter} outside Spring Session's filter (which reads and saves sessions in the
 * database) and Spring Security's, for requests, error pages and asynchronous dispatches alike.
 */
@Configuration
class DatabaseOutageConfig {

    /** Runs just after the character-encoding filter and before Spring Session's filter. */
    static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 10;

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(
            ITemplateEngine templates, LocaleResolver localeResolver, DataSource dataSource) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(templates, localeResolver, dataSource));
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
