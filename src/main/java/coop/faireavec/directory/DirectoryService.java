package coop.faireavec.directory;

import coop.faireavec.config.FaireAvecProperties;
import coop.faireavec.directory.DirectoryCodes.Kind;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.territory.Territory;
import coop.faireavec.territory.TerritoryService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A territory's directory of local actors (issue #17, points 1, 5, 6): organisations and their services in the
 * data·inclusion schema's fields, searched by text (accents ignored), theme, commune and audience; verified, changed
 * and archived by the territory's carriers; published read-only without sign-in when an administrator says so.
 * Access: {@link DirectoryAccess}; a refusal is {@link AccessDeniedException} (403), a record not in that territory's
 * directory {@link NotFoundException} (404), a form filled from an older version
 * {@link ObjectOptimisticLockingFailureException} (409). Days are in the platform's time zone.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    /** Organisations per page of the list. */
    public static final int PAGE_SIZE = 20;

    /** The most organisations one map shows (the list beside it shows the same ones). */
    public static final int MAP_LIMIT = 500;

    /**
     * One page of the directory.
     *
     * @param rows      the organisations of this page, with their services
     * @param communes  the communes of the directory's organisations, for the filter
     * @param freshness the share of records verified within 12 months
     * @param mayEdit   whether the viewer may add, change, verify and archive records
     */
    public record Listing(
            Territory territory,
            Page<StructureView> rows,
            List<String> communes,
            Freshness freshness,
            boolean mayEdit) {}

    /** One organisation's page: {@code mayEdit} as in {@link Listing}. */
    public record Record(Territory territory, StructureView structure, boolean mayEdit) {}

    private final StructureRepository structures;
    private final OfferedServiceRepository services;
    private final DirectoryAccess access;
    private final DirectoryViews views;
    private final DirectoryCodes codes;
    private final TerritoryService territories;
    private final Clock clock;
    private final ZoneId zone;

    DirectoryService(
            StructureRepository structures,
            OfferedServiceRepository services,
            DirectoryAccess access,
            DirectoryViews views,
            DirectoryCodes codes,
            TerritoryService territories,
            Clock clock,
            FaireAvecProperties properties) {
        this.structures = structures;
        this.services = services;
        this.access = access;
        this.views = views;
        this.codes = codes;
        this.territories = territories;
        this.clock = clock;
        this.zone = ZoneId.of(properties.timeZone());
    }

    /** Today in the platform's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * A page of the territory's directory for a member (page numbers from 0, {@link #PAGE_SIZE} a page).
     *
     * @throws AccessDeniedException unless the viewer is a member of an experimentation on the territory
     */
    public Listing directory(Viewer viewer, long territoryId, DirectoryQuery query, int page) {
        access.requireReader(viewer, territoryId);
        return listing(
                territories.get(territoryId), query, page, PAGE_SIZE, false, access.mayEdit(viewer, territoryId));
    }

    /** Every organisation the search finds (at most {@link #MAP_LIMIT}), for the map and the list beside it. */
    public Listing map(Viewer viewer, long territoryId, DirectoryQuery query) {
        access.requireReader(viewer, territoryId);
        return listing(territories.get(territoryId), query, 0, MAP_LIMIT, false, access.mayEdit(viewer, territoryId));
    }

    /**
     * A page of a published directory, public fields only, for anyone.
     *
     * @throws NotFoundException if no territory has that slug or its directory is not published
     */
    public Listing publicDirectory(String slug, DirectoryQuery query, int page, boolean forMap) {
        Territory territory = territories.publishedDirectory(slug);
        return listing(territory, query, forMap ? 0 : page, forMap ? MAP_LIMIT : PAGE_SIZE, true, false);
    }

    /**
     * One organisation of a published directory, public fields only.
     *
     * @throws NotFoundException if the directory is not published or has no such live organisation
     */
    public Record publicStructure(String slug, long structureId) {
        Territory territory = territories.publishedDirectory(slug);
        return new Record(territory, view(live(territory.getId(), structureId), true), false);
    }

    /**
     * One organisation with its live services, for a member.
     *
     * @throws NotFoundException if the territory's directory has no such live organisation
     */
    public Record structure(Viewer viewer, long territoryId, long structureId) {
        access.requireReader(viewer, territoryId);
        Structure s = live(territoryId, structureId);
        return new Record(territories.get(territoryId), view(s, false), access.mayEdit(viewer, territoryId));
    }

    /** The organisation as stored, for its edit form; the viewer must be an editor. */
    public Structure structureForEdit(Viewer viewer, long territoryId, long structureId) {
        access.requireEditor(viewer, territoryId);
        return live(territoryId, structureId);
    }

    /** The service as stored, for its edit form; the viewer must be an editor. */
    public OfferedService serviceForEdit(Viewer viewer, long territoryId, long serviceId) {
        access.requireEditor(viewer, territoryId);
        return liveService(territoryId, serviceId);
    }

    /** Checks the viewer may change the territory's directory (before showing a form). */
    public void requireEditor(Viewer viewer, long territoryId) {
        access.requireEditor(viewer, territoryId);
    }

    /** Whether the viewer may change the territory's directory. */
    public boolean mayEdit(Viewer viewer, long territoryId) {
        return access.mayEdit(viewer, territoryId);
    }

    /** The territory, for a member of the directory. */
    public Territory territory(Viewer viewer, long territoryId) {
        access.requireReader(viewer, territoryId);
        return territories.get(territoryId);
    }

    /** Adds an organisation, verified today by the viewer. */
    @Transactional
    public Structure addStructure(Viewer viewer, long territoryId, StructureDetails details) {
        access.requireEditor(viewer, territoryId);
        territories.get(territoryId);
        return structures.save(new Structure(territoryId, details, clock.instant(), today(), viewer.personId()));
    }

    /** Changes an organisation, as it was at {@code seenVersion}; a change is a verification too. */
    @Transactional
    public Structure changeStructure(
            Viewer viewer, long territoryId, long structureId, long seenVersion, StructureDetails details) {
        access.requireEditor(viewer, territoryId);
        Structure s = live(territoryId, structureId);
        requireVersion(s.getVersion(), seenVersion, Structure.class, structureId);
        s.apply(details);
        s.verify(today(), viewer.personId());
        return s;
    }

    /** Confirms an organisation is right as it is: verified today by the viewer. */
    @Transactional
    public Structure verifyStructure(Viewer viewer, long territoryId, long structureId) {
        access.requireEditor(viewer, territoryId);
        Structure s = live(territoryId, structureId);
        s.verify(today(), viewer.personId());
        return s;
    }

    /** Archives an organisation (it leaves the directory, its services with it; kept for the record). */
    @Transactional
    public Structure archiveStructure(Viewer viewer, long territoryId, long structureId) {
        access.requireEditor(viewer, territoryId);
        Structure s = live(territoryId, structureId);
        s.archive(clock.instant());
        return s;
    }

    /** Adds a service to a live organisation, verified today by the viewer. */
    @Transactional
    public OfferedService addService(Viewer viewer, long territoryId, long structureId, ServiceDetails details) {
        access.requireEditor(viewer, territoryId);
        live(territoryId, structureId);
        OfferedService v = new OfferedService(structureId, details, clock.instant(), today(), viewer.personId());
        v.apply(details, codes.labels(Kind.THEMATIQUES, details.thematiques()));
        return services.save(v);
    }

    /** Changes a service, as it was at {@code seenVersion}; a change is a verification too. */
    @Transactional
    public OfferedService changeService(
            Viewer viewer, long territoryId, long serviceId, long seenVersion, ServiceDetails details) {
        access.requireEditor(viewer, territoryId);
        OfferedService v = liveService(territoryId, serviceId);
        requireVersion(v.getVersion(), seenVersion, OfferedService.class, serviceId);
        v.apply(details, codes.labels(Kind.THEMATIQUES, details.thematiques()));
        v.verify(today(), viewer.personId());
        return v;
    }

    /** Confirms a service is right as it is: verified today by the viewer. */
    @Transactional
    public OfferedService verifyService(Viewer viewer, long territoryId, long serviceId) {
        access.requireEditor(viewer, territoryId);
        OfferedService v = liveService(territoryId, serviceId);
        v.verify(today(), viewer.personId());
        return v;
    }

    /**
     * The territory's archived organisations, the latest archived first, for its editors to put one back.
     *
     * @throws AccessDeniedException unless the viewer may change the territory's directory
     */
    public List<Structure> archivedStructures(Viewer viewer, long territoryId) {
        access.requireEditor(viewer, territoryId);
        return structures.findByTerritoryIdAndArchivedAtIsNotNullOrderByArchivedAtDesc(territoryId);
    }

    /**
     * Puts an archived organisation back in the directory (archiving is one click: this undoes it); it counts as
     * verified today by the viewer. Its services archived with it one by one stay archived.
     *
     * @throws AccessDeniedException unless the viewer may change the territory's directory
     * @throws NotFoundException when the organisation is not an archived one of the territory
     */
    @Transactional
    public Structure restoreStructure(Viewer viewer, long territoryId, long structureId) {
        access.requireEditor(viewer, territoryId);
        Structure s = inTerritory(territoryId, structureId);
        if (!s.isArchived()) {
            throw new NotFoundException("archived structure", structureId);
        }
        s.restore();
        s.verify(today(), viewer.personId());
        return s;
    }

    /** Archives a service (it leaves the directory; kept for the record). */
    @Transactional
    public OfferedService archiveService(Viewer viewer, long territoryId, long serviceId) {
        access.requireEditor(viewer, territoryId);
        OfferedService v = liveService(territoryId, serviceId);
        v.archive(clock.instant());
        return v;
    }

    /** How alive the territory's directory is (no access check: a count). */
    public Freshness freshness(long territoryId) {
        LocalDate cutoff = Staleness.cutoff(today());
        return new Freshness(
                structures.countByTerritoryIdAndArchivedAtIsNull(territoryId) + services.countLive(territoryId),
                structures.countByTerritoryIdAndArchivedAtIsNullAndVerifiedOnAfter(territoryId, cutoff)
                        + services.countLiveVerifiedAfter(territoryId, cutoff));
    }

    private Listing listing(
            Territory territory, DirectoryQuery q, int page, int size, boolean publicOnly, boolean mayEdit) {
        String text = SearchText.normalise(q.text());
        Page<Structure> found = structures.search(
                territory.getId(),
                text,
                "%" + text + "%",
                q.commune(),
                q.theme(),
                CodeLists.pattern(q.theme()),
                q.audience(),
                CodeLists.pattern(q.audience()),
                PageRequest.of(Math.max(0, page), size));
        if (found.getContent().isEmpty() && found.getTotalPages() > 0 && page >= found.getTotalPages()) {
            // a page past the end (an old link, a typed address): the last page rather than "page 100 of 2"
            return listing(territory, q, found.getTotalPages() - 1, size, publicOnly, mayEdit);
        }
        Map<Long, List<OfferedService>> byStructure = services
                .findByStructureIdInAndArchivedAtIsNullOrderByNom(
                        found.getContent().stream().map(Structure::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(OfferedService::getStructureId));
        List<StructureView> rows = views.of(found.getContent(), byStructure, today(), publicOnly);
        return new Listing(
                territory,
                new PageImpl<>(rows, found.getPageable(), found.getTotalElements()),
                structures.communes(territory.getId()),
                freshness(territory.getId()),
                mayEdit);
    }

    private StructureView view(Structure s, boolean publicOnly) {
        List<OfferedService> live = services.findByStructureIdAndArchivedAtIsNullOrderByNom(s.getId());
        return views.of(List.of(s), Map.of(s.getId(), live), today(), publicOnly)
                .get(0);
    }

    private Structure inTerritory(long territoryId, long structureId) {
        return structures
                .findById(structureId)
                .filter(s -> s.getTerritoryId() == territoryId)
                .orElseThrow(() -> new NotFoundException("structure", structureId));
    }

    private Structure live(long territoryId, long structureId) {
        Structure s = inTerritory(territoryId, structureId);
        if (s.isArchived()) {
            throw new NotFoundException("structure", structureId);
        }
        return s;
    }

    private OfferedService liveService(long territoryId, long serviceId) {
        OfferedService v = services.findById(serviceId)
                .filter(x -> !x.isArchived())
                .orElseThrow(() -> new NotFoundException("service", serviceId));
        live(territoryId, v.getStructureId());
        return v;
    }

    private static void requireVersion(long current, long seen, Class<?> type, long id) {
        if (current != seen) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
