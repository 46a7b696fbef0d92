package coop.faireavec.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findTop20ByPersonIdAndReadAtIsNullOrderByCreatedAtDesc(Long personId);

    List<Notification> findByPersonIdOrderByCreatedAtDesc(Long personId);

    List<Notification> findByMessageKeyAndLinkAndReadAtIsNull(String messageKey, String link);

    List<Notification> findByLinkAndReadAtIsNull(String link);
}
