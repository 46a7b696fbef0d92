package coop.faireavec.security;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.people.PeopleService;
import coop.faireavec.ratelimit.SignInThrottle;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login (throttled, {@link SignInThrottlingFilter}; then the person's language, {@link SignInLanguage}), CSRF on, session id changed at login, strict CSP. Only sign-in, the invitation-code page, the
 * first administrator's set-up page, the forgotten-password pages, static
 * files, error pages and the health endpoint (no details) are public; {@code /admin/**} and the other actuator
 * endpoints (metrics) are for platform administrators; a
 * disabled account or an ended session is signed out ({@link SessionVersionFilter}); every refused request is
 * audited ({@link DeniedAccessAudit}); roles inside an experimentation are checked by
 * {@link coop.faireavec.participation.AccessGuard} in services.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignInLanguage language,
            PeopleService people,
            AuditLog audit,
            List<SignInGate> gates,
            SignInThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/login/two-factor",
                                "/login/two-factor/cancel",
                                "/invitation",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/vendor/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        // first administrator (404 once one exists) and forgotten password
                        .requestMatchers("/setup", "/password/forgotten", "/password/forgotten/sent", "/password/reset")
                        .permitAll()
                        // the public notices (issue #16) and the one-click unsubscribe of mails (RFC 8058)
                        .requestMatchers("/privacy", "/accessibility", "/legal", "/unsubscribe/*")
                        .permitAll()
                        // a territory's directory of local actors, when published (404 otherwise)
                        .requestMatchers("/territories/*/directory", "/territories/*/directory/**")
                        .permitAll()
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole("ADMIN")
                        // metrics (engine jobs and incidents, mail backlog): administrators only; health stays public
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new SessionVersionFilter(people), AuthorizationFilter.class)
                // every 403 (URL rules, CSRF, services' membership checks) is written to the audit
                .addFilterBefore(new DeniedAccessAudit(audit), CsrfFilter.class)
                // repeated failed sign-ins are refused before the password is checked (issue #16)
                .addFilterBefore(new SignInThrottlingFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new SignInSuccessHandler(language, gates))
                        .failureHandler(new SignInFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // a form whose CSRF token is no longer valid (ended session) says "this page has expired", not 403
                .exceptionHandling(denied -> denied.accessDeniedHandler(new ExpiredFormHandler()))
                // RFC 8058: a mail client's one-click unsubscribe is a POST with no session nor CSRF token; its
                // signed token is the proof (only this path is exempt)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/unsubscribe/*"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
