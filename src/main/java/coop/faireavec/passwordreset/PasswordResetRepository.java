package coop.faireavec.passwordreset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    @Query("select r from PasswordReset r where r.personId = :personId"
            + " and r.oneTimeUse.usedAt is null and r.oneTimeUse.revokedAt is null")
    List<PasswordReset> findByPersonIdAndUsedAtIsNullAndRevokedAtIsNull(@Param("personId") Long personId);

    long countByPersonIdAndCreatedAtAfter(Long personId, Instant after);
}
