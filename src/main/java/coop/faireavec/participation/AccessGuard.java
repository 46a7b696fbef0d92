package coop.faireavec.participation;

import coop.faireavec.security.Viewer;
import java.util.Arrays;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Server-side checks that a viewer belongs to one experimentation with the right role. Services call it first
 * thing; a refusal becomes the 403 page.
 */
@Component
public class AccessGuard {

    private final MembershipService memberships;

    AccessGuard(MembershipService memberships) {
        this.memberships = memberships;
    }

    /** Any member may look; platform administrators may look at every experimentation. */
    public void requireMember(Viewer viewer, long experimentationId) {
        if (viewer.admin()) {
            return;
        }
        if (memberships.membership(viewer.personId(), experimentationId).isEmpty()) {
            throw new AccessDeniedException("not a member of experimentation " + experimentationId);
        }
    }

    /** The viewer must hold one of these roles in that experimentation (administrators too, for set-up). */
    public void requireRole(Viewer viewer, long experimentationId, ExperimentationRole... roles) {
        if (viewer.admin()) {
            return;
        }
        Set<ExperimentationRole> held = memberships.rolesOf(viewer.personId(), experimentationId);
        if (Arrays.stream(roles).noneMatch(held::contains)) {
            throw new AccessDeniedException("missing role in experimentation " + experimentationId);
        }
    }

    public boolean hasRole(Viewer viewer, long experimentationId, ExperimentationRole role) {
        return memberships.rolesOf(viewer.personId(), experimentationId).contains(role);
    }

    /**
     * The roles the viewer holds in that experimentation (empty when not a member, also for administrators), read in
     * one statement: for a page that asks several role questions at once.
     */
    public Set<ExperimentationRole> rolesOf(Viewer viewer, long experimentationId) {
        return memberships.rolesOf(viewer.personId(), experimentationId);
    }
}
