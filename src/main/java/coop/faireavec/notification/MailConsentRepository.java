package coop.faireavec.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailConsentRepository extends JpaRepository<MailConsent, MailConsent.Key> {

    List<MailConsent> findByPersonId(long personId);

    List<MailConsent> findByPersonIdIn(Collection<Long> personIds);
}
