package coop.faireavec.people;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    String MATCHES = "(lower(p.displayName) like :text or exists (select a.id from UserAccount a"
            + " where a.person = p and lower(a.username) like :text))";

    @Query(
            value = "select p from Person p where " + MATCHES + " order by lower(p.displayName), p.id",
            countQuery = "select count(p) from Person p where " + MATCHES)
    Page<Person> search(@Param("text") String likePattern, Pageable page);

    @Query(
            value = "select p from Person p where p.id in :ids and " + MATCHES + " order by lower(p.displayName), p.id",
            countQuery = "select count(p) from Person p where p.id in :ids and " + MATCHES)
    Page<Person> searchAmong(@Param("ids") Collection<Long> ids, @Param("text") String likePattern, Pageable page);
}
