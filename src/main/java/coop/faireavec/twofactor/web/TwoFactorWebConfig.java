package coop.faireavec.twofactor.web;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link EnrolmentRequired} right after Spring Security's filters (the signed-in session is known there). */
@Configuration
class TwoFactorWebConfig {

    @Bean
    FilterRegistrationBean<EnrolmentRequired> enrolmentRequiredFilter() {
        FilterRegistrationBean<EnrolmentRequired> registration = new FilterRegistrationBean<>(new EnrolmentRequired());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
