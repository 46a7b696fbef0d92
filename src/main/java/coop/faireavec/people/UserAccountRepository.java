package coop.faireavec.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findByPersonId(Long personId);

    boolean existsByUsernameIgnoreCase(String username);

    List<UserAccount> findByPersonIdIn(Collection<Long> personIds);

    boolean existsByAdminTrue();

    List<UserAccount> findByPerson_EmailIgnoreCase(String email);

    @Query("select new coop.faireavec.people.SignInState(a.enabled, a.sessionVersion) from UserAccount a"
            + " where a.person.id = :personId")
    Optional<SignInState> signInStateOf(@Param("personId") long personId);

    long countByAdminTrueAndEnabledTrue();

    List<UserAccount> findByAdminTrueAndEnabledTrueOrderByUsername();

    List<UserAccount> findByDemoAccountTrueOrderByUsername();
}
