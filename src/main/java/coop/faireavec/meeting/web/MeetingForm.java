package coop.faireavec.meeting.web;

import coop.faireavec.meeting.Meeting;
import coop.faireavec.meeting.MeetingDetails;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.participation.College;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** What the carrier types to plan or change a meeting. */
record MeetingForm(
        @NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.tooLong}")
        String title,

        @NotNull(message = "{form.meetingKindRequired}") MeetingKind kind,
        College peerCollege,
        @NotNull(message = "{form.dateRequired}") LocalDate date,
        @NotNull(message = "{form.timeRequired}") LocalTime time,

        @NotNull(message = "{form.durationMinutes}")
        @Min(value = 15, message = "{form.durationMinutes}")
        @Max(value = 720, message = "{form.durationMinutes}")
        Integer durationMinutes,

        @Size(max = 300, message = "{form.tooLong}") String place,

        @Size(max = 500, message = "{form.tooLong}")
        @Pattern(regexp = "^$|^https?://\\S+$", message = "{form.remoteLink}")
        String remoteLink,

        @Size(max = 4000, message = "{form.tooLong}") String agenda,
        String task) {

    static MeetingForm empty(MeetingKind kind, String title, String task) {
        return new MeetingForm(title, kind, null, null, LocalTime.of(14, 0), 120, null, null, null, task);
    }

    static MeetingForm of(Meeting m) {
        return new MeetingForm(
                m.getTitle(),
                m.getKind(),
                m.getPeerCollege(),
                m.getStartsAt().toLocalDate(),
                m.getStartsAt().toLocalTime(),
                m.getDurationMinutes(),
                m.getPlace(),
                m.getRemoteLink(),
                m.getAgenda(),
                null);
    }

    /**
     * Checks what annotations cannot say: a place or a link, a college for a peer session, a start that exists in
     * {@code zone} (the platform's, {@code faireavec.time-zone}): a time skipped when clocks go forward is refused
     * with the hour of the change and the hour it becomes.
     */
    void check(org.springframework.validation.Errors errors, java.time.ZoneId zone) {
        if (isBlank(place) && isBlank(remoteLink)) {
            errors.rejectValue("place", "form.placeOrLink");
        }
        if (kind == MeetingKind.PEER_SESSION && peerCollege == null) {
            errors.rejectValue("peerCollege", "form.collegeRequired");
        }
        coop.faireavec.web.PlausibleDates.check(date, "date", "form.meeting.dateOutOfRange", errors);
        if (date != null
                && time != null
                && MeetingDetails.clockChangeAt(date.atTime(time), zone) == MeetingDetails.ClockChange.SKIPPED) {
            java.time.zone.ZoneOffsetTransition change = zone.getRules().getTransition(date.atTime(time));
            errors.rejectValue(
                    "time",
                    "form.timeSkipped",
                    new Object[] {hour(change.getDateTimeBefore()), hour(change.getDateTimeAfter())},
                    "form.timeSkipped");
        }
    }

    /** The start falls in the hour repeated when clocks go back: the page and the flash say it is the first one. */
    boolean startsInRepeatedHour(java.time.ZoneId zone) {
        return MeetingDetails.clockChangeAt(date.atTime(time), zone) == MeetingDetails.ClockChange.REPEATED;
    }

    private static String hour(java.time.LocalDateTime t) {
        return t.toLocalTime().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
    }

    MeetingDetails details() {
        return new MeetingDetails(
                title, kind, peerCollege, date.atTime(time), durationMinutes, place, remoteLink, agenda);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
