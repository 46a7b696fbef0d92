package coop.faireavec.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person concerned by a meeting: invited (and their reply), present on the day, or both. */
@Entity
@Table(name = "meeting_participant")
public class MeetingParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false)
    private boolean invited;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Reply reply;

    /** Who recorded the reply: the person, or the carrier who took it on the phone. */
    @Column(name = "reply_recorded_by_id")
    private Long replyRecordedById;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "added_on_spot", nullable = false)
    private boolean addedOnSpot;

    protected MeetingParticipant() {}

    MeetingParticipant(long meetingId, long personId) {
        this.meetingId = meetingId;
        this.personId = personId;
    }

    void invite() {
        this.invited = true;
    }

    void reply(Reply reply, long recordedById, Instant at) {
        this.reply = reply;
        this.replyRecordedById = recordedById;
        this.repliedAt = at;
    }

    void setPresent(boolean present) {
        this.present = present;
    }

    void addedOnSpot() {
        this.addedOnSpot = true;
        this.present = true;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isInvited() {
        return invited;
    }

    public Reply getReply() {
        return reply;
    }

    public Long getReplyRecordedById() {
        return replyRecordedById;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public boolean isPresent() {
        return present;
    }

    public boolean isAddedOnSpot() {
        return addedOnSpot;
    }

    /** True when someone else (the carrier) noted the reply for this person. */
    public boolean replyRecordedForThem() {
        return replyRecordedById != null && !replyRecordedById.equals(personId);
    }
}
