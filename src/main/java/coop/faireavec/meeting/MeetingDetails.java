package coop.faireavec.meeting;

import coop.faireavec.participation.College;
import java.time.LocalDateTime;

/** What the carrier says about a meeting when planning or changing it. */
public record MeetingDetails(String title, MeetingKind kind, College peerCollege, LocalDateTime startsAt,
                             int durationMinutes, String place, String remoteLink, String agenda) {

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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
