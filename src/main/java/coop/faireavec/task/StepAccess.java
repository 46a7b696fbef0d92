package coop.faireavec.task;

import coop.faireavec.process.StepView;
import java.time.Instant;
import java.util.List;

/**
 * What one person may do with one open step, decided once by {@link StepService#access}: whether it is offered to
 * them (through their candidate groups, or because they hold it), for which members they may fill it in, whether
 * someone else took it ("Je m'en occupe": who, since when) and whether they carry the experimentation (carriers can
 * always act and give a step back). A college's own step is offered only to that college's members: a carrier sees
 * it to help, remind and record it for one of them, never to complete or take it in their own name.
 *
 * @param offeredToMe the step is offered to the viewer, or the viewer holds it
 * @param recordableFor ids of the members the viewer may fill it in for (empty unless allowed), viewer excepted
 * @param holder who holds the step: nobody, the viewer, or someone else
 * @param takenByName display name of the other person holding it (null unless {@code holder} is OTHER)
 * @param takenSince when the holder took it (null when nobody holds it or unknown)
 * @param carrier the viewer carries the step's experimentation
 * @param collegeStep the step is a college's own (offered to a college's members only)
 */
public record StepAccess(
        boolean offeredToMe,
        List<Long> recordableFor,
        Holder holder,
        String takenByName,
        Instant takenSince,
        boolean carrier,
        boolean collegeStep) {

    /** Who holds a step. */
    public enum Holder {
        NOBODY,
        ME,
        OTHER;

        /** Who holds this step, seen by the engine user {@code me}. */
        public static Holder of(StepView step, String me) {
            if (step.assignee() == null) {
                return NOBODY;
            }
            return step.assignee().equals(me) ? ME : OTHER;
        }
    }

    /** Whether the viewer may open the step at all (else a 403). */
    public boolean mayOpen() {
        return offeredToMe || !recordableFor.isEmpty();
    }

    /** Someone else took the step. */
    public boolean takenByAnother() {
        return holder == Holder.OTHER;
    }

    /** Whether the viewer may complete the step now: nobody else took it, or the viewer is a carrier. */
    public boolean mayAct() {
        return !takenByAnother() || carrier;
    }

    /**
     * Whether the viewer may say "Je m'en occupe": only someone the step is offered to, never someone who may only
     * fill it in for others (a carrier on a college's step, an allowed practitioner on another college's).
     */
    public boolean mayClaim() {
        return offeredToMe;
    }

    /** Whether the viewer may fill it in for that member. */
    public boolean mayRecordFor(Long personId) {
        return personId != null && recordableFor.contains(personId);
    }
}
