package coop.faireavec.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo seeds months of activity in one transaction; after each meeting or step, what was done is written and
 * the persistence context emptied, so that Hibernate does not check hundreds of earlier entities at every query
 * (the seeding stays within seconds). Only ids are kept across calls.
 */
@Component
@ConditionalOnProperty(name = "faireavec.demo.enabled", havingValue = "true")
class SeedingSession {

    @PersistenceContext
    private EntityManager entityManager;

    /** Writes what is pending and forgets the loaded entities. */
    void settle() {
        entityManager.flush();
        entityManager.clear();
    }
}
