package coop.faireavec.directory;

import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the organisations an experimentation knows (its carrier's organisation, its funders) link to their record in
 * the territory's directory (issue #17, point 1). They are stored by name only (no SIRET, no commune), so the link is
 * made by the normalised name ({@link SearchText}: case, accents and punctuation ignored) when exactly one live record
 * of the territory has it; a carrier of the experimentation sets it by hand when it is missing, ambiguous or wrong
 * (then it stays, until the carrier puts it back to automatic). The callers gather the names and check the viewer may
 * see them.
 */
@Service
@Transactional(readOnly = true)
public class KnownOrganisations {

    /** How an organisation came to be linked, or why it is not. */
    public enum Match {
        /** A carrier chose the record. */
        BY_HAND,
        /** The only live record with the same normalised name. */
        BY_NAME,
        /** Several live records have that name: a carrier must choose. */
        SEVERAL,
        /** No live record has that name. */
        NONE,
        /** A carrier said it is not in the directory. */
        NOT_IN_DIRECTORY
    }

    /**
     * One organisation the experimentation knows.
     *
     * @param name        its name as the experimentation has it
     * @param structureId its directory record's id, or null when not linked
     * @param recordName  the record's name (and commune), or null when not linked
     */
    public record Known(String name, Long structureId, String recordName, Match match) {

        /** Whether it links to a record. */
        public boolean linked() {
            return structureId != null;
        }
    }

    /** A live record of the territory a carrier may link to: its id and its name with its commune. */
    public record Choice(long id, String label) {}

    /** The choice that puts a link back to automatic (by name). */
    public static final String AUTOMATIC = "";

    /** The choice that says the organisation is not in the directory. */
    public static final String NOT_IN_DIRECTORY = "none";

    private final StructureRepository structures;
    private final KnownLinkRepository links;
    private final AccessGuard guard;
    private final Clock clock;

    KnownOrganisations(StructureRepository structures, KnownLinkRepository links, AccessGuard guard, Clock clock) {
        this.structures = structures;
        this.links = links;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * The organisations with their links, in the given order, each name once (names equal once normalised count once).
     * No access check: the caller shows only names the viewer may see.
     */
    public List<Known> of(long experimentationId, long territoryId, List<String> names) {
        List<Structure> live = structures.findByTerritoryIdAndArchivedAtIsNullOrderByNom(territoryId);
        Map<Long, Structure> byId = live.stream().collect(Collectors.toMap(Structure::getId, Function.identity()));
        Map<String, List<Structure>> byName =
                live.stream().collect(Collectors.groupingBy(s -> SearchText.normalise(s.getNom())));
        Map<String, KnownLink> set = links.findByExperimentationId(experimentationId).stream()
                .collect(Collectors.toMap(KnownLink::getOrganisationKey, Function.identity()));
        Map<String, String> distinct = new LinkedHashMap<>();
        names.stream()
                .filter(n -> n != null && !n.isBlank())
                .forEach(n -> distinct.putIfAbsent(SearchText.normalise(n), n));
        List<Known> known = new ArrayList<>();
        distinct.forEach(
                (key, name) -> known.add(known(name, set.get(key), byId, byName.getOrDefault(key, List.of()))));
        return known;
    }

    /** The territory's live records, by name, for the carrier's choice. */
    public List<Choice> choices(long territoryId) {
        return structures.findByTerritoryIdAndArchivedAtIsNullOrderByNom(territoryId).stream()
                .map(s -> new Choice(s.getId(), label(s)))
                .toList();
    }

    /**
     * Sets how one organisation links: {@link #AUTOMATIC}, {@link #NOT_IN_DIRECTORY}, or a live record's id.
     *
     * @param name   the organisation's name (the caller checked the experimentation knows it)
     * @param choice what the carrier chose
     * @throws AccessDeniedException    unless the viewer is a carrier of the experimentation or an administrator
     * @throws IllegalArgumentException if the choice is none of those (e.g. an archived record or another territory's)
     */
    @Transactional
    public void link(Viewer viewer, long experimentationId, long territoryId, String name, String choice) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        String key = SearchText.normalise(name);
        if (key.isEmpty()) {
            throw new NotFoundException("organisation", experimentationId);
        }
        String c = choice == null ? AUTOMATIC : choice.strip();
        Optional<KnownLink> existing = links.findByExperimentationIdAndOrganisationKey(experimentationId, key);
        if (AUTOMATIC.equals(c)) {
            existing.ifPresent(links::delete);
            return;
        }
        Long structureId = NOT_IN_DIRECTORY.equals(c) ? null : liveRecordId(territoryId, c);
        KnownLink link = existing.orElseGet(() -> new KnownLink(experimentationId, key));
        link.linkTo(structureId, clock.instant());
        links.save(link);
    }

    private Long liveRecordId(long territoryId, String choice) {
        long id;
        try {
            id = Long.parseLong(choice);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a record: " + choice, e);
        }
        return structures
                .findById(id)
                .filter(s -> s.getTerritoryId() == territoryId && !s.isArchived())
                .map(Structure::getId)
                .orElseThrow(() -> new IllegalArgumentException("not a live record of the territory: " + choice));
    }

    private static Known known(String name, KnownLink set, Map<Long, Structure> byId, List<Structure> sameName) {
        if (set != null && set.getStructureId() == null) {
            return new Known(name, null, null, Match.NOT_IN_DIRECTORY);
        }
        if (set != null && byId.containsKey(set.getStructureId())) {
            Structure s = byId.get(set.getStructureId());
            return new Known(name, s.getId(), label(s), Match.BY_HAND);
        }
        // no link by hand, or one to a record archived since: by name
        if (sameName.size() == 1) {
            return new Known(name, sameName.get(0).getId(), label(sameName.get(0)), Match.BY_NAME);
        }
        return new Known(name, null, null, sameName.isEmpty() ? Match.NONE : Match.SEVERAL);
    }

    private static String label(Structure s) {
        return s.getCommune() == null || s.getCommune().isBlank()
                ? s.getNom()
                : s.getNom() + " (" + s.getCommune() + ")";
    }
}
