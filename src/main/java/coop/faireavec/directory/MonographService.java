package coop.faireavec.directory;

import coop.faireavec.directory.MonographView.Named;
import coop.faireavec.directory.MonographView.Section;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.GuardedUpload;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.territory.Territory;
import coop.faireavec.territory.TerritoryService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monographs of local initiatives (issue #17, point 3). A territory's correspondents and carriers (and
 * administrators) write and change them; carriers and administrators publish and unpublish them. A draft is seen by
 * those who write; a published one by every reader of the directory, and without sign-in on the public directory
 * when the territory's is published. A carrier of an experimentation cites a published monograph of its territory.
 * Refusals: {@link AccessDeniedException} (403); a monograph, photo or citation not there or not visible to that
 * reader: {@link NotFoundException} (404); a form drawn from an older version:
 * {@link ObjectOptimisticLockingFailureException} (409).
 */
@Service
@Transactional(readOnly = true)
public class MonographService {

    /** The parts of a monograph's text, in the order the page shows them (also their message keys' last part). */
    public static final List<String> SECTIONS =
            List.of("whatItDoes", "forWhom", "howItStarted", "howItWorks", "itsValues", "transferable");

    /** The monographs of a territory for one reader; {@code mayWrite}: the reader may write one. */
    public record Listing(Territory territory, List<MonographSummary> monographs, boolean mayWrite) {}

    /** One monograph's page: what the reader may do with it. */
    public record Page(Territory territory, MonographView monograph, boolean mayWrite, boolean mayPublish) {}

    /** An organisation the form may link to, with its live services. */
    public record StructureOption(long id, String name, List<Named> services) {}

    /** A photo's bytes and media type, to send back. */
    public record PhotoFile(String mediaType, byte[] content) {}

    private final MonographRepository monographs;
    private final MonographPhotoRepository photos;
    private final MonographCitationRepository citations;
    private final StructureRepository structures;
    private final OfferedServiceRepository services;
    private final DirectoryAccess access;
    private final TerritoryService territories;
    private final ExperimentationService experimentations;
    private final AccessGuard guard;
    private final Clock clock;

