package coop.faireavec.meeting;

import coop.faireavec.participation.College;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

/** What the carrier says about a meeting when planning or changing it. */
public record MeetingDetails(
        String title,
        MeetingKind kind,
        College peerCollege,
        LocalDateTime startsAt,
        int durationMinutes,
        String place,
        String remoteLink,
        String agenda) {

    public MeetingDetails {
        if (title == null || title.isBlank() || kind == null || startsAt == null || durationMinutes <= 0) {
            throw new IllegalArgumentException("title, kind, start and duration are required");
        }
        if (kind == MeetingKind.PEER_SESSION && peerCollege == null) {
            throw new IllegalArgumentException("a peer session is for one college");
        }
        title = title.trim();
        place = blankToNull(place);
        remoteLink = blankToNull(remoteLink);
        if (remoteLink != null && !remoteLink.matches("(?i)^https?://\\S+$")) {
            // it becomes a link on the meeting page and in calendars: never javascript: or data:
            throw new IllegalArgumentException("a remote link is an http(s) address");
        }
        agenda = blankToNull(agenda);
    }

    /** What a clock change does to a wall-clock time in a zone. */
    public enum ClockChange {
        /** The time exists once: nothing to say. */
        NONE,
        /** Clocks jump over it (in spring, e.g. 02:30 on 28 March 2027 in Paris): the time does not exist. */
        SKIPPED,
        /** Clocks go back over it (in autumn, e.g. 02:30 on 31 October 2027): it exists twice; the first is meant. */
        REPEATED
    }

    /**
     * Whether {@code start} (a wall-clock time) falls in a clock change of {@code zone} ({@code faireavec.time-zone}).
     * A skipped time is refused by the meeting form; a repeated one means its first occurrence (summer time), as
     * RFC 5545 §3.3.5 reads a calendar's local time, and as {@code LocalDateTime.atZone} does.
     */
    public static ClockChange clockChangeAt(LocalDateTime start, ZoneId zone) {
        ZoneOffsetTransition t = zone.getRules().getTransition(start);
        if (t == null) {
            return ClockChange.NONE;
        }
        return t.isGap() ? ClockChange.SKIPPED : ClockChange.REPEATED;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
