package coop.faireavec.demo;

import coop.faireavec.meeting.MeetingDetails;
import coop.faireavec.participation.College;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What is said in the second experimentation's meetings, round by round, from {@link DemoPhrases}: each speaker
 * says something their college would say; in a crossed round the colleges answer each other.
 */
final class SecondTalk {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final String MAIN = "MAIN";
    private static final String CROSSED = "CROSSED";

    private final DemoPhrases phrases = new DemoPhrases(35);
    private int crossedSaid;

    /** A meeting with one round (plenary): {@code count} contributions, the speakers taken in turn. */
    List<SecondMeetings.Said> oneRound(List<SecondCast.Member> present, int count) {
        List<SecondMeetings.Said> said = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SecondCast.Member who = present.get(i % present.size());
            said.add(new SecondMeetings.Said(who, MAIN, phrases.of(who.college())));
        }
        return said;
    }

    /** A college among peers (its peer round): {@code count} contributions of the college's people present. */
    List<SecondMeetings.Said> peerRound(College college, List<SecondCast.Member> present, int count) {
        List<SecondCast.Member> peers =
                present.stream().filter(m -> m.college() == college).toList();
        List<SecondMeetings.Said> said = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            said.add(new SecondMeetings.Said(peers.get(i % peers.size()), "PEER_" + college, phrases.of(college)));
        }
        return said;
    }

    /** A crossed discussion: each college's peer round, then the crossed round. */
    List<SecondMeetings.Said> crossed(List<SecondCast.Member> present, int perCollege, int crossedCount) {
        List<SecondMeetings.Said> said = new ArrayList<>();
        for (College college : College.values()) {
            said.addAll(peerRound(college, present, perCollege));
        }
        for (int i = 0; i < crossedCount; i++) {
            SecondCast.Member who = present.get((i * 5) % present.size());
            String text = crossedSaid < 12 ? phrases.crossed(crossedSaid) : phrases.of(who.college());
            crossedSaid++;
            said.add(new SecondMeetings.Said(who, CROSSED, text));
        }
        return said;
    }

    /** The minutes' text: when, where, who came per college, what was said in short, what was decided. */
    static String minutes(MeetingDetails details, List<SecondCast.Member> present, String heard, String decided) {
        long lived = present.stream()
                .filter(m -> m.college() == College.LIVED_EXPERIENCE)
                .count();
        long practitioners = present.stream()
                .filter(m -> m.college() == College.PRACTITIONERS)
                .count();
        long deciders = present.stream()
                .filter(m -> m.college() == College.DECISION_MAKERS)
                .count();
        return details.title() + ", le " + DATE.format(details.startsAt()) + ", " + details.place() + ".\n\n"
                + "Présents : " + present.size() + " personnes (" + lived + " personnes concernées, " + practitioners
                + " accompagnants, " + deciders + " décideurs).\n\n"
                + "Ce qui a été dit : " + heard + "\n\n"
                + "Décidé : " + decided;
    }
}
