package coop.faireavec.territory;

import coop.faireavec.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class TerritoryService {

    private final TerritoryRepository territories;

    TerritoryService(TerritoryRepository territories) {
        this.territories = territories;
    }

    public Territory get(long id) {
        return territories.findById(id).orElseThrow(() -> new NotFoundException("territory", id));
    }

    public List<Territory> all() {
        return territories.findAllByOrderByNameAsc();
    }

    public List<Territory> byIds(Collection<Long> ids) {
        return territories.findAllById(ids).stream()
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName())).toList();
    }

    /** Returns the territory of that name, creating it if it is new (names are unique, case-insensitively). */
    @Transactional
    public Territory findOrCreate(String name) {
        String trimmed = name.trim();
        return territories.findByNameIgnoreCase(trimmed)
                .orElseGet(() -> territories.save(new Territory(trimmed, null)));
    }
}
