package coop.faireavec.territory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TerritoryRepository extends JpaRepository<Territory, Long> {

    Optional<Territory> findByNameIgnoreCase(String name);

    List<Territory> findAllByOrderByNameAsc();

    Optional<Territory> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
