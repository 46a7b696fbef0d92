package coop.faireavec.directory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, starts the directory's upkeep process of every territory that has correspondents and none running
 * (e.g. after a restore, or for correspondents appointed before the process existed). Off with
 * {@code faireavec.directory.upkeep.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "faireavec.directory.upkeep.enabled", havingValue = "true", matchIfMissing = true)
class UpkeepStarter {

    private static final Logger log = LoggerFactory.getLogger(UpkeepStarter.class);

    private final UpkeepService upkeep;

    UpkeepStarter(UpkeepService upkeep) {
        this.upkeep = upkeep;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startMissing() {
        int started = upkeep.ensureRunningEverywhere();
        if (started > 0) {
            log.info("Directory upkeep started for {} territories", started);
        }
    }
}
