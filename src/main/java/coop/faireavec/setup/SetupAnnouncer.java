package coop.faireavec.setup;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready (after the demo data, if any), and only while there is no administrator: prints the
 * one-time set-up address in the log, once per start. A new start voids the address printed by the previous one.
 * Not when the application runs the command line ({@link AdminCommandLine}).
 */
@Component
class SetupAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(SetupAnnouncer.class);

    private final SetupService setup;
    private final Environment environment;

    SetupAnnouncer(SetupService setup, Environment environment) {
        this.setup = setup;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (environment.containsProperty(AdminCommandLine.PROPERTY)) {
            return;
        }
        announce();
    }

    /** Makes and logs a new set-up address if there is no administrator; returns it (empty: nothing to do). */
    Optional<SetupService.SetupAddress> announce() {
        Optional<SetupService.SetupAddress> address = setup.openIfNoAdministrator();
        address.ifPresent(a -> log.warn("""

                ==============================================================================================
                Faire-Avec has no administrator yet. To create the first one, open this address once
                (it works until {}, or until the next start of the application, which prints a new one):

                    {}

                Or, without the web: java -jar faire-avec.jar --faireavec.admin.create=USERNAME
                (see docs/operations.md, "The first hour").
                ==============================================================================================""", a.expiresAt().truncatedTo(ChronoUnit.SECONDS), a.link()));
        return address;
    }
}
