package coop.faireavec.invitation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByCodeHash(String codeHash);

    /** The same, locked until the end of the transaction: two clicks redeeming one code take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.codeHash = :codeHash")
    Optional<Invitation> lockByCodeHash(@Param("codeHash") String codeHash);

    @Query("select i from Invitation i where i.personId = :personId"
            + " and i.oneTimeUse.usedAt is null and i.oneTimeUse.revokedAt is null")
    List<Invitation> findByPersonIdAndUsedAtIsNullAndRevokedAtIsNull(@Param("personId") Long personId);

    List<Invitation> findByPersonId(Long personId);
}
