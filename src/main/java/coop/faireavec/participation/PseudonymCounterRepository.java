package coop.faireavec.participation;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface PseudonymCounterRepository extends JpaRepository<PseudonymCounter, Long> {

    /** Locks the counter row until the transaction ends, so two members added at once get different numbers. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PseudonymCounter> findByExperimentationId(Long experimentationId);
}
