package coop.faireavec.directory;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.security.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may use a territory's directory (issue #17): a member of any experimentation on the territory reads it; the
 * carriers of those experimentations and administrators change it. A refusal is the 403 page.
 */
@Component
class DirectoryAccess {

    private final ExperimentationService experimentations;

    DirectoryAccess(ExperimentationService experimentations) {
        this.experimentations = experimentations;
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

    /** Whether the viewer is an administrator or a member of an experimentation on the territory (one query). */
    boolean mayRead(Viewer viewer, long territoryId) {
        return viewer.admin() || experimentations.isMemberOnTerritory(viewer.personId(), territoryId);
    }

    /** Whether the viewer is an administrator or a carrier of an experimentation on the territory (one query). */
    boolean mayEdit(Viewer viewer, long territoryId) {
        return viewer.admin() || experimentations.isCarrierOnTerritory(viewer.personId(), territoryId);
    }
}
