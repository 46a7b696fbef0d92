package coop.faireavec.directory;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.security.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may use a territory's directory (issue #17): a member of any experimentation on the territory reads it; the
 * carriers of those experimentations, the territory's correspondents and administrators change it; carriers and
 * administrators appoint the correspondents. A refusal is the 403 page.
 */
@Component
class DirectoryAccess {

    private final ExperimentationService experimentations;
    private final CorrespondentRepository correspondents;

    DirectoryAccess(ExperimentationService experimentations, CorrespondentRepository correspondents) {
        this.experimentations = experimentations;
        this.correspondents = correspondents;
    }

    /** @throws AccessDeniedException unless the viewer may read the territory's directory */
    void requireReader(Viewer viewer, long territoryId) {
        if (!mayRead(viewer, territoryId)) {
            throw new AccessDeniedException("not a member on territory " + territoryId);
        }
    }

    /** @throws AccessDeniedException unless the viewer may change the territory's directory */
    void requireEditor(Viewer viewer, long territoryId) {
        if (!mayEdit(viewer, territoryId)) {
            throw new AccessDeniedException("not a carrier on territory " + territoryId);
        }
    }

    /** @throws AccessDeniedException unless the viewer may appoint the territory's correspondents */
    void requireAppointer(Viewer viewer, long territoryId) {
        if (!mayAppoint(viewer, territoryId)) {
            throw new AccessDeniedException("not a carrier on territory " + territoryId);
        }
    }

    boolean isCorrespondent(long personId, long territoryId) {
        return correspondents
                .findFirstByTerritoryIdAndPersonIdAndEndedAtIsNull(territoryId, personId)
                .isPresent();
    }

    /** Whether the viewer is an administrator, a correspondent or a member of an experimentation on the territory. */
    boolean mayRead(Viewer viewer, long territoryId) {
        return viewer.admin()
                || experimentations.isMemberOnTerritory(viewer.personId(), territoryId)
                || isCorrespondent(viewer.personId(), territoryId);
    }

    /** Whether the viewer is an administrator, a carrier on the territory or one of its correspondents. */
    boolean mayEdit(Viewer viewer, long territoryId) {
        return mayAppoint(viewer, territoryId) || isCorrespondent(viewer.personId(), territoryId);
    }

    /** Whether the viewer is an administrator or a carrier of an experimentation on the territory (one query). */
    boolean mayAppoint(Viewer viewer, long territoryId) {
        return viewer.admin() || experimentations.isCarrierOnTerritory(viewer.personId(), territoryId);
    }
}
