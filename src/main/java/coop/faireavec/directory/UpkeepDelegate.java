package coop.faireavec.directory;

import coop.faireavec.process.ProcessConstants;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What {@code processes/directory-upkeep.bpmn} calls (bean {@value ProcessConstants#BEAN_UPKEEP}): thin, each method
 * hands over to {@link UpkeepService}. Public with public methods, as the engine calls them by reflection.
 */
@Component(ProcessConstants.BEAN_UPKEEP)
public class UpkeepDelegate {

    private final UpkeepService upkeep;

    UpkeepDelegate(UpkeepService upkeep) {
        this.upkeep = upkeep;
    }

    /** Opens the territory's round; returns its id (the process's {@code roundId}). */
    public long openRound(long territoryId) {
        return upkeep.openRound(territoryId);
    }

    /** The correspondents who get a step in the round. */
    public List<Long> walkers(long roundId) {
        return upkeep.walkers(roundId);
    }

    /** The candidate group of a correspondent's step. */
    public String group(long territoryId, long personId) {
        return ProcessConstants.upkeepGroup(territoryId, personId);
    }

    /** Closes the round. */
    public void closeRound(long roundId) {
        upkeep.closeRound(roundId);
    }

    /** When the next round is due. */
    public Date nextRoundAt(long roundId) {
        return upkeep.nextRoundAt(roundId);
    }

    /** Whether the territory still has correspondents. */
    public boolean hasCorrespondents(long territoryId) {
        return upkeep.hasCorrespondents(territoryId);
    }
}
