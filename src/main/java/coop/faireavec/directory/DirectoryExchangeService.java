package coop.faireavec.directory;

import coop.faireavec.directory.DirectoryCodes.Kind;
import coop.faireavec.directory.DirectoryExport.ExportedService;
import coop.faireavec.directory.DirectoryExport.ExportedStructure;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.territory.Territory;
import coop.faireavec.territory.TerritoryService;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's import and export (issue #17, point 4). Export: the live records a reader may see, all fields for a
 * member, the public ones from a published directory. Import: rows already read and checked field by field (by the
 * web layer's readers, with the forms' own checks) get the checks that need the directory: a place outside France
 * ({@link FranceBounds}), a duplicate of a live record (same SIRET, or same name and commune, case, accents and
 * punctuation ignored) or of an earlier row of the file; then, once the importer confirms, the good rows are written in
 * one transaction: if any write fails, nothing is kept. Imported records are verified on the day, by the importer.
 * Access: reading as {@link DirectoryService}; importing needs the editor's right (403 otherwise).
 */
@Service
@Transactional(readOnly = true)
public class DirectoryExchangeService {

    /** What a confirmed import wrote. */
    public record ImportOutcome(int structures, int services, int skippedAsDuplicates) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StructureRepository structures;
    private final OfferedServiceRepository services;
    private final DirectoryAccess access;
    private final DirectoryCodes codes;
    private final DirectoryService directory;
    private final TerritoryService territories;
    private final Clock clock;
    private final JdbcClient jdbc;
    /** The imports table, in the application's schema (plain JDBC does not get Hibernate's default schema). */
    private final String importsTable;

    DirectoryExchangeService(
            StructureRepository structures,
            OfferedServiceRepository services,
            DirectoryAccess access,
            DirectoryCodes codes,
            DirectoryService directory,
            TerritoryService territories,
            Clock clock,
            JdbcClient jdbc,
            @Value("${faireavec.db.schema}") String schema) {
        this.jdbc = jdbc;
        this.importsTable = schema + ".directory_import";
        this.structures = structures;
        this.services = services;
        this.access = access;
        this.codes = codes;
        this.directory = directory;
        this.territories = territories;
        this.clock = clock;
    }

    /**
     * The territory's live directory with every field, for a member.
     *
     * @throws AccessDeniedException unless the viewer may read the territory's directory
     */
    public DirectoryExport export(Viewer viewer, long territoryId) {
        access.requireReader(viewer, territoryId);
        return export(territories.get(territoryId), false);
    }

    /**
     * A published directory, public fields only, for anyone.
     *
     * @throws NotFoundException if no territory has that slug or its directory is not published
     */
    public DirectoryExport publicExport(String slug) {
        return export(territories.publishedDirectory(slug), true);
    }

    /**
     * Checks rows read from a file against the directory and the file's earlier rows, for the preview.
     *
     * @param fileName   the file's display name
     * @param rows       the organisation rows, checked field by field, each with its service rows
     * @param orphans    service rows whose organisation the file does not have
     * @return the preview with a new random id, for the viewer and that territory
     * @throws AccessDeniedException unless the viewer may change the territory's directory
     */
    public ImportPreview preview(
            Viewer viewer,
            long territoryId,
            String fileName,
            List<ImportedStructure> rows,
            List<ImportedService> orphans) {
        access.requireEditor(viewer, territoryId);
        territories.get(territoryId);
        Existing existing = existing(territoryId);
        Map<String, Integer> siretsSeen = new HashMap<>();
        Map<String, Integer> namesSeen = new HashMap<>();
        List<ImportedStructure> checked = new ArrayList<>();
        for (ImportedStructure row : rows) {
            List<ImportProblem> more = new ArrayList<>();
            StructureDetails d = row.details();
            if (d != null) {
                if (d.latitude() != null && !FranceBounds.contains(d.latitude(), d.longitude())) {
                    more.add(ImportProblem.of("directory.import.problem.outsideFrance"));
                }
                existing.duplicate(d).ifPresent(more::add);
                Integer sameSiret = d.siret() == null ? null : siretsSeen.putIfAbsent(d.siret(), row.line());
                Integer sameName = namesSeen.putIfAbsent(nameKey(d), row.line());
                Integer first = sameSiret != null ? sameSiret : sameName;
                if (first != null) {
                    more.add(ImportProblem.of("directory.import.problem.duplicateInFile", String.valueOf(first)));
                }
            }
            checked.add(row.with(more, row.services()));
        }
        return new ImportPreview(newId(), territoryId, viewer.personId(), fileName, checked, orphans);
    }

