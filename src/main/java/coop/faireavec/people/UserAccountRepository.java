package coop.faireavec.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findByPersonId(Long personId);

    boolean existsByUsernameIgnoreCase(String username);

    List<UserAccount> findByPersonIdIn(Collection<Long> personIds);

    boolean existsByAdminTrue();

    List<UserAccount> findByPerson_EmailIgnoreCase(String email);
}
