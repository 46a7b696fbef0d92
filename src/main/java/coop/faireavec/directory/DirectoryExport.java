package coop.faireavec.directory;

import coop.faireavec.territory.Territory;
import java.time.LocalDate;
import java.util.List;

/**
 * A territory's live directory as a reader may take it away (issue #17, point 4): for a member every field, for the
 * public directory only the public ones (the rule of {@link StructureView}: the address and the place unless public,
 * the phone and e-mail unless the organisation's own, never a contact person's name).
 *
 * @param structures the live organisations by name, each with its live services
 * @param publicOnly whether the non-public fields were left out
 */
public record DirectoryExport(Territory territory, List<ExportedStructure> structures, boolean publicOnly) {

    /**
     * One organisation.
     *
     * @param id         its id on the platform
     * @param verifiedOn when it was last verified (the schema's {@code date_maj})
     * @param details    its fields, the non-public ones null in a public export
     */
    public record ExportedStructure(
            long id, LocalDate verifiedOn, StructureDetails details, List<ExportedService> services) {}

    /** One service (see {@link ExportedStructure}). */
    public record ExportedService(long id, LocalDate verifiedOn, ServiceDetails details) {}
}
