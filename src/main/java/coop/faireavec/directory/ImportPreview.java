package coop.faireavec.directory;

import java.io.Serializable;
import java.util.List;

/**
 * An uploaded file read and checked, waiting for its importer's confirmation: every row with its problems and what
 * will happen to it. Kept in the importer's session (serializable) under {@link #id()}, a random identifier; it is
 * imported only for the same person and territory ({@link DirectoryExchangeService#importPreview}).
 *
 * @param id          random, unguessable (128 bits, URL-safe)
 * @param territoryId the directory it goes into
 * @param personId    who uploaded it (the only one who may confirm it)
 * @param fileName    the file's display name ({@code UploadGuard.displayName})
 * @param structures  the organisation rows, each with its services
 * @param orphans     service rows whose organisation is not in the file (never imported)
 */
public record ImportPreview(
        String id,
        long territoryId,
        long personId,
        String fileName,
        List<ImportedStructure> structures,
        List<ImportedService> orphans)
        implements Serializable {

    public ImportPreview {
        structures = List.copyOf(structures);
        orphans = List.copyOf(orphans);
    }

    /** How many organisations will be imported. */
    public long goodStructures() {
        return structures.stream().filter(ImportedStructure::good).count();
    }

    /** How many services will be imported. */
    public long goodServices() {
        return structures.stream().mapToLong(s -> s.goodServices().size()).sum();
    }

    /** How many rows (organisations and services) will be left out. */
    public long skippedRows() {
        long rows = orphans.size()
                + structures.size()
                + structures.stream().mapToLong(s -> s.services().size()).sum();
        return rows - goodStructures() - goodServices();
    }
}
