package coop.faireavec.invitation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByCodeHash(String codeHash);

    List<Invitation> findByPersonIdAndUsedAtIsNullAndRevokedAtIsNull(Long personId);

    List<Invitation> findByPersonId(Long personId);
}
