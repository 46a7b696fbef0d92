package coop.faireavec.contribution;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.participation.College;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.shared.ConflictException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores and reads contributions. Callers check access to the experimentation first. */
@Service
@Transactional(readOnly = true)
public class ContributionService {

    private final ContributionRepository contributions;
    private final MembershipService memberships;
    private final ObjectProvider<ReportedPhases> reportedPhases;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;
    private final EntityManager entityManager;

    ContributionService(
            ContributionRepository contributions,
            MembershipService memberships,
            ObjectProvider<ReportedPhases> reportedPhases,
            ApplicationEventPublisher events,
            Clock clock,
            AuditLog audit,
            EntityManager entityManager) {
        this.audit = audit;
        this.entityManager = entityManager;
        this.contributions = contributions;
        this.memberships = memberships;
        this.reportedPhases = reportedPhases;
        this.events = events;
        this.clock = clock;
    }

    /** How much one college was heard: contributions, and how many different people they come from. */
    public record CollegeVoices(College college, long contributions, long authors) {}

    /**
     * Contributions of a phase per college, counted by their author's college in the experimentation (so what a
     * facilitator recorded for a person counts as that person's voice), with the number of distinct authors. Every
     * college is listed, in order, even when silent; contributions whose author has no college are left out.
     */
    public List<CollegeVoices> voicesByCollege(long experimentationId, String phase) {
        return voices(memberships.collegeByPerson(experimentationId), ofPhase(experimentationId, phase));
    }

    /**
     * {@link #voicesByCollege} for each of those phases, in the order given (a phase nobody spoke in has all its
     * colleges at zero), reading the members and contributions once.
     */
    public Map<String, List<CollegeVoices>> voicesByPhase(long experimentationId, List<String> phases) {
        Map<Long, College> collegeOf = memberships.collegeByPerson(experimentationId);
        Map<String, List<Contribution>> byPhase = new HashMap<>();
        for (Contribution c : ofExperimentation(experimentationId)) {
            byPhase.computeIfAbsent(c.getPhase(), k -> new ArrayList<>()).add(c);
        }
        Map<String, List<CollegeVoices>> result = new LinkedHashMap<>();
        for (String phase : phases) {
            result.put(phase, voices(collegeOf, byPhase.getOrDefault(phase, List.of())));
        }
        return result;
    }

    private static List<CollegeVoices> voices(Map<Long, College> collegeOf, List<Contribution> said) {
        return voices(said, c -> collegeOf.get(c.getAuthorId()));
    }

    /** Counts per college and distinct authors; the college of each contribution says where it counts (or null). */
    private static List<CollegeVoices> voices(
            List<Contribution> said, java.util.function.Function<Contribution, College> collegeOf) {
        Map<College, Long> counts = new EnumMap<>(College.class);
        Map<College, Set<Long>> authors = new EnumMap<>(College.class);
        for (Contribution c : said) {
            College college = c.getAuthorId() == null ? null : collegeOf.apply(c);
            if (college != null) {
                counts.merge(college, 1L, Long::sum);
                authors.computeIfAbsent(college, k -> new HashSet<>()).add(c.getAuthorId());
            }
        }
        return Arrays.stream(College.values())
                .map(college -> new CollegeVoices(
                        college,
                        counts.getOrDefault(college, 0L),
                        authors.getOrDefault(college, Set.of()).size()))
                .toList();
    }

    /** What was said in a meeting, in the order it was recorded. */
    public List<Contribution> ofMeeting(long meetingId) {
        return contributions.findByMeetingIdOrderByCreatedAtAscIdAsc(meetingId);
    }

    /**
     * Records what someone said in a round of a meeting; the contribution's college is the speaker's college, so
     * the meeting's voice balance counts it there. Callers check who may record.
     */
    @Transactional
    public Contribution recordInMeeting(NewContribution contribution, long meetingId, String round) {
        Contribution c = new Contribution(contribution, clock.instant());
        c.placeInMeeting(meetingId, round);
        Contribution saved = contributions.save(c);
        auditOnBehalf(saved, saved.getRecordedById(), "words noted in meeting " + meetingId);
        return saved;
    }

    public Optional<Contribution> find(long contributionId) {
        return contributions.findById(contributionId);
    }