    /**
     * Writes the preview's good rows (organisations and their good services), all or nothing. A row that has become
     * a duplicate of a live record since the preview (someone added it meanwhile) is left out.
     *
     * @return how many organisations and services were written, and how many good rows were left out
     * @throws AccessDeniedException unless the viewer may change the territory's directory and uploaded the file
     * @throws org.springframework.dao.DuplicateKeyException when this preview was imported already (a second click,
     *     another tab): then nothing more was written
     * @throws org.springframework.dao.DataAccessException when a write fails: then nothing was written
     */
    @Transactional
    public ImportOutcome importPreview(Viewer viewer, long territoryId, ImportPreview preview) {
        access.requireEditor(viewer, territoryId);
        if (preview.territoryId() != territoryId || preview.personId() != viewer.personId()) {
            throw new AccessDeniedException("an import previewed by someone else or for another territory");
        }
        // first, so that a second confirm of the same preview waits on this key and then fails, writing nothing
        jdbc.sql("insert into " + importsTable + " (preview_id, territory_id, imported_by_id, imported_at, structures,"
                        + " services) values (?, ?, ?, ?, 0, 0)")
                .params(preview.id(), territoryId, viewer.personId(), Timestamp.from(clock.instant()))
                .update();
        Existing existing = existing(territoryId);
        int structuresWritten = 0;
        int servicesWritten = 0;
        int skipped = 0;
        for (ImportedStructure row : preview.structures()) {
            if (!row.good()) {
                continue;
            }
            if (existing.duplicate(row.details()).isPresent()) {
                skipped++;
                continue;
            }
            Structure s = structures.save(
                    new Structure(territoryId, row.details(), clock.instant(), directory.today(), viewer.personId()));
            existing.add(s);
            structuresWritten++;
            for (ImportedService v : row.goodServices()) {
                OfferedService service = new OfferedService(
                        s.getId(), v.details(), clock.instant(), directory.today(), viewer.personId());
                service.apply(
                        v.details(), codes.labels(Kind.THEMATIQUES, v.details().thematiques()));
                services.save(service);
                servicesWritten++;
            }
        }
        structures.flush();
        jdbc.sql("update " + importsTable + " set structures = ?, services = ? where preview_id = ?")
                .params(structuresWritten, servicesWritten, preview.id())
                .update();
        return new ImportOutcome(structuresWritten, servicesWritten, skipped);
    }

    private DirectoryExport export(Territory territory, boolean publicOnly) {
        List<Structure> live = structures.findByTerritoryIdAndArchivedAtIsNullOrderByNom(territory.getId());
        Map<Long, List<OfferedService>> byStructure = live.isEmpty()
                ? Map.of()
                : services
                        .findByStructureIdInAndArchivedAtIsNullOrderByNom(
                                live.stream().map(Structure::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(OfferedService::getStructureId));
        List<ExportedStructure> rows = live.stream()
                .map(s -> new ExportedStructure(
                        s.getId(),
                        s.getVerifiedOn(),
                        structure(s, publicOnly),
                        byStructure.getOrDefault(s.getId(), List.of()).stream()
                                .map(v -> new ExportedService(v.getId(), v.getVerifiedOn(), service(v, publicOnly)))
                                .toList()))
                .toList();
        return new DirectoryExport(territory, rows, publicOnly);
    }

    /** The organisation's fields, the non-public ones null for the public directory (as {@link DirectoryViews}). */
    private static StructureDetails structure(Structure s, boolean publicOnly) {
        StructureDetails d = s.details();
        boolean address = !publicOnly || d.addressPublic();
        boolean contact = !publicOnly || d.contactPublic();
        return new StructureDetails(
                d.nom(),
                d.siret(),
                d.description(),
                address ? d.adresse() : null,
                address ? d.complementAdresse() : null,
                d.codePostal(),
                d.commune(),
                d.codeInsee(),
                address ? d.latitude() : null,
                address ? d.longitude() : null,
                contact ? d.telephone() : null,
                contact ? d.courriel() : null,
                d.siteWeb(),
                d.horairesAccueil(),
                d.accessibiliteLieu(),
                d.reseauxPorteurs(),
                d.addressPublic(),
                d.contactPublic());
    }

    private static ServiceDetails service(OfferedService v, boolean publicOnly) {
        ServiceDetails d = v.details();
        boolean contact = !publicOnly || d.contactPublic();
        return new ServiceDetails(
                d.nom(),
                d.description(),
                d.type(),
                d.thematiques(),
                d.publics(),
                d.publicsPrecisions(),
                d.frais(),
                d.fraisPrecisions(),
                d.modesAccueil(),
                d.conditionsAcces(),
                publicOnly ? null : d.contactNomPrenom(),
                contact ? d.telephone() : null,
                contact ? d.courriel() : null,
                d.contactPublic());
    }

    private Existing existing(long territoryId) {
        Existing existing = new Existing();
        structures.findByTerritoryIdAndArchivedAtIsNullOrderByNom(territoryId).forEach(existing::add);
        return existing;
    }

    /** Name and commune, case, accents and punctuation ignored. */
    private static String nameKey(StructureDetails d) {
        return SearchText.normalise(d.nom()) + "|" + SearchText.normalise(d.commune() == null ? "" : d.commune());
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The live records of the directory, by SIRET and by name and commune. */
    private static final class Existing {
        private final Map<String, String> bySiret = new HashMap<>();
        private final Map<String, String> byName = new HashMap<>();

        void add(Structure s) {
            if (s.getSiret() != null) {
                bySiret.putIfAbsent(s.getSiret(), s.getNom());
            }
            byName.putIfAbsent(nameKey(s.details()), s.getNom());
        }

        Optional<ImportProblem> duplicate(StructureDetails d) {
            if (d.siret() != null && bySiret.containsKey(d.siret())) {
                return Optional.of(ImportProblem.of("directory.import.problem.duplicateSiret", bySiret.get(d.siret())));
            }
            String name = byName.get(nameKey(d));
            return name == null
                    ? Optional.empty()
                    : Optional.of(ImportProblem.of("directory.import.problem.duplicateName", name));
        }
    }
}
