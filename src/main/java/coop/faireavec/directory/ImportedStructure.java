package coop.faireavec.directory;

import java.io.Serializable;
import java.util.List;

/**
 * One organisation row of an imported file with its services, as the preview shows it.
 *
 * @param line     where it is in the file: the row number in its sheet, or its place in the JSON list (from 1)
 * @param ref      its identifier in the file (what its services name it by), may be null
 * @param nom      the name as read (for display, even when it is wrong)
 * @param commune  the commune as read
 * @param details  the checked organisation, or null when a check failed
 * @param problems what is wrong with it; empty when it will be imported
 * @param services its services in the file
 */
public record ImportedStructure(
        int line,
        String ref,
        String nom,
        String commune,
        StructureDetails details,
        List<ImportProblem> problems,
        List<ImportedService> services)
        implements Serializable {

    public ImportedStructure {
        problems = List.copyOf(problems);
        services = List.copyOf(services);
    }

    /** Whether it will be imported. */
    public boolean good() {
        return details != null && problems.isEmpty();
    }

    /** Its services that will be imported (none when it will not be). */
    public List<ImportedService> goodServices() {
        return good() ? services.stream().filter(ImportedService::good).toList() : List.of();
    }

    ImportedStructure with(List<ImportProblem> more, List<ImportedService> checkedServices) {
        return new ImportedStructure(
                line,
                ref,
                nom,
                commune,
                more.isEmpty() ? details : null,
                ImportedService.concat(problems, more),
                checkedServices);
    }
}
