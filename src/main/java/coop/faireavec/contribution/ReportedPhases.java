package coop.faireavec.contribution;

/**
 * Tells whether a phase report was already generated for a phase (implemented by the report module): until then an
 * author may withdraw or correct their contribution freely; afterwards a correction makes a new report version.
 */
public interface ReportedPhases {

    /** Whether at least one report version of that phase ({@code Phase.name()}) was generated. */
    boolean reported(long experimentationId, String phase);
}
