package coop.faireavec.meeting;

import coop.faireavec.participation.College;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A meeting of an experimentation: when, where, what for, and (when a BPMN meeting step asked for it) the step it
 * serves. Who is invited or came is in {@link MeetingParticipant}; what was said is in contributions tagged with
 * the meeting and a round; the minutes are in {@link MeetingMinutes}.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic lock: a change saved over someone else's newer one fails (409 page) instead of erasing it. */
    @Version
    private long version;

    @Column(name = "experimentation_id", nullable = false)
    private Long experimentationId;

    /** iCalendar UID: every update and the cancellation reuse it, so calendars replace the event. */
    @Column(nullable = false, length = 100, unique = true)
    private String uid;

    /** iCalendar SEQUENCE: goes up by one at each change of date, place or at cancellation. */
    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingKind kind;

    /** For a peer session: the college meeting among peers. */
    @Enumerated(EnumType.STRING)
    @Column(name = "peer_college", length = 30)
    private College peerCollege;

    /** Wall-clock time in the platform's time zone. */
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(length = 300)
    private String place;

    @Column(name = "remote_link", length = 500)
    private String remoteLink;

    @Column(length = 4000)
    private String agenda;

    @Column(length = 30)
    private String phase;

    @Column(name = "step_key", length = 80)
    private String stepKey;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "step_completed", nullable = false)
    private boolean stepCompleted;

    @Column(nullable = false)
    private boolean cancelled;

    /** Why the meeting counts although its composition rule did not hold; written by the carrier. */
    @Column(name = "rule_justification", length = 2000)
    private String ruleJustification;

    /** When the invitees were reminded that the meeting is near (once). */
    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "created_by_id", nullable = false)
    private Long createdById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Meeting() {}

    Meeting(long experimentationId, MeetingDetails details, String phase, long createdById, Instant at) {
        this.createdAt = at;
        this.experimentationId = experimentationId;
        this.uid = UUID.randomUUID() + "@faire-avec";
        this.phase = phase;
        this.createdById = createdById;
        apply(details);
    }

    /** Applies new details; returns true when what a calendar shows changed (date, time, length, place). */
    boolean apply(MeetingDetails d) {
        boolean calendarChanged = startsAt != null
                && (!d.startsAt().equals(startsAt)
                        || d.durationMinutes() != durationMinutes
                        || !java.util.Objects.equals(d.place(), place)
                        || !java.util.Objects.equals(d.remoteLink(), remoteLink)
                        || !d.title().equals(title));
        this.title = d.title();
        this.kind = d.kind();
        this.peerCollege = d.kind() == MeetingKind.PEER_SESSION ? d.peerCollege() : null;
        this.startsAt = d.startsAt();
        this.durationMinutes = d.durationMinutes();
        this.place = d.place();
        this.remoteLink = d.remoteLink();
        this.agenda = d.agenda();
        if (calendarChanged) {
            sequenceNo++;
        }
        return calendarChanged;
    }

    void linkStep(String taskId, String stepKey, String phase) {
        this.taskId = taskId;
        this.stepKey = stepKey;
        if (phase != null) {
            this.phase = phase;
        }
    }

    void stepCompleted() {
        this.stepCompleted = true;
    }

    void cancel() {
        this.cancelled = true;
        this.sequenceNo++;
    }

    void remindersSent(Instant at) {
        this.reminderSentAt = at;
    }

    void justify(String why) {
        this.ruleJustification = why.trim();
    }

    public Long getId() {
        return id;
    }

    public Long getExperimentationId() {
        return experimentationId;
    }

    public String getUid() {
        return uid;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public String getTitle() {
        return title;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public College getPeerCollege() {
        return peerCollege;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public String getRemoteLink() {
        return remoteLink;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getPhase() {
        return phase;
    }

    public String getStepKey() {
        return stepKey;
    }

    public String getTaskId() {
        return taskId;
    }

    public boolean isStepCompleted() {
        return stepCompleted;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getRuleJustification() {
        return ruleJustification;
    }

    public Long getCreatedById() {
        return createdById;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
