package coop.faireavec.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailConsentChangeRepository extends JpaRepository<MailConsentChange, Long> {

    List<MailConsentChange> findByPersonIdOrderByChangedAtDescIdDesc(long personId);
}
