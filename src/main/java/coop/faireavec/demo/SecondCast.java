package coop.faireavec.demo;

import coop.faireavec.participation.College;
import coop.faireavec.people.Person;
import coop.faireavec.security.Viewer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who takes part in the demo's second experimentation: its carrier, its committee, and its members per college.
 * A member with an account acts themself ({@link Member#self()}); one without is only ever recorded by someone
 * else, with their consent.
 */
final class SecondCast {

    /** A member of one college; {@code self} is null for someone without an account. */
    record Member(Person person, College college, Viewer self) {

        long id() {
            return person.getId();
        }

        boolean hasAccount() {
            return self != null;
        }
    }

    final long experimentationId;
    final Viewer carrier;
    final Viewer committee;
    final Map<College, List<Member>> colleges = new EnumMap<>(College.class);
    /** A practitioner the carrier allowed to record for others (the CIAS's social worker). */
    Member recorder;

    SecondCast(long experimentationId, Viewer carrier, Viewer committee) {
        this.experimentationId = experimentationId;
        this.carrier = carrier;
        this.committee = committee;
    }

    List<Member> of(College college) {
        return colleges.get(college);
    }

    /** The first member of the college with an account (the one who acts for the college in the demo). */
    Member voice(College college) {
        return of(college).stream().filter(Member::hasAccount).findFirst().orElseThrow();
    }

    /** The members of the college at these positions of its list (the order they were added). */
    List<Member> pick(College college, int... positions) {
        List<Member> all = of(college);
        return Arrays.stream(positions).mapToObj(all::get).toList();
    }
}
