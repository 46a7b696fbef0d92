package coop.faireavec.meeting;

import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MemberService;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.Viewer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the meeting page together ({@link MeetingPage}): people, rule checks, rounds with what was said, voice
 * balance, minutes, and which actions the viewer may take now ({@link MeetingPage.Actions}, the same questions the
 * services ask, so that the page never offers an action that would be refused).
 */
@Service
@Transactional(readOnly = true)
public class MeetingPages {

    private final MeetingLookup lookup;
    private final MeetingTime time;
    private final MeetingParticipantRepository participants;
    private final MeetingMinutesRepository minutes;
    private final MinutesValidationRepository validations;
    private final ContributionService contributions;
    private final MembershipService memberships;
    private final MemberService members;
    private final PeopleService people;
    private final ExperimentationService experimentations;
    private final MeetingRules rules;
    private final AccessGuard guard;

    MeetingPages(
            MeetingLookup lookup,
            MeetingTime time,
            MeetingParticipantRepository participants,
            MeetingMinutesRepository minutes,
            MinutesValidationRepository validations,
            ContributionService contributions,
            MembershipService memberships,
            MemberService members,
            PeopleService people,
            ExperimentationService experimentations,
            MeetingRules rules,
            AccessGuard guard) {
        this.lookup = lookup;
        this.time = time;
        this.participants = participants;
        this.minutes = minutes;
        this.validations = validations;
        this.contributions = contributions;
        this.memberships = memberships;
        this.members = members;
        this.people = people;
        this.experimentations = experimentations;
        this.rules = rules;
        this.guard = guard;
    }

