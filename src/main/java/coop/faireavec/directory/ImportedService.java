package coop.faireavec.directory;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/**
 * One service row of an imported file, as the preview shows it.
 *
 * @param line     where it is in the file: the row number in its sheet, or its place in the JSON list (from 1)
 * @param nom      the name as read (for display, even when it is wrong)
 * @param details  the checked service, or null when a check failed
 * @param problems what is wrong with it; empty when it can be imported
 */
public record ImportedService(int line, String nom, ServiceDetails details, List<ImportProblem> problems)
        implements Serializable {

    public ImportedService {
        problems = List.copyOf(problems);
    }

    /** Whether the row is good on its own (its organisation must be imported too). */
    public boolean good() {
        return details != null && problems.isEmpty();
    }

    ImportedService with(List<ImportProblem> more) {
        return new ImportedService(line, nom, more.isEmpty() ? details : null, concat(problems, more));
    }

    static List<ImportProblem> concat(List<ImportProblem> a, List<ImportProblem> b) {
        return b.isEmpty() ? a : Stream.concat(a.stream(), b.stream()).toList();
    }
}
