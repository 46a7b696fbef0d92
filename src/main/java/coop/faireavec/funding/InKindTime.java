package coop.faireavec.funding;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.MembershipService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The time people give at meetings, valued as a voluntary contribution in kind (accounts 864 and 870).
 *
 * <p>Which colleges count: only the lived-experience college ({@link College#LIVED_EXPERIENCE}). People in
 * precarity come on their own time, unpaid; that time is what the method wants visible as a contribution. The
 * practitioners' college is mostly paid staff (social workers, CCAS and CDAS agents) whose hours their employer
 * already pays, and decision-makers attend as part of their office: counting them would value a cost someone else
 * bears. Volunteers of the practitioners' college cannot be told apart from paid practitioners on a membership, so
 * their time is not counted here; the carrier adds it as a budget line on 864 / 870 when it is known. Carriers and
 * committee members (no college) are not counted either.
 *
 * <p>Hours = the meeting's duration × the people of the counted colleges marked present, summed in minutes and
 * divided by 60 only at the end (so that 3 × 50 minutes is exactly 2.50 hours). Cancelled meetings do not count.
 */
@Component
class InKindTime {

    /** The colleges whose presence at meetings is time given. */
    static final Set<College> COUNTED = EnumSet.of(College.LIVED_EXPERIENCE);

    private final MeetingService meetings;
    private final MembershipService memberships;

    InKindTime(MeetingService meetings, MembershipService memberships) {
        this.meetings = meetings;
        this.memberships = memberships;
    }

    /**
     * Minutes given per phase; the key null gathers meetings that belong to no phase.
     *
     * @return minutes (whole), per phase
     */
    Map<Phase, Long> minutesByPhase(long experimentationId) {
        Map<Long, College> collegeOf = memberships.collegeByPerson(experimentationId);
        Map<Phase, Long> minutes = new HashMap<>();
        for (MeetingService.Presences m : meetings.presencesOf(experimentationId)) {
            long counted = m.presentPersonIds().stream()
                    .filter(p -> COUNTED.contains(collegeOf.get(p)))
                    .count();
            if (counted > 0) {
                Phase phase = m.phase() == null ? null : Phase.valueOf(m.phase());
                minutes.merge(phase, counted * m.durationMinutes(), Long::sum);
            }
        }
        return minutes;
    }

    /** Hours for so many minutes, with two decimals (half up). */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** The value of so many minutes at an hourly value, in euros with cents (half up, rounded once). */
    static BigDecimal value(long minutes, BigDecimal hourlyValue) {
        return BigDecimal.valueOf(minutes)
                .multiply(hourlyValue)
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
