package coop.faireavec.twofactor;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TwoFactorRepository extends JpaRepository<TwoFactorSecret, Long> {

    /**
     * Takes a code's step for the person if no later or equal step was taken before: 1 if taken, 0 if it was already
     * used (two nodes, or two tabs, given the same code at once: only one wins).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update TwoFactorSecret t set t.lastUsedStep = :step where t.personId = :personId and t.lastUsedStep < :step")
    int takeStep(@Param("personId") long personId, @Param("step") long step);
}