    MonographService(
            MonographRepository monographs,
            MonographPhotoRepository photos,
            MonographCitationRepository citations,
            StructureRepository structures,
            OfferedServiceRepository services,
            DirectoryAccess access,
            TerritoryService territories,
            ExperimentationService experimentations,
            AccessGuard guard,
            Clock clock) {
        this.monographs = monographs;
        this.photos = photos;
        this.citations = citations;
        this.structures = structures;
        this.services = services;
        this.access = access;
        this.territories = territories;
        this.experimentations = experimentations;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * The territory's monographs the viewer may see: the published ones, and the drafts too for those who write.
     *
     * @throws AccessDeniedException unless the viewer reads the territory's directory
     */
    public Listing list(Viewer viewer, long territoryId) {
        access.requireReader(viewer, territoryId);
        boolean writer = access.mayEdit(viewer, territoryId);
        List<Monograph> found = writer
                ? monographs.findByTerritoryIdOrderByTitle(territoryId)
                : monographs.findByTerritoryIdAndStatusOrderByTitle(territoryId, Monograph.Status.PUBLISHED);
        return new Listing(territories.get(territoryId), summaries(found), writer);
    }

    /**
     * The published monographs of a published directory.
     *
     * @throws NotFoundException if no territory has that slug or its directory is not published
     */
    public Listing publicList(String slug) {
        Territory territory = territories.publishedDirectory(slug);
        return new Listing(
                territory,
                summaries(monographs.findByTerritoryIdAndStatusOrderByTitle(
                        territory.getId(), Monograph.Status.PUBLISHED)),
                false);
    }

    /**
     * The published monographs about an organisation, for its page. No access check: the caller showed the
     * organisation to the reader, and published monographs are seen by every reader of it.
     */
    public List<MonographSummary> publishedAbout(long structureId) {
        return summaries(monographs.findByStructureIdAndStatusOrderByTitle(structureId, Monograph.Status.PUBLISHED));
    }

    /**
     * One monograph for a reader of the directory.
     *
     * @throws NotFoundException if the territory has no such monograph, or it is a draft and the viewer does not write
     */
    public Page monograph(Viewer viewer, long territoryId, long monographId) {
        Monograph m = visible(viewer, territoryId, monographId);
        return new Page(
                territories.get(territoryId),
                view(m),
                access.mayEdit(viewer, territoryId),
                access.mayAppoint(viewer, territoryId));
    }

    /**
     * One published monograph of a published directory.
     *
     * @throws NotFoundException if the directory is not published or has no such published monograph
     */
    public Page publicMonograph(String slug, long monographId) {
        Territory territory = territories.publishedDirectory(slug);
        Monograph m = inTerritory(territory.getId(), monographId);
        if (!m.isPublished()) {
            throw new NotFoundException("monograph", monographId);
        }
        return new Page(territory, view(m), false, false);
    }

    /** The monograph as stored, for its edit form; the viewer must write monographs of the territory. */
    public Monograph forEdit(Viewer viewer, long territoryId, long monographId) {
        access.requireEditor(viewer, territoryId);
        return inTerritory(territoryId, monographId);
    }

    /**
     * The organisations a monograph may be about, with their live services, for the form.
     *
     * @throws AccessDeniedException unless the viewer writes monographs of the territory
     */
    public List<StructureOption> structureOptions(Viewer viewer, long territoryId) {
        access.requireEditor(viewer, territoryId);
        List<Structure> live = structures.findByTerritoryIdAndArchivedAtIsNullOrderByNom(territoryId);
        Map<Long, List<OfferedService>> byStructure =
                services
                        .findByStructureIdInAndArchivedAtIsNullOrderByNom(
                                live.stream().map(Structure::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(OfferedService::getStructureId));
        return live.stream()
                .map(s -> new StructureOption(
                        s.getId(),
                        s.getNom(),
                        byStructure.getOrDefault(s.getId(), List.of()).stream()
                                .map(v -> new Named(v.getId(), v.getNom()))
                                .toList()))
                .toList();
    }

    /**
     * Writes a new draft.
     *
     * @param details checked by the form against {@link #structureOptions}; checked again here
     * @throws AccessDeniedException unless the viewer writes monographs of the territory
     * @throws NotFoundException if the organisation or a service is not a live one of the territory
     */
    @Transactional
    public Monograph add(Viewer viewer, long territoryId, MonographDetails details) {
        access.requireEditor(viewer, territoryId);
        requireLinks(territoryId, details);
        return monographs.save(new Monograph(territoryId, details, clock.instant(), viewer.personId()));
    }

    /**
     * Changes a monograph, as it was at {@code seenVersion}. A published one stays published when a carrier or an
     * administrator changes it; changed by a correspondent, it becomes a draft again until a carrier publishes it
     * (what goes public is always what a carrier saw).
     */
    @Transactional
    public Monograph change(
            Viewer viewer, long territoryId, long monographId, long seenVersion, MonographDetails details) {
        access.requireEditor(viewer, territoryId);
        Monograph m = inTerritory(territoryId, monographId);
        if (m.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Monograph.class, monographId);
        }
        requireLinks(territoryId, details);
        m.apply(details, clock.instant(), viewer.personId());
        backToDraftUnlessPublisher(viewer, territoryId, m);
        return m;
    }

    /** A published monograph changed by someone who may not publish becomes a draft again. */
    private void backToDraftUnlessPublisher(Viewer viewer, long territoryId, Monograph m) {
        if (m.isPublished() && !access.mayAppoint(viewer, territoryId)) {
            m.unpublish();
        }
    }

    /**
     * Publishes a monograph: every reader of the directory sees it, and the public directory when published.
     *
     * @throws AccessDeniedException unless the viewer is a carrier on the territory or an administrator
     */
    @Transactional
    public Monograph publish(Viewer viewer, long territoryId, long monographId) {
        access.requireAppointer(viewer, territoryId);
        Monograph m = inTerritory(territoryId, monographId);
        if (!m.isPublished()) {
            m.publish(clock.instant(), viewer.personId());
        }
        return m;
    }

    /** Makes a published monograph a draft again (its citations stay, shown only to those who write). */
    @Transactional
    public Monograph unpublish(Viewer viewer, long territoryId, long monographId) {
        access.requireAppointer(viewer, territoryId);
        Monograph m = inTerritory(territoryId, monographId);
        m.unpublish();
        return m;
    }

    /**
     * Adds a photo, stripped of its metadata ({@link PhotoCleaner}).
     *
     * @param upload  an image the {@code UploadGuard} accepted (JPEG, PNG or WebP)
     * @param altText the alternative text, required (the form checks it)
     * @throws PhotoProblem when the image cannot be decoded or is too large
     */
    @Transactional
    public MonographPhoto addPhoto(
            Viewer viewer,
            long territoryId,
            long monographId,
            GuardedUpload upload,
            String altText,
            String caption,
            String credit)
            throws PhotoProblem {
        access.requireEditor(viewer, territoryId);
        Monograph m = inTerritory(territoryId, monographId);
        byte[] cleaned = PhotoCleaner.clean(upload.content(), upload.type());
        // a photo is public with its monograph: added by a correspondent, a carrier publishes it again
        backToDraftUnlessPublisher(viewer, territoryId, m);
        return photos.save(new MonographPhoto(
                monographId,
                upload.type().mediaType(),
                cleaned,
                altText,
                caption,
                credit,
                clock.instant(),
                viewer.personId()));
    }

    /** Removes a photo of the monograph. */
    @Transactional
    public void removePhoto(Viewer viewer, long territoryId, long monographId, long photoId) {
        access.requireEditor(viewer, territoryId);
        inTerritory(territoryId, monographId);
        photos.delete(photoOf(monographId, photoId));
    }

    /** A photo, for whoever may see its monograph ({@link #monograph}'s rule). */
    public PhotoFile photo(Viewer viewer, long territoryId, long monographId, long photoId) {
        visible(viewer, territoryId, monographId);
        MonographPhoto p = photoOf(monographId, photoId);
        return new PhotoFile(p.getMediaType(), p.getContent());
    }

    /** A photo of a published monograph of a published directory ({@link #publicMonograph}'s rule). */
    public PhotoFile publicPhoto(String slug, long monographId, long photoId) {
        publicMonograph(slug, monographId);
        MonographPhoto p = photoOf(monographId, photoId);
        return new PhotoFile(p.getMediaType(), p.getContent());
    }

    /**
     * The monographs an experimentation cites, for its page: published ones for every member, drafts (unpublished
     * since) only for those who write monographs of the territory.
     *
     * @throws AccessDeniedException unless the viewer is a member of the experimentation
     */
    public List<MonographCitationView> citationsOf(Viewer viewer, long experimentationId) {
        long territoryId =
                experimentations.get(viewer, experimentationId).getTerritory().getId();
        List<MonographCitation> cited = citations.findByExperimentationIdOrderById(experimentationId);
        if (cited.isEmpty()) {
            // the usual case: no further read (the experimentation page's statements, issue #14)
            return List.of();
        }
        Map<Long, Monograph> byId =
                monographs
                        .findByIdIn(cited.stream()
                                .map(MonographCitation::getMonographId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Monograph::getId, Function.identity()));
        // whether drafts show is asked only when a cited monograph is a draft again
        boolean anyDraft = byId.values().stream().anyMatch(m -> !m.isPublished());
        boolean writer = anyDraft && access.mayEdit(viewer, territoryId);
        return cited.stream()
                .filter(c -> byId.containsKey(c.getMonographId()))
                .filter(c -> writer || byId.get(c.getMonographId()).isPublished())
                .map(c -> new MonographCitationView(
                        c.getId(),
                        territoryId,
                        c.getMonographId(),
                        byId.get(c.getMonographId()).getTitle(),
                        c.getNote()))
                .toList();
    }

    /** The published monographs of the experimentation's territory it does not cite yet (for its carriers' form). */
    public List<MonographSummary> citable(Viewer viewer, long experimentationId) {
        long territoryId =
                experimentations.get(viewer, experimentationId).getTerritory().getId();
        List<Long> cited = citations.findByExperimentationIdOrderById(experimentationId).stream()
                .map(MonographCitation::getMonographId)
                .toList();
        return summaries(
                monographs.findByTerritoryIdAndStatusOrderByTitle(territoryId, Monograph.Status.PUBLISHED).stream()
                        .filter(m -> !cited.contains(m.getId()))
                        .toList());
    }

    /**
     * An experimentation cites a published monograph of its territory (citing it again changes the note).
     *
     * @param note why, optional (null), at most 1000 characters (the form checks it)
     * @throws AccessDeniedException unless the viewer is a carrier of the experimentation or an administrator
     * @throws NotFoundException if the monograph is not a published one of the experimentation's territory
     */
    @Transactional
    public MonographCitation cite(Viewer viewer, long experimentationId, long monographId, String note) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        long territoryId =
                experimentations.get(viewer, experimentationId).getTerritory().getId();
        Monograph m = inTerritory(territoryId, monographId);
        if (!m.isPublished()) {
            throw new NotFoundException("monograph", monographId);
        }
        citations
                .findByExperimentationIdAndMonographId(experimentationId, monographId)
                .ifPresent(citations::delete);
        citations.flush();
        return citations.save(
                new MonographCitation(experimentationId, monographId, note, clock.instant(), viewer.personId()));
    }

