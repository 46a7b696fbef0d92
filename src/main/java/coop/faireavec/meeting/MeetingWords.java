package coop.faireavec.meeting;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.NotFoundException;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is said in a meeting, round by round: recorded once the meeting has started and corrected by its author
 * (or the carrier) until the minutes are validated. Words at another time are a 409 ({@link MeetingTime}).
 */
@Service
@Transactional(readOnly = true)
public class MeetingWords {

    private final MeetingParticipantRepository participants;
    private final MeetingLookup lookup;
    private final MeetingTime time;
    private final ContributionService contributions;
    private final MembershipService memberships;
    private final ExperimentationService experimentations;
    private final AccessGuard guard;

    MeetingWords(
            MeetingParticipantRepository participants,
            MeetingLookup lookup,
            MeetingTime time,
            ContributionService contributions,
            MembershipService memberships,
            ExperimentationService experimentations,
            AccessGuard guard) {
        this.participants = participants;
        this.lookup = lookup;
        this.time = time;
        this.contributions = contributions;
        this.memberships = memberships;
        this.experimentations = experimentations;
        this.guard = guard;
    }

    /**
     * Records what someone said in a round and returns it. A person speaks for themself when invited or present
     * and in a college (in a peer round, only that college's members speak); the carrier, or a practitioner the
     * carrier allowed, may record for a participant of the meeting, saying how that person agreed. Throws a 409
     * before the meeting starts, once it is cancelled or its minutes validated; a 403 for someone who may not
     * speak or record for others; {@link IllegalArgumentException} for an unknown round, an empty text, a missing
     * consent or a speaker outside the round's college.
     */
    @Transactional
    public Contribution speak(
            Viewer viewer,
            long experimentationId,
            long meetingId,
            String round,
            String body,
            Long forPersonId,
            ConsentKind consent,
            String consentNote) {
        guard.requireMember(viewer, experimentationId);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        if (!MeetingRounds.of(meeting, experimentations.collegesOf(experimentationId))
                .contains(round)) {
            throw new IllegalArgumentException("unknown round");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("text required");
        }
        long speaker = forPersonId == null ? viewer.personId() : forPersonId;
        MeetingParticipant p = participants
                .findByMeetingIdAndPersonId(meetingId, speaker)
                .filter(x -> x.isInvited() || x.isPresent())
                .orElse(null);
        if (speaker != viewer.personId()) {
            if (!memberships.mayRecordForOthers(viewer.personId(), experimentationId)) {
                throw new AccessDeniedException("may not record for others");
            }
            if (consent == null) {
                throw new IllegalArgumentException("consent required");
            }
            if (p == null) {
                throw new IllegalArgumentException("the speaker is not a participant of the meeting");
            }
        } else if (p == null) {
            throw new AccessDeniedException("only participants of the meeting speak in it");
        }
        time.requireStarted(meeting);
        lookup.requireMinutesNotFrozen(meetingId);
        College college = lookup.collegesOf(experimentationId).get(speaker);
        if (college == null) {
            throw new IllegalArgumentException("the speaker has no college");
        }
        College roundCollege = MeetingRounds.collegeOf(round);
        if (roundCollege != null && roundCollege != college) {
            throw new IllegalArgumentException("a peer round is for its college");
        }
        return contributions.recordInMeeting(
                new NewContribution(
                        experimentationId,
                        meeting.getPhase() == null ? "MEETING" : meeting.getPhase(),
                        meeting.getStepKey() == null ? "Meeting" : meeting.getStepKey(),
                        null,
                        college.name(),
                        null,
                        null,
                        null,
                        body,
                        speaker,
                        viewer.personId(),
                        speaker == viewer.personId() ? null : consent,
                        speaker == viewer.personId() ? null : consentNote),
                meetingId,
                round);
    }

    /**
     * For a form that failed: a 409 when words cannot be recorded now (before the start, cancelled, minutes
     * validated), so that the page is not shown again with a form that would be refused.
     */
    public void requireOpen(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireMember(viewer, experimentationId);
        time.requireStarted(lookup.find(experimentationId, meetingId));
        lookup.requireMinutesNotFrozen(meetingId);
    }

    /**
     * A participant corrects their own contribution (the carrier any), until the minutes are validated: 409 after
     * (or for a cancelled meeting), 403 for someone else.
     */
    @Transactional
    public void correct(Viewer viewer, long experimentationId, long meetingId, long contributionId, String body) {
        Contribution c = correctable(viewer, experimentationId, meetingId, contributionId);
        contributions.correct(c.getId(), body, viewer.personId(), null, null);
    }

    /**
     * One contribution of this meeting that the viewer may correct now: a 404 when it is not of this meeting, a
     * 403 when the viewer is neither its author, its recorder nor a carrier, a 409 when the meeting is cancelled or
     * its minutes validated.
     */
    public Contribution correctable(Viewer viewer, long experimentationId, long meetingId, long contributionId) {
        guard.requireMember(viewer, experimentationId);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        Contribution c = contributions
                .find(contributionId)
                .filter(x -> Objects.equals(x.getMeetingId(), meetingId))
                .orElseThrow(() -> new NotFoundException("contribution", contributionId));
        if (!mayCorrect(viewer, guard.hasRole(viewer, experimentationId, ExperimentationRole.CARRIER), c)) {
            throw new AccessDeniedException("only its author or the carrier corrects a contribution");
        }
        MeetingLookup.requireNotCancelled(meeting);
        lookup.requireMinutesNotFrozen(meetingId);
        return c;
    }

    /** Whether this person may correct this contribution (its author, who recorded it, or a carrier). */
    static boolean mayCorrect(Viewer viewer, boolean carrier, Contribution c) {
        return carrier
                || Objects.equals(c.getAuthorId(), viewer.personId())
                || Objects.equals(c.getRecordedById(), viewer.personId());
    }
}
