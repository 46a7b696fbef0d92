package coop.faireavec.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the committee's workbook (.xlsx, Office Open XML) for one phase or for the whole experimentation.
 * User text is always a string cell (quote-prefixed when it starts with a formula character); see docs/reports.md.
 */
public interface ReportWriter {

    /**
     * Writes one workbook covering the given phases: one phase gives the phase report, several give the
     * whole-experimentation workbook (rows carry their phase).
     *
     * @param phases the phases so far, oldest first, never empty
     * @param out where the .xlsx bytes go (not closed)
     * @throws IOException when {@code out} fails
     */
    void write(List<PhaseReport> phases, OutputStream out) throws IOException;
}