    /** Removes a citation of the experimentation (a carrier's or an administrator's act). */
    @Transactional
    public void removeCitation(Viewer viewer, long experimentationId, long citationId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        MonographCitation c = citations
                .findById(citationId)
                .filter(x -> x.getExperimentationId() == experimentationId)
                .orElseThrow(() -> new NotFoundException("citation", citationId));
        citations.delete(c);
    }

    private Monograph visible(Viewer viewer, long territoryId, long monographId) {
        access.requireReader(viewer, territoryId);
        Monograph m = inTerritory(territoryId, monographId);
        if (!m.isPublished() && !access.mayEdit(viewer, territoryId)) {
            throw new NotFoundException("monograph", monographId);
        }
        return m;
    }

    private Monograph inTerritory(long territoryId, long monographId) {
        return monographs
                .findById(monographId)
                .filter(m -> m.getTerritoryId() == territoryId)
                .orElseThrow(() -> new NotFoundException("monograph", monographId));
    }

    private MonographPhoto photoOf(long monographId, long photoId) {
        return photos.findById(photoId)
                .filter(p -> p.getMonographId() == monographId)
                .orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    private void requireLinks(long territoryId, MonographDetails d) {
        Structure s = structures
                .findById(d.structureId())
                .filter(x -> x.getTerritoryId() == territoryId && !x.isArchived())
                .orElseThrow(() -> new NotFoundException("structure", d.structureId()));
        for (long serviceId : d.serviceIds()) {
            services.findById(serviceId)
                    .filter(v -> v.getStructureId() == s.getId() && !v.isArchived())
                    .orElseThrow(() -> new NotFoundException("service", serviceId));
        }
    }

    private List<MonographSummary> summaries(Collection<Monograph> found) {
        Map<Long, String> names =
                structures
                        .findAllById(found.stream()
                                .map(Monograph::getStructureId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Structure::getId, Structure::getNom));
        return found.stream()
                .map(m -> new MonographSummary(m.getId(), m.getTitle(), names.get(m.getStructureId()), m.isPublished()))
                .toList();
    }

    private MonographView view(Monograph m) {
        MonographDetails d = m.details();
        Optional<Structure> structure = structures.findById(m.getStructureId());
        String structureName = structure.map(Structure::getNom).orElse("");
        // an archived organisation's record is gone from the directory: its name stays, without a broken link
        boolean structureLive = structure.filter(s -> s.getArchivedAt() == null).isPresent();
        List<Named> linked = services.findAllById(d.serviceIds()).stream()
                .filter(v -> !v.isArchived())
                .map(v -> new Named(v.getId(), v.getNom()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
        List<String> texts = List.of(
                nullToEmpty(d.whatItDoes()),
                nullToEmpty(d.forWhom()),
                nullToEmpty(d.howItStarted()),
                nullToEmpty(d.howItWorks()),
                nullToEmpty(d.itsValues()),
                nullToEmpty(d.transferable()));
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < SECTIONS.size(); i++) {
            List<String> paragraphs = MonographView.paragraphs(texts.get(i));
            if (!paragraphs.isEmpty()) {
                sections.add(new Section(SECTIONS.get(i), paragraphs));
            }
        }
        return new MonographView(
                m.getId(),
                m.getTitle(),
                m.isPublished(),
                m.getPublishedAt(),
                m.getStructureId(),
                structureName,
                structureLive,
                linked,
                List.copyOf(sections),
                d.contactPersonAgreed() ? d.contactName() : null,
                d.contactPhone(),
                d.contactEmail(),
                photos.findByMonographIdOrderById(m.getId()).stream()
                        .map(p -> new MonographView.Photo(p.getId(), p.getAltText(), p.getCaption(), p.getCredit()))
                        .toList(),
                m.getVersion());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