    /**
     * Corrects the text of a contribution: the one way every page corrects (a meeting's words, "my contributions",
     * the carrier for someone). Keeps who corrected and, when it was not the author, how the author agreed. When the
     * contribution's phase was already reported, publishes {@link ContributionChanged} so that the report module
     * makes a new version. Callers check who may (and, for a meeting, that its minutes are not validated).
     *
     * @param consent null when the author corrects; else how the author agreed
     * @throws IllegalArgumentException when the text is blank
     * @throws java.util.NoSuchElementException when there is no such (not withdrawn) contribution
     */
    @Transactional
    public void correct(long contributionId, String body, long byPersonId, ConsentKind consent, String consentNote) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("text required");
        }
        Contribution c = contributions.findById(contributionId).orElseThrow();
        c.correct(body, byPersonId, consent, consentNote, clock.instant());
        auditOnBehalf(c, byPersonId, "corrected");
        if (phaseReported(c)) {
            events.publishEvent(new ContributionChanged(c.getExperimentationId(), c.getPhase(), c.getId()));
        }
    }

    /**
     * Marks a contribution withdrawn (kept, with who and when; no longer counted nor shown). Callers check who may;
     * a contribution whose phase was reported cannot be withdrawn any more.
     *
     * @throws ConflictException ("conflict.withdrawAfterReport") when the phase was already reported
     * @throws java.util.NoSuchElementException when there is no such (not withdrawn) contribution
     */
    @Transactional
    public void withdraw(long contributionId, long byPersonId, ConsentKind consent, String consentNote) {
        Contribution c = contributions.findById(contributionId).orElseThrow();
        if (phaseReported(c)) {
            throw new ConflictException("conflict.withdrawAfterReport");
        }
        c.withdraw(byPersonId, consent, consentNote, clock.instant());
        auditOnBehalf(c, byPersonId, "withdrawn");
    }

    /**
     * Whether a report of that contribution's phase was already generated; "not reported" when no report module is
     * present.
     */
    public boolean phaseReported(Contribution c) {
        ReportedPhases reported = reportedPhases.getIfAvailable();
        return reported != null && reported.reported(c.getExperimentationId(), c.getPhase());
    }

    /** Contributions and distinct speakers per college in one meeting, every college listed, in order. */
    public List<CollegeVoices> voicesOfMeeting(long meetingId) {
        return voicesOfMeeting(ofMeeting(meetingId));
    }

    /**
     * The same for what was said in a meeting, already read: each contribution counts in the college it was tagged
     * with when said (the speaker's college then).
     */
    public List<CollegeVoices> voicesOfMeeting(List<Contribution> saidInMeeting) {
        return voices(saidInMeeting, c -> c.getCollege() == null ? null : College.valueOf(c.getCollege()));
    }

    /** Everything recorded in that person's name, newest first, whoever typed it. */
    public List<Contribution> byAuthor(long personId) {
        return contributions.findByAuthorIdOrderByCreatedAtDescIdDesc(personId);
    }

    @Transactional
    public Contribution record(NewContribution contribution) {
        Contribution saved = contributions.save(new Contribution(contribution, clock.instant()));
        auditOnBehalf(saved, saved.getRecordedById(), "step " + saved.getStepKey());
        return saved;
    }

    /**
     * Writes to the audit that {@code byPersonId} acted on a contribution of someone else (recorded, corrected or
     * withdrew it for them, with their consent); nothing when the author acted or the words have no author. The
     * audit keeps which contribution and what was done, never the words.
     */
    private void auditOnBehalf(Contribution c, long byPersonId, String what) {
        if (c.getAuthorId() == null || c.getAuthorId() == byPersonId) {
            return;
        }
        audit.record(
                audit.actor(byPersonId),
                AuditKind.RECORDED_ON_BEHALF,
                "contribution",
                c.getId(),
                what,
                c.getExperimentationId(),
                c.getAuthorId());
    }

    public List<Contribution> ofPhase(long experimentationId, String phase) {
        return contributions.findByExperimentationIdAndPhaseOrderByCreatedAtAscIdAsc(experimentationId, phase);
    }

    public List<Contribution> ofExperimentation(long experimentationId) {
        return contributions.findByExperimentationIdOrderByCreatedAtAscIdAsc(experimentationId);
    }

    /**
     * One page of a phase's contributions in id order (reports read a phase of 100,000 contributions page by page).
     * Callers check access first.
     *
     * @param afterId the last id of the previous page (0 for the first page)
     * @param size the page size (1 to 1,000)
     * @return up to {@code size} contributions with ids above {@code afterId}, detached (changing them changes
     *     nothing); empty after the last page
     */
    public List<Contribution> pageOfPhase(long experimentationId, String phase, long afterId, int size) {
        List<Contribution> page = contributions
                .findByExperimentationIdAndPhaseAndIdGreaterThanOrderByIdAsc(
                        experimentationId, phase, afterId, PageRequest.of(0, Math.max(1, Math.min(size, 1000))))
                .getContent();
        // A report reads every page in one transaction: kept managed, 100,000 contributions would be dirty-checked
        // again before each next query and held with their snapshots until the commit (issue #14, figure 3: 143 s
        // and the whole heap for the largest phase)
        page.forEach(entityManager::detach);
        return page;
    }

    /**
     * Which of these steps were completed on someone's behalf: a contribution stored with the step has an author
     * and was typed by someone else (see "Recording on someone's behalf").
     *
     * @param taskIds engine task ids
     * @return the ids among them completed for someone
     */
    public Set<String> stepsRecordedOnBehalf(Collection<String> taskIds) {
        return taskIds.isEmpty() ? Set.of() : new HashSet<>(contributions.taskIdsRecordedOnBehalf(taskIds));
    }

    /** What was submitted when that step was completed. */
    public List<Contribution> ofTask(String taskId) {
        return contributions.findByTaskId(taskId);
    }

    /** What this person sent lately (newest first), to find the steps they completed. */
    public List<Contribution> recentlyRecordedBy(long personId) {
        return contributions.findTop30ByRecordedByIdOrderByCreatedAtDescIdDesc(personId);
    }

    /** The latest contribution of a step in a phase (e.g. the synthesis the colleges now validate). */
    public Optional<Contribution> latest(long experimentationId, String phase, String stepKey) {
        return ofPhase(experimentationId, phase).stream()
                .filter(c -> c.getStepKey().equals(stepKey))
                .max(Comparator.comparing(Contribution::getCreatedAt).thenComparing(Contribution::getId));
    }
}
