package coop.faireavec.twofactor;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RememberedDeviceRepository extends JpaRepository<RememberedDevice, Long> {

    Optional<RememberedDevice> findByTokenHash(String tokenHash);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from RememberedDevice d where d.personId = :personId")
    void deleteAllOf(@Param("personId") long personId);
}
