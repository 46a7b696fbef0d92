package coop.faireavec;

import coop.faireavec.config.FaireAvecProperties;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The time, as a bean so that expiry and waiting periods can be tested by moving a test clock. Its zone is the
 * platform's ({@code faireavec.time-zone}), not the server's: a day computed from it (e.g. an invitation code's last
 * day, printed on the card) is a day where the people are.
 */
@Configuration
class ClockConfig {

    @Bean
    Clock clock(FaireAvecProperties settings) {
        return Clock.system(ZoneId.of(settings.timeZone()));
    }
}
