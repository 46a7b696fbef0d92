package coop.faireavec.personaldata;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.retention.PersonLeftInNoExperimentation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issue #16, point 10: once the retention period of an experimentation is over, a person it leaves in no
 * experimentation is erased ({@link PersonalDataService#erase}). Runs in the anonymisation's own transaction, so an
 * erasure that fails undoes that experimentation's anonymisation too, and the next daily run tries both again.
 */
@Component
class ErasureAfterRetention {

    private final PersonalDataService personalData;

    ErasureAfterRetention(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @EventListener
    void erase(PersonLeftInNoExperimentation event) {
        if (!personalData.erased(event.personId())) {
            personalData.erase(event.personId(), new AuditLog.Actor(null, "Faire-Avec", null));
        }
    }
}
