package coop.faireavec.territory;

import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class TerritoryService {

    private final TerritoryRepository territories;
    private final Clock clock;

    TerritoryService(TerritoryRepository territories, Clock clock) {
        this.territories = territories;
        this.clock = clock;
    }

    public Territory get(long id) {
        return territories.findById(id).orElseThrow(() -> new NotFoundException("territory", id));
    }

    public List<Territory> all() {
        return territories.findAllByOrderByNameAsc();
    }

    public List<Territory> byIds(Collection<Long> ids) {
        return territories.findAllById(ids).stream()
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName()))
                .toList();
    }

    /** Returns the territory of that name, creating it if it is new (names are unique, case-insensitively). */
    @Transactional
    public Territory findOrCreate(String name) {
        String trimmed = name.trim();
        return territories
                .findByNameIgnoreCase(trimmed)
                .orElseGet(() -> territories.save(new Territory(trimmed, null, clock.instant(), freeSlug(trimmed))));
    }

    /** Whether another territory than {@code exceptId} (null: any) already has that name, case-insensitively. */
    public boolean nameTaken(String name, Long exceptId) {
        return territories
                .findByNameIgnoreCase(name.strip())
                .filter(t -> !t.getId().equals(exceptId))
                .isPresent();
    }

    /**
     * Opens a territory (administration). The description says which communes it covers (may be blank).
     *
     * @throws ConflictException ("conflict.territoryName") if the name is taken
     */
    @Transactional
    public Territory create(String name, String description) {
        if (nameTaken(name, null)) {
            throw new ConflictException("conflict.territoryName");
        }
        String trimmed = name.strip();
        return territories.save(new Territory(trimmed, blankToNull(description), clock.instant(), freeSlug(trimmed)));
    }

    /**
     * Renames a territory and says which communes it covers.
     *
     * @throws NotFoundException if there is no such territory
     * @throws ConflictException ("conflict.territoryName") if another territory has that name
     */
    @Transactional
    public Territory describe(long id, String name, String description) {
        if (nameTaken(name, id)) {
            throw new ConflictException("conflict.territoryName");
        }
        Territory territory = get(id);
        territory.describe(name.strip(), blankToNull(description));
        return territory;
    }

    /** Archives a territory (no longer offered for new experimentations; its experimentations go on) or restores it. */
    @Transactional
    public Territory setArchived(long id, boolean archived) {
        Territory territory = get(id);
        territory.setArchivedAt(
                archived ? (territory.isArchived() ? territory.getArchivedAt() : clock.instant()) : null);
        return territory;
    }

    /**
     * The territory whose directory is published under that slug (issue #17, point 6).
     *
     * @throws NotFoundException if no territory has that slug or its directory is not published
     */
    public Territory publishedDirectory(String slug) {
        return territories
                .findBySlug(slug)
                .filter(Territory::isDirectoryPublic)
                .orElseThrow(() -> new NotFoundException("territory", slug));
    }

    /** Publishes the territory's directory read-only without sign-in, or withdraws it (administrators' switch). */
    @Transactional
    public Territory setDirectoryPublic(long id, boolean published) {
        Territory territory = get(id);
        territory.setDirectoryPublic(published);
        return territory;
    }

    /** A slug made from the name, with "-2", "-3"... when another territory has it already. */
    private String freeSlug(String name) {
        String base = Slugs.of(name);
        String slug = base;
        for (int n = 2; territories.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
