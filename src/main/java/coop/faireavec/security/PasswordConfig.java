package coop.faireavec.security;

import coop.faireavec.config.FaireAvecProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
class PasswordConfig {

    /** bcrypt; the cost never goes below 10, whatever the configuration says. */
    @Bean
    PasswordEncoder passwordEncoder(FaireAvecProperties settings) {
        return new BCryptPasswordEncoder(Math.max(10, settings.security().bcryptStrength()));
    }
}
