package coop.faireavec.twofactor;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    @Query("select c from RecoveryCode c where c.personId = :personId and c.usedAt is null")
    List<RecoveryCode> unused(@Param("personId") long personId);

    /** Marks a code used unless it already was: 1 if this call used it, 0 if another did first. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update RecoveryCode c set c.usedAt = :now where c.id = :id and c.usedAt is null")
    int use(@Param("id") long id, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from RecoveryCode c where c.personId = :personId")
    void deleteAllOf(@Param("personId") long personId);
}
