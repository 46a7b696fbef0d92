package faireavecbench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The baseline of figure 5 (issue #14): a Spring Boot application with the platform's starters (web, security,
 * Thymeleaf, JPA, Flyway, actuator, the Camunda starter) and no code of ours, started as its own JVM on the test
 * class path. Only the health endpoint is open, as in the platform. Its settings come from the command line (see
 * {@code StartupFigure}); {@code spring.config.name=bare} keeps the platform's {@code application.properties} out.
 * Its package lies outside {@code coop.faireavec} on purpose: the platform's own component scan (the data generator
 * starts the platform in the bench's JVM) must never pick up this application's beans.
 */
@SpringBootApplication
public class BareApplication {

    /** Starts the bare application with the given Spring arguments ({@code --key=value}). */
    public static void main(String[] args) {
        System.setProperty("spring.config.name", "bare");
        SpringApplication.run(BareApplication.class, args);
    }

    /** Health open to all, everything else behind a sign-in form, as in the platform. */
    @Bean
    SecurityFilterChain bareSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }
}
