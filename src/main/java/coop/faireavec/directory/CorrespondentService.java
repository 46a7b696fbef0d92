package coop.faireavec.directory;

import coop.faireavec.security.Viewer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The correspondents of a territory's directory (issue #17, point 2): volunteers among practitioners who meet the
 * local actors, keep the records current (they may confirm, edit and archive them, as carriers do) and write
 * monographs. Carriers of an experimentation on the territory and administrators appoint them and end their role.
 */
@Service
@Transactional(readOnly = true)
public class CorrespondentService {

    private final CorrespondentRepository correspondents;
    private final DirectoryAccess access;
    private final Clock clock;
    private final UpkeepService upkeep;

    CorrespondentService(
            CorrespondentRepository correspondents, DirectoryAccess access, Clock clock, UpkeepService upkeep) {
        this.correspondents = correspondents;
        this.access = access;
        this.clock = clock;
        this.upkeep = upkeep;
    }

    /** The territory's active correspondents, the longest-serving first. */
    public List<Correspondent> correspondentsOf(long territoryId) {
        return correspondents.findByTerritoryIdAndEndedAtIsNullOrderByAppointedAt(territoryId);
    }

    /** Whether the person is an active correspondent of the territory. */
    public boolean isCorrespondent(long personId, long territoryId) {
        return access.isCorrespondent(personId, territoryId);
    }

    /**
     * Appoints a person correspondent of the territory; appointing an active correspondent again changes nothing.
     * The territory's upkeep process starts when it was not running (its first round opens just after, in a job).
     *
     * @return the active correspondent row
     * @throws AccessDeniedException unless the viewer is a carrier on the territory or an administrator
     */
    @Transactional
    public Correspondent appoint(Viewer viewer, long territoryId, long personId) {
        access.requireAppointer(viewer, territoryId);
        Correspondent appointed = correspondents
                .findFirstByTerritoryIdAndPersonIdAndEndedAtIsNull(territoryId, personId)
                .orElseGet(() -> correspondents.saveAndFlush(
                        new Correspondent(territoryId, personId, clock.instant(), viewer.personId())));
        upkeep.ensureRunning(territoryId);
        return appointed;
    }

    /**
     * Ends a person's role of correspondent of the territory (nothing when the person is not one); their step of the
     * open round, if any, completes (what is left waits for the next round).
     *
     * @return whether a role was ended (false: the person was no correspondent of the territory)
     * @throws AccessDeniedException unless the viewer is a carrier on the territory or an administrator
     */
    @Transactional
    public boolean end(Viewer viewer, long territoryId, long personId) {
        access.requireAppointer(viewer, territoryId);
        Optional<Correspondent> active =
                correspondents.findFirstByTerritoryIdAndPersonIdAndEndedAtIsNull(territoryId, personId);
        active.ifPresent(c -> {
            c.end(clock.instant());
            upkeep.finishStep(territoryId, personId);
        });
        return active.isPresent();
    }
}
