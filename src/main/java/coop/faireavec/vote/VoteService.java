package coop.faireavec.vote;

import coop.faireavec.actionlead.ActionLead;
import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.decision.Ballot;
import coop.faireavec.decision.DecisionRulesService;
import coop.faireavec.decision.EqualFootingRules;
import coop.faireavec.decision.Grade;
import coop.faireavec.decision.MajorityJudgment;
import coop.faireavec.decision.VoteResult;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.College;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The prioritisation vote (issue #13, point 3): one round per shared "vote open" step, one secret ballot per member
 * with a college (sent again before the close: replaced), results by majority judgment with each college weighing
 * the same ({@link MajorityJudgment#tally}); and the action plan's changes against the vote's preselection (point 4).
 *
 * <p>Secrecy: no method returns who graded what, except {@link #ownGrades} which gives a member their own ballot.
 * Results carry only per-college medians, distributions (hidden for small colleges) and turnout.
 */
@Service
@Transactional(readOnly = true)
public class VoteService {

    private final VoteRoundRepository rounds;
    private final VoteBallotRepository ballots;
    private final PlanSelectionChangeRepository changes;
    private final ActionLeadService leads;
    private final MembershipService memberships;
    private final AccessGuard guard;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    private final DecisionRulesService decisionRules;

    private final EntityManager entityManager;

    private final AuditLog audit;

    VoteService(
            VoteRoundRepository rounds,
            VoteBallotRepository ballots,
            PlanSelectionChangeRepository changes,
            ActionLeadService leads,
            MembershipService memberships,
            AccessGuard guard,
            Clock clock,
            PlatformTransactionManager transactions,
            DecisionRulesService decisionRules,
            EntityManager entityManager,
            AuditLog audit) {
        this.audit = audit;
        this.entityManager = entityManager;
        this.decisionRules = decisionRules;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rounds = rounds;
        this.ballots = ballots;
        this.changes = changes;
        this.leads = leads;
        this.memberships = memberships;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * The results of a round as pages and the report show them.
     *
     * @param experimentationId the experimentation
     * @param openedAt when the round opened
     * @param closedAt when a carrier closed it, null while open
     * @param closingReason the carrier's reason for closing (null when none)
     * @param extendedUntil the end a carrier moved it to (null when never extended)
     * @param rules the rules frozen when it opened
     * @param tally the majority-judgment tally (no voter identity in it)
     * @param leads the leads on the ballot by id, in their display order
     * @param preselected the ids of the top {@link EqualFootingRules#preselectedLeads()} leads that someone graded,
     *     best first: what the action plan starts from
     */
    public record Results(
            long experimentationId,
            Instant openedAt,
            Instant closedAt,
            String closingReason,
            Instant extendedUntil,
            EqualFootingRules rules,
            VoteResult tally,
            Map<Long, ActionLead> leads,
            List<Long> preselected) {

        /** Whether a carrier closed the round. */
        public boolean closed() {
            return closedAt != null;
        }

        /** The title of a lead on the ballot (empty when unknown). */
        public String title(long leadId) {
            ActionLead lead = leads.get(leadId);
            return lead == null ? "" : lead.getTitle();
        }

        /** Whether the action plan starts with this lead checked. */
        public boolean preselects(long leadId) {
            return preselected.contains(leadId);
        }
    }

    /**
     * What the ballot page shows a member: the leads to grade, the member's own grades (to change them), and what
     * the results will hide.
     *
     * @param leads the leads to grade, in display order
     * @param own the viewer's own grades (empty when they have not voted)
     * @param voted whether the viewer already sent a ballot in this round
     * @param college the viewer's college (null: not a voter)
     * @param smallColleges colleges with fewer members than {@link EqualFootingRules#smallCollegeBelow()}: their
     *     results will show only turnout and median, never their distribution
     * @param smallCollegeBelow the threshold itself (the page says it beforehand)
     * @param results the provisional results so far (turnout per college, provisional or not)
     */
    public record Sheet(
            List<ActionLead> leads,
            Map<Long, Grade> own,
            boolean voted,
            College college,
            List<College> smallColleges,
            int smallCollegeBelow,
            Results results) {

        /** The viewer's own answer on a lead, or null when none yet. */
        public Grade ownGrade(long leadId) {
            return own.get(leadId);
        }
    }

    /**
     * A lead the action plan keeps or leaves out against the vote's preselection.
     *
     * @param leadId the lead
     * @param title its title
     * @param selected true: kept though not preselected; false: left out though preselected
     * @param reason the carrier's reason
     */
    public record SelectionChange(long leadId, String title, boolean selected, String reason) {}

    /** The rules in force for an experimentation (template default or the carrier's override). */
    private EqualFootingRules rulesInForce(long experimentationId) {
        return decisionRules.rulesFor(experimentationId);
    }

    /**
     * Opens the round of a "vote open" step if it is not open yet, freezing the rules in force; called when the step
     * is first shown, voted on, closed or extended. Within a writing transaction (a ballot, a close) it opens in that
     * transaction; from a page view (a read-only transaction) in a transaction of its own.
     *
     * @param experimentationId the step's experimentation
     * @param phase the step's phase name
     * @param taskId the step's engine task id
     * @return the round's id
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long open(long experimentationId, String phase, String taskId) {
        Optional<VoteRound> existing = rounds.findByTaskId(taskId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return Objects.requireNonNull(ownTransaction.execute(status -> create(experimentationId, phase, taskId)));
        }
        return create(experimentationId, phase, taskId);
    }

    private long create(long experimentationId, String phase, String taskId) {
        return rounds.save(new VoteRound(
                        experimentationId,
                        phase,
                        taskId,
                        clock.instant(),
                        rulesInForce(experimentationId).asText()))
                .getId();
    }

    private VoteRound round(String taskId) {
        return rounds.findByTaskId(taskId)
                .orElseThrow(() -> new IllegalStateException("vote round not opened for step " + taskId));
    }

    /**
     * The round of a vote step, its row locked until the transaction ends and its state read again: ballots and the
     * close of one round go one after the other (the same ballot sent twice at once is stored once, replaced by the
     * second; no ballot slips in after the close; two carriers closing at once close it once).
     */
    private VoteRound lockedRound(String taskId) {
        VoteRound round = round(taskId);
        entityManager.refresh(round, LockModeType.PESSIMISTIC_WRITE);
        return round;
    }

    /**
     * Records a member's ballot, replacing the one they sent before in this round. The college is the voter's
     * membership's; leads that are not on the ballot are ignored; a lead left out counts as "Sans avis".
     *
     * @param taskId the "vote open" step ({@link #open} was called)
     * @param voterId the member whose ballot it is
     * @param typedById who typed it (the voter, or someone recording it for them)
     * @param consent how the voter agreed when someone else typed it (null when they typed it)
     * @param consentNote the consent's note (kind OTHER), or null
     * @param grades lead id to answer
     * @throws AccessDeniedException (403) when the voter has no college in the experimentation
     * @throws ConflictException (409, {@code conflict.voteClosed}) when the round is closed
     */
    @Transactional
    public void cast(
            String taskId,
            long voterId,
            long typedById,
            ConsentKind consent,
            String consentNote,
            Map<Long, Grade> grades) {
        VoteRound round = lockedRound(taskId);
        if (round.isClosed()) {
            throw new ConflictException("conflict.voteClosed");
        }
        long exp = round.getExperimentationId();
        College college = memberships.collegeByPerson(exp).get(voterId);
        if (college == null) {
            throw new AccessDeniedException("only members with a college vote");
        }
        Map<Long, Grade> kept = new HashMap<>();
        for (ActionLead lead : leads.ofExperimentation(exp)) {
            Grade grade = grades.get(lead.getId());
            kept.put(lead.getId(), grade == null ? Grade.NO_OPINION : grade);
        }
        VoteBallot ballot = ballots.findByRoundIdAndVoterId(round.getId(), voterId)
                .orElseGet(() -> new VoteBallot(round.getId(), voterId, college.name()));
        ballot.fill(
                kept,
                college.name(),
                typedById,
                typedById == voterId ? null : consent,
                typedById == voterId ? null : consentNote,
                clock.instant());
        VoteBallot saved = ballots.save(ballot);
        if (typedById != voterId) {
            // who typed a ballot for whom, never the grades
            audit.record(
                    audit.actor(typedById),
                    AuditKind.RECORDED_ON_BEHALF,
                    "ballot",
                    saved.getId(),
                    "vote round " + round.getId(),
                    exp,
                    voterId);
        }
    }

    /**
     * A member's own grades in a round, for their ballot page and their done page only.
     *
     * @param taskId the "vote open" step
     * @param voterId the member (the caller makes sure it is the viewer)
     * @return lead id to answer, empty when the member has not voted or the round is not open
     */
    public Map<Long, Grade> ownGrades(String taskId, long voterId) {
        return rounds.findByTaskId(taskId)
                .flatMap(r -> ballots.findByRoundIdAndVoterId(r.getId(), voterId))
                .<Map<Long, Grade>>map(b -> new TreeMap<>(b.getGrades()))
                .orElse(Map.of());
    }

    /** Whether the member already sent a ballot in the round of this step. */
    public boolean hasVoted(String taskId, long voterId) {
        return rounds.findByTaskId(taskId)
                .flatMap(r -> ballots.findByRoundIdAndVoterId(r.getId(), voterId))
                .isPresent();
    }

    /**
     * What the ballot page shows the viewer.
     *
     * @param taskId the "vote open" step ({@link #open} was called)
     * @param viewerId the member reading it
     */
    public Sheet sheet(String taskId, long viewerId) {
        VoteRound round = round(taskId);
        Results results = results(round);
        Map<Long, College> colleges = memberships.collegeByPerson(round.getExperimentationId());
        Map<College, Integer> sizes = sizes(colleges);
        List<College> small = new ArrayList<>();
        sizes.forEach((college, size) -> {
            if (size < results.rules().smallCollegeBelow()) {
                small.add(college);
            }
        });
        return new Sheet(
                List.copyOf(results.leads().values()),
                ownGrades(taskId, viewerId),
                hasVoted(taskId, viewerId),
                colleges.get(viewerId),
                small,
                results.rules().smallCollegeBelow(),
                results);
    }

    /** Whether closing the round of this step now needs the carrier's reason (a college below its quorum). */
    public boolean closingNeedsReason(String taskId) {
        return results(round(taskId)).tally().provisional();
    }

    /**
     * A carrier closes the round: no ballot is accepted afterwards.
     *
     * @param taskId the "vote open" step ({@link #open} was called)
     * @param byId the carrier
     * @param reason their reason, or null
     * @throws IllegalArgumentException when a college is below its quorum and no reason was given
     * @throws ConflictException (409, {@code conflict.voteClosed}) when it is already closed
     */
    @Transactional
    public void close(String taskId, long byId, String reason) {
        VoteRound round = lockedRound(taskId);
        if (round.isClosed()) {
            throw new ConflictException("conflict.voteClosed");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && results(round).tally().provisional()) {
            throw new IllegalArgumentException("a college is below its quorum: the closing needs a reason");
        }
        round.close(clock.instant(), byId, why);
    }

    /** A carrier moved the round's end to {@code until} (the step's due date moved with it). */
    @Transactional
    public void extended(String taskId, Instant until) {
        round(taskId).extendTo(until);
    }

    /**
     * The latest round's results, for a member of the experimentation (administrators too).
     *
     * @return empty when no vote opened yet
     * @throws AccessDeniedException (403) for anyone else
     */
    public Optional<Results> results(Viewer viewer, long experimentationId) {
        guard.requireMember(viewer, experimentationId);
        return latestResults(experimentationId);
    }

    /**
     * The latest round's results, for steps and reports (their callers checked access).
     *
     * @return empty when no vote opened yet
     */
    public Optional<Results> latestResults(long experimentationId) {
        return rounds.findFirstByExperimentationIdOrderByOpenedAtDescIdDesc(experimentationId)
                .map(this::results);
    }

    private Results results(VoteRound round) {
        long exp = round.getExperimentationId();
        EqualFootingRules rules = EqualFootingRules.parse(round.getRules());
        Map<Long, ActionLead> onBallot = new LinkedHashMap<>();
        leads.ofExperimentation(exp).forEach(l -> onBallot.put(l.getId(), l));
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes(memberships.collegeByPerson(exp)).forEach((c, n) -> sizes.put(c.name(), n));
        List<Ballot> cast = ballots.findByRoundId(round.getId()).stream()
                .map(b -> new Ballot(b.getCollege(), b.getGrades()))
                .toList();
        VoteResult tally = MajorityJudgment.tally(new ArrayList<>(onBallot.keySet()), sizes, cast, rules);
        List<Long> preselected = tally.ranked().stream()
                .filter(r -> r.overall() != null)
                .limit(rules.preselectedLeads())
                .map(r -> r.leadId())
                .toList();
        return new Results(
                exp,
                round.getOpenedAt(),
                round.getClosedAt(),
                round.getClosingReason(),
                round.getExtendedUntil(),
                rules,
                tally,
                onBallot,
                preselected);
    }

    private static Map<College, Integer> sizes(Map<Long, College> collegeByPerson) {
        Map<College, Integer> sizes = new LinkedHashMap<>();
        for (College college : College.values()) {
            sizes.put(college, 0);
        }
        collegeByPerson.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
        return sizes;
    }

    /**
     * Keeps the action plan's changes against the vote's preselection (replacing the previous plan's).
     *
     * @param experimentationId the experimentation
     * @param selected the lead ids the plan keeps
     * @param reasons lead id to the carrier's reason, for every lead whose selection differs from the preselection
     * @param byId the carrier
     * @throws IllegalArgumentException when a changed lead has no reason
     */
    @Transactional
    public void recordSelection(
            long experimentationId, Collection<Long> selected, Map<Long, String> reasons, long byId) {
        List<Long> preselected =
                latestResults(experimentationId).map(Results::preselected).orElse(List.of());
        changes.deleteByExperimentationId(experimentationId);
        changes.flush();
        Instant now = clock.instant();
        for (ActionLead lead : leads.ofExperimentation(experimentationId)) {
            boolean keep = selected.contains(lead.getId());
            if (keep == preselected.contains(lead.getId())) {
                continue;
            }
            String reason = reasons.get(lead.getId());
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("every change of the preselection needs its reason");
            }
            changes.save(new PlanSelectionChange(experimentationId, lead.getId(), keep, reason.strip(), byId, now));
        }
    }

    /**
     * The latest action plan's changes against the vote's preselection, for the collective validation and the done
     * plan (callers checked access).
     *
     * @return one entry per changed lead, in lead order; empty when the plan kept the preselection
     */
    public List<SelectionChange> selectionChanges(long experimentationId) {
        Map<Long, String> titles = new HashMap<>();
        leads.ofExperimentation(experimentationId).forEach(l -> titles.put(l.getId(), l.getTitle()));
        return changes.findByExperimentationIdOrderByIdAsc(experimentationId).stream()
                .map(c -> new SelectionChange(
                        c.getLeadId(), titles.getOrDefault(c.getLeadId(), ""), c.isSelected(), c.getReason()))
                .toList();
    }
}
