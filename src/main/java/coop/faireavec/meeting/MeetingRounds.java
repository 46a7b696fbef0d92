package coop.faireavec.meeting;

import coop.faireavec.participation.College;
import java.util.ArrayList;
import java.util.List;

/**
 * The rounds of a meeting. A crossed discussion has one peer round per college (people speak among peers first),
 * then the crossed round; a peer session has its college's round; other meetings have one round.
 */
public final class MeetingRounds {

    public static final String CROSSED = "CROSSED";
    public static final String MAIN = "MAIN";
    private static final String PEER = "PEER_";

    private MeetingRounds() {}

    public static List<String> of(Meeting meeting, List<String> colleges) {
        return switch (meeting.getKind()) {
            case CROSSED_DISCUSSION -> {
                List<String> rounds = new ArrayList<>();
                colleges.forEach(c -> rounds.add(PEER + c));
                rounds.add(CROSSED);
                yield rounds;
            }
            case PEER_SESSION -> List.of(PEER + meeting.getPeerCollege().name());
            default -> List.of(MAIN);
        };
    }

    /** The college whose peer round this is, or null for a shared round. */
    public static College collegeOf(String round) {
        return round != null && round.startsWith(PEER) ? College.valueOf(round.substring(PEER.length())) : null;
    }
}
