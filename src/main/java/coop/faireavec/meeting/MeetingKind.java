package coop.faireavec.meeting;

/** The kinds of meeting an experimentation holds; each has its composition rule (equal footing). */
public enum MeetingKind {
    /** Everyone: the three colleges together (e.g. the kick-off). */
    PLENARY,
    /** People of one college among peers. */
    PEER_SESSION,
    /** The colleges cross their views: peer rounds, then a crossed round. */
    CROSSED_DISCUSSION,
    /** A small mixed team working on one thing (e.g. an experiment). */
    WORKING_GROUP,
    /** The steering committee. */
    STEERING_COMMITTEE
}
