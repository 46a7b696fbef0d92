package coop.faireavec.setup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SetupTokenRepository extends JpaRepository<SetupToken, Long> {

    Optional<SetupToken> findByTokenHash(String tokenHash);

    List<SetupToken> findByUsedAtIsNullAndRevokedAtIsNull();
}
