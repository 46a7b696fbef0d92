package coop.faireavec.meeting;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reports say of the meetings of a phase: each meeting with the people concerned, its latest minutes and the
 * composition rule in force for its kind. No access check: the report service checks the viewer first.
 */
@Service
@Transactional(readOnly = true)
public class MeetingFacts {

    /**
     * One meeting as a report sees it.
     *
     * @param meeting the meeting (cancelled ones included: callers decide)
     * @param participants one row per person concerned (invited, reply, present)
     * @param latestMinutes the latest minutes version, null when none was written
     * @param rule the composition rule in force for its kind in that experimentation
     */
    public record MeetingFact(
            Meeting meeting,
            List<MeetingParticipant> participants,
            MeetingMinutes latestMinutes,
            CompositionRule rule) {}

    private final MeetingRepository meetings;
    private final MeetingParticipantRepository participants;
    private final MeetingLookup lookup;
    private final MeetingRules rules;

    MeetingFacts(
            MeetingRepository meetings,
            MeetingParticipantRepository participants,
            MeetingLookup lookup,
            MeetingRules rules) {
        this.meetings = meetings;
        this.participants = participants;
        this.lookup = lookup;
        this.rules = rules;
    }

    /**
     * @param experimentationId the experimentation
     * @param phase {@code Phase.name()}
     * @return the phase's meetings by start time, with their participants, minutes and rule
     */
    public List<MeetingFact> ofPhase(long experimentationId, String phase) {
        return meetings.findByExperimentationIdOrderByStartsAtAscIdAsc(experimentationId).stream()
                .filter(m -> phase.equals(m.getPhase()))
                .map(m -> new MeetingFact(
                        m,
                        participants.findByMeetingId(m.getId()),
                        lookup.latestMinutes(m.getId()).orElse(null),
                        rules.ruleFor(experimentationId, m.getKind())))
                .toList();
    }
}
