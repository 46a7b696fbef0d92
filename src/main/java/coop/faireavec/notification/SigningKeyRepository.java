package coop.faireavec.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface SigningKeyRepository extends JpaRepository<SigningKey, String> {}
