package coop.faireavec.directory;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.security.Viewer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private final MembershipService memberships;
    private final CorrespondentRepository correspondents;

    DirectoryAccess(
            ExperimentationService experimentations,
            MembershipService memberships,
            CorrespondentRepository correspondents) {
        this.experimentations = experimentations;
        this.memberships = memberships;
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

    boolean mayRead(Viewer viewer, long territoryId) {
        return viewer.admin()
                || isCorrespondent(viewer.personId(), territoryId)
                || experimentations.visibleTo(viewer).stream()
                        .anyMatch(e -> e.getTerritory().getId() == territoryId);
    }

    boolean mayEdit(Viewer viewer, long territoryId) {
        return mayAppoint(viewer, territoryId) || isCorrespondent(viewer.personId(), territoryId);
    }

    /** Carriers of an experimentation on the territory and administrators. */
    boolean mayAppoint(Viewer viewer, long territoryId) {
        if (viewer.admin()) {
            return true;
        }
        Map<Long, Experimentation> mine = experimentations.visibleTo(viewer).stream()
                .collect(Collectors.toMap(Experimentation::getId, Function.identity()));
        return memberships.membershipsOf(viewer.personId()).stream()
                .filter(m -> m.has(ExperimentationRole.CARRIER))
                .map(Membership::getExperimentationId)
                .map(mine::get)
                .anyMatch(e -> e != null && e.getTerritory().getId() == territoryId);
    }
}
