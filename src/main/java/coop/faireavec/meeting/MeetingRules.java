package coop.faireavec.meeting;

import coop.faireavec.participation.College;
import java.util.EnumSet;
import org.springframework.stereotype.Service;

/** TEMPORARY stub, replaced by the meeting-rules branch. */
@Service
public class MeetingRules {
    public CompositionRule ruleFor(long experimentationId, MeetingKind kind) {
        return kind == MeetingKind.CROSSED_DISCUSSION ? new CompositionRule(EnumSet.allOf(College.class), 2, 50)
                : new CompositionRule(EnumSet.noneOf(College.class), 0, 100);
    }
}
