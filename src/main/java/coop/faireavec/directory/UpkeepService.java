package coop.faireavec.directory;

import coop.faireavec.process.WorkflowEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's monthly upkeep rounds (issue #17, point 2), as {@code processes/directory-upkeep.bpmn} asks for
 * them through {@link UpkeepDelegate}: a round opens with the territory's stale records shared out among its active
 * correspondents ({@link RoundShares}), is walked, then closes; the next one is due one cycle
 * ({@code faireavec.directory.upkeep.cycle}, an ISO-8601 period, default P1M) after the previous one opened.
 */
@Service
@Transactional(readOnly = true)
public class UpkeepService {

    private final UpkeepRoundRepository rounds;
    private final RoundRecordRepository roundRecords;
    private final CorrespondentRepository correspondents;
    private final WorkflowEngine workflow;
    private final DirectoryService directory;
    private final Clock clock;
    private final Period cycle;

    UpkeepService(
            UpkeepRoundRepository rounds,
            RoundRecordRepository roundRecords,
            CorrespondentRepository correspondents,
            WorkflowEngine workflow,
            DirectoryService directory,
            Clock clock,
            @Value("${faireavec.directory.upkeep.cycle:P1M}") String cycle) {
        this.rounds = rounds;
        this.roundRecords = roundRecords;
        this.correspondents = correspondents;
        this.workflow = workflow;
        this.directory = directory;
        this.clock = clock;
        this.cycle = Period.parse(cycle);
    }

    /**
     * Starts the territory's upkeep process unless it runs already (its first round opens just after, in a job).
     *
     * @return true when it was started
     */
    @Transactional
    public boolean ensureRunning(long territoryId) {
        return workflow.startUpkeep(territoryId);
    }

    /** Starts the upkeep of every territory that has correspondents and none running (at start-up). */
    @Transactional
    public int ensureRunningEverywhere() {
        int started = 0;
        for (long territoryId : rounds.territoriesWithCorrespondents()) {
            started += workflow.startUpkeep(territoryId) ? 1 : 0;
        }
        return started;
    }

    /**
     * Opens a round: closes any round of the territory still open, then shares the records stale today out among
     * the active correspondents (longest-serving first).
     *
     * @return the new round's id
     */
    @Transactional
    public long openRound(long territoryId) {
        Instant now = clock.instant();
        rounds.findByTerritoryIdAndClosedAtIsNull(territoryId).forEach(r -> r.close(now));
        UpkeepRound round = rounds.save(new UpkeepRound(territoryId, now));
        LocalDate cutoff = Staleness.cutoff(directory.today());
        List<RecordRef> stale = new ArrayList<>();
        rounds.staleStructures(territoryId, cutoff)
                .forEach(id -> stale.add(new RecordRef(RecordRef.Kind.STRUCTURE, id)));
        rounds.staleServices(territoryId, cutoff).forEach(id -> stale.add(new RecordRef(RecordRef.Kind.SERVICE, id)));
        List<Long> people = correspondents.findByTerritoryIdAndEndedAtIsNullOrderByAppointedAt(territoryId).stream()
                .map(Correspondent::getPersonId)
                .distinct()
                .toList();
        for (Map.Entry<Long, List<RecordRef>> share :
                RoundShares.share(stale, people).entrySet()) {
            share.getValue().forEach(r -> roundRecords.save(new RoundRecord(round.getId(), share.getKey(), r)));
        }
        return round.getId();
    }

    /** The correspondents who got at least one record in the round, in the order they were given them. */
    public List<Long> walkers(long roundId) {
        LinkedHashSet<Long> people = new LinkedHashSet<>();
        roundRecords.findByRoundIdOrderByPersonIdAscIdAsc(roundId).forEach(r -> people.add(r.getPersonId()));
        return new ArrayList<>(people);
    }

    /** Closes the round (when every step is done, or when the next round is due); closing twice changes nothing. */
    @Transactional
    public void closeRound(long roundId) {
        rounds.findById(roundId).ifPresent(r -> r.close(clock.instant()));
    }

    /** When the round after this one opens: one cycle after this one opened, in the platform's time zone. */
    public Date nextRoundAt(long roundId) {
        Instant opened = rounds.findById(roundId).map(UpkeepRound::getOpenedAt).orElseGet(clock::instant);
        return Date.from(opened.atZone(clock.getZone()).plus(cycle).toInstant());
    }

    /**
     * Completes the person's step of the territory's open round, if they have one open (they finished it, or they
     * are no longer a correspondent); the round closes when it was the last step open.
     */
    @Transactional
    public void finishStep(long territoryId, long personId) {
        workflow.openUpkeepStep(territoryId, personId).ifPresent(workflow::completeUpkeepStep);
    }

    /** Whether the person has a step of the territory's round open. */
    public boolean hasOpenStep(long territoryId, long personId) {
        return workflow.openUpkeepStep(territoryId, personId).isPresent();
    }

    /** Whether the territory still has an active correspondent (the process ends when it has none). */
    public boolean hasCorrespondents(long territoryId) {
        return !correspondents
                .findByTerritoryIdAndEndedAtIsNullOrderByAppointedAt(territoryId)
                .isEmpty();
    }
}
