package coop.faireavec.setup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SetupTokenRepository extends JpaRepository<SetupToken, Long> {

    Optional<SetupToken> findByTokenHash(String tokenHash);

    @Query("select t from SetupToken t where t.oneTimeUse.usedAt is null and t.oneTimeUse.revokedAt is null")
    List<SetupToken> findByUsedAtIsNullAndRevokedAtIsNull();
}