    /**
     * The meeting page for a member of its experimentation (403 otherwise; 404 for a meeting of another
     * experimentation).
     */
    public MeetingPage page(Viewer viewer, long experimentationId, long meetingId) {
        guard.requireMember(viewer, experimentationId);
        Meeting meeting = lookup.find(experimentationId, meetingId);
        String title = experimentations.get(viewer, experimentationId).getTitle();
        boolean carrier = guard.hasRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        Map<Long, College> collegeOf = lookup.collegesOf(experimentationId);
        List<MeetingParticipant> rows = participants.findByMeetingId(meetingId);
        List<Contribution> said = contributions.ofMeeting(meetingId);
        List<MeetingMinutes> versions = minutes.findByMeetingIdOrderByVersionNoDesc(meetingId);
        MeetingMinutes current = versions.isEmpty() ? null : versions.get(0);
        // every answer to these minutes (corrections asked earlier included), and those to the text now submitted
        List<MinutesValidation> allAnswers =
                current == null ? List.of() : validations.findByMinutesIdOrderByCreatedAtAscIdAsc(current.getId());
        List<MinutesValidation> answers = allAnswers.stream()
                .filter(v -> v.getSubmissionNo() == current.getSubmissionNo())
                .toList();
        boolean mayRecordForOthers = memberships.mayRecordForOthers(viewer.personId(), experimentationId);

        Map<Long, Person> persons = people.byIds(idsOnPage(rows, said, allAnswers, current));
        Set<Long> withAccount = people.usernamesOf(persons.keySet()).keySet();
        Function<Long, String> name = id ->
                id == null || persons.get(id) == null ? "" : persons.get(id).getDisplayName();

        List<MeetingPage.Attendee> attendees = rows.stream()
                .map(p -> new MeetingPage.Attendee(
                        p.getPersonId(),
                        name.apply(p.getPersonId()),
                        collegeOf.get(p.getPersonId()),
                        withAccount.contains(p.getPersonId()),
                        p.isInvited(),
                        p.getReply(),
                        p.replyRecordedForThem(),
                        p.isPresent(),
                        p.isAddedOnSpot()))
                .sorted(Comparator.comparing((MeetingPage.Attendee a) ->
                                a.college() == null ? 99 : a.college().ordinal())
                        .thenComparing(MeetingPage.Attendee::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        MeetingPage.Attendee me = attendees.stream()
                .filter(a -> a.personId() == viewer.personId())
                .findFirst()
                .orElse(null);

        CompositionRule rule = rules.ruleFor(experimentationId, meeting.getKind());
        CompositionCheck invitedCheck = rule.check(MeetingLookup.count(rows, collegeOf, MeetingParticipant::isInvited));
        CompositionCheck comingCheck =
                rule.check(MeetingLookup.count(rows, collegeOf, p -> p.isInvited() && p.getReply() == Reply.YES));
        boolean attendanceTaken = rows.stream().anyMatch(MeetingParticipant::isPresent);
        CompositionCheck presentCheck = rule.check(MeetingLookup.count(rows, collegeOf, MeetingParticipant::isPresent));

        boolean frozen = current != null && current.isFrozen();
        boolean open = !meeting.isCancelled() && !frozen; // words, attendance and minutes may still change
        boolean started = time.hasStarted(meeting);
        List<MeetingPage.Round> rounds = new ArrayList<>();
        for (String round : MeetingRounds.of(meeting, experimentations.collegesOf(experimentationId))) {
            List<MeetingPage.Said> inRound = said.stream()
                    .filter(c -> round.equals(c.getMeetingRound()))
                    .map(c -> new MeetingPage.Said(
                            c,
                            name.apply(c.getAuthorId()),
                            name.apply(c.getRecordedById()),
                            open && MeetingWords.mayCorrect(viewer, carrier, c)))
                    .toList();
            rounds.add(new MeetingPage.Round(round, MeetingRounds.collegeOf(round), inRound, open && started));
        }

        MeetingPage.MinutesView minutesView = current == null
                ? null
                : minutesView(
                        viewer,
                        current,
                        answers,
                        allAnswers,
                        rows,
                        collegeOf,
                        attendees,
                        me,
                        mayRecordForOthers,
                        name,
                        meeting.isCancelled());
        boolean justificationNeeded = meeting.getTaskId() != null
                && !meeting.isStepCompleted()
                && frozen
                && !presentCheck.holds()
                && meeting.getRuleJustification() == null;
        boolean beforeStart = !meeting.isCancelled() && !started;
        boolean held = attendanceTaken || !said.isEmpty() || current != null;
        MeetingPage.Actions actions = new MeetingPage.Actions(
                carrier && beforeStart,
                carrier && !meeting.isCancelled() && !held,
                carrier && beforeStart,
                me != null && me.invited() && beforeStart,
                carrier && beforeStart && attendees.stream().anyMatch(MeetingPage.Attendee::invited),
                carrier && open && started,
                open
                        && started
                        && (mayRecordForOthers
                                || (me != null && me.college() != null && (me.invited() || me.present()))),
                carrier && open && started,
                minutesView != null && minutesView.validationOpen(),
                carrier && frozen,
                carrier && justificationNeeded);
        return new MeetingPage(
                meeting,
                title,
                carrier,
                mayRecordForOthers,
                me,
                attendees,
                actions.invite() ? invitable(viewer, experimentationId, rows) : Map.of(),
                rule,
                invitedCheck,
                comingCheck,
                presentCheck,
                attendanceTaken,
                rounds,
                contributions.voicesOfMeeting(said),
                minutesView,
                versions.size() > 1 ? versions.subList(1, versions.size()) : List.of(),
                justificationNeeded,
                time.hasEnded(meeting),
                started,
                actions,
                persons.values().stream().collect(Collectors.toMap(Person::getId, Person::getDisplayName)));
    }

    private static Set<Long> idsOnPage(
            List<MeetingParticipant> rows,
            List<Contribution> said,
            List<MinutesValidation> answers,
            MeetingMinutes current) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(p -> ids.add(p.getPersonId()));
        said.forEach(c -> {
            if (c.getAuthorId() != null) ids.add(c.getAuthorId());
            ids.add(c.getRecordedById());
        });
        answers.forEach(v -> {
            ids.add(v.getPersonId());
            ids.add(v.getRecordedById());
        });
        if (current != null) ids.add(current.getDraftedById());
        return ids;
    }

    private MeetingPage.MinutesView minutesView(
            Viewer viewer,
            MeetingMinutes current,
            List<MinutesValidation> answers,
            List<MinutesValidation> allAnswers,
            List<MeetingParticipant> rows,
            Map<Long, College> collegeOf,
            List<MeetingPage.Attendee> attendees,
            MeetingPage.Attendee me,
            boolean mayRecordForOthers,
            Function<Long, String> name,
            boolean cancelled) {
        Set<College> toValidate = MeetingLookup.collegesPresent(rows, collegeOf);
        Function<MinutesValidation, MeetingPage.ValidationView> view =
                v -> new MeetingPage.ValidationView(v, name.apply(v.getPersonId()), name.apply(v.getRecordedById()));
        Set<College> answered = answers.stream()
                .filter(MinutesValidation::isApproved)
                .map(MinutesValidation::getCollege)
                .collect(Collectors.toSet());
        boolean submitted = current.getStatus() == MinutesStatus.SUBMITTED && !cancelled;
        List<College> mine = new ArrayList<>();
        College myCollege = collegeOf.get(viewer.personId());
        if (submitted && me != null && me.present() && myCollege != null && !answered.contains(myCollege)) {
            mine.add(myCollege);
        }
        List<MeetingPage.Attendee> forOthers = submitted && mayRecordForOthers
                ? attendees.stream()
                        .filter(a -> a.present()
                                && a.college() != null
                                && a.personId() != viewer.personId()
                                && !answered.contains(a.college()))
                        .toList()
                : List.of();
        List<MeetingPage.ValidationView> corrections = new ArrayList<>(
                allAnswers.stream().filter(v -> !v.isApproved()).map(view).toList());
        java.util.Collections.reverse(corrections); // the latest first
        return new MeetingPage.MinutesView(
                current,
                name.apply(current.getDraftedById()),
                toValidate,
                answers.stream().map(view).toList(),
                corrections,
                mine,
                forOthers);
    }

    private Map<College, List<MemberService.Member>> invitable(
            Viewer viewer, long experimentationId, List<MeetingParticipant> rows) {
        Set<Long> invited = rows.stream()
                .filter(MeetingParticipant::isInvited)
                .map(MeetingParticipant::getPersonId)
                .collect(Collectors.toSet());
        Map<College, List<MemberService.Member>> result = new LinkedHashMap<>();
        members.membersByCollege(viewer, experimentationId).forEach((college, list) -> {
            // people without a college (carriers, committee) come last, under the key null
            result.put(
                    college,
                    list.stream().filter(m -> !invited.contains(m.personId())).toList());
        });
        return result;
    }
}
