package coop.faireavec.passwordreset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    List<PasswordReset> findByPersonIdAndUsedAtIsNullAndRevokedAtIsNull(Long personId);

    long countByPersonIdAndCreatedAtAfter(Long personId, Instant after);
}
