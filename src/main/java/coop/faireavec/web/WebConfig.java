package coop.faireavec.web;

import coop.faireavec.people.PeopleService;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French by default; ?lang=en (or ?lang=fr) switches and is remembered in a cookie, and for a signed-in person also
 * as their preferred language (their e-mails' language, applied again at sign-in).
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    private final PeopleService people;

    WebConfig(PeopleService people) {
        this.people = people;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("faireavec-lang");
        resolver.setDefaultLocale(Locale.FRENCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(PreferredLanguageInterceptor.PARAM);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new PreferredLanguageInterceptor(people));
    }
}
