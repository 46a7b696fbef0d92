package coop.faireavec.actionlead;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.notification.NotificationKind;
import coop.faireavec.notification.NotificationService;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action leads: proposed by every member while the call is open (directly or recorded for someone with consent),
 * supported and commented by members, merged, withdrawn or hidden, graded by every member in the vote
 * ({@code vote.VoteService}), selected in the action plan.
 *
 * <p>Voice balance: each lead and each comment is also stored as a {@link Contribution} of phase 2 (step keys
 * {@link #LEAD_STEP_KEY} and {@link #COMMENT_STEP_KEY}, with the lead's id), in its author's name and college, so
 * the balance of phase 2 counts them like anything else said; a withdrawn lead's contribution is withdrawn with it.
 * A hidden lead or comment still counts (it was said; only its text is no longer shown).
 */
@Service
@Transactional(readOnly = true)
public class ActionLeadService {

    /** Step key of the contribution that stands for a proposed lead in the voice balance. */
    public static final String LEAD_STEP_KEY = ProcessConstants.ACTIVITY_CALL_FOR_LEADS;

    /** Step key of the contribution that stands for a comment on a lead in the voice balance. */
    public static final String COMMENT_STEP_KEY = "LeadComment";

    private final ActionLeadRepository leads;
    private final LeadCommentRepository comments;
    private final WorkflowEngine workflow;
    private final AccessGuard guard;
    private final MembershipService memberships;
    private final ContributionService contributions;
    private final NotificationService notifications;
    private final PeopleService people;
    private final Clock clock;

    ActionLeadService(
            ActionLeadRepository leads,
            LeadCommentRepository comments,
            WorkflowEngine workflow,
            AccessGuard guard,
            MembershipService memberships,
            ContributionService contributions,
            NotificationService notifications,
            PeopleService people,
            Clock clock) {
        this.people = people;
        this.comments = comments;
        this.memberships = memberships;
        this.contributions = contributions;
        this.notifications = notifications;
        this.clock = clock;
        this.leads = leads;
        this.workflow = workflow;
        this.guard = guard;
    }

    public List<ActionLead> leadsOf(Viewer viewer, long experimentationId) {
        guard.requireMember(viewer, experimentationId);
        return leads.findByExperimentationIdOrderByIdAsc(experimentationId);
    }

    /**
     * The leads in play (withdrawn, hidden and merged ones left out: nobody votes on them nor selects them),
     * oldest first, for steps, the vote and reports: callers have checked access.
     *
     * @param experimentationId the experimentation
     * @return its leads in play (empty when none)
     */
    public List<ActionLead> ofExperimentation(long experimentationId) {
        return votable(experimentationId);
    }

    public ActionLead get(long leadId) {
        return leads.findById(leadId).orElseThrow(() -> new NotFoundException("action lead", leadId));
    }

    public boolean callIsOpen(long experimentationId) {
        return workflow.isWaitingAt(experimentationId, ProcessConstants.ACTIVITY_CALL_FOR_LEADS);
    }

    /**
     * A member proposes a lead in their own name while the call is open (title and what would change only; the step
     * "Proposer des pistes" takes the full form).
     *
     * @throws ConflictException ({@code conflict.callClosed}) when the call is not open
     */
    @Transactional
    public ActionLead propose(Viewer viewer, long experimentationId, String title, String description) {
        guard.requireMember(viewer, experimentationId);
        return record(
                experimentationId,
                new NewLead(viewer.personId(), title, null, description, null, List.of()),
                viewer.personId(),
                null,
                null,
                null);
    }

    /**
     * A member proposes a lead in their own name while the call is open.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the viewer is not a member
     * @throws ConflictException ({@code conflict.callClosed}) when the call is not open
     * @throws IllegalArgumentException when a chosen source is not a phase-1 contribution of the experimentation
     */
    @Transactional
    public ActionLead propose(Viewer viewer, long experimentationId, NewLead lead) {
        guard.requireMember(viewer, experimentationId);
        if (lead.authorId() != viewer.personId()) {
            throw new IllegalArgumentException("proposing for someone else goes through the step, with consent");
        }
        return record(experimentationId, lead, viewer.personId(), null, null, null);
    }

    /**
     * Records a lead while the call is open, typed by {@code recordedById} for its author (the same person, or a
     * member who records it for them with the consent given); also stored as the author's contribution of phase 2.
     * Callers (the step "Proposer des pistes") have checked who may record for whom.
     *
     * @param consent how the author agreed, null when they typed it themselves
     * @param taskId the step it was proposed from, or null
     * @throws ConflictException ({@code conflict.callClosed}) when the call is not open
     * @throws IllegalArgumentException when a chosen source is not a phase-1 contribution of the experimentation
     */
    @Transactional
    public ActionLead record(
            long experimentationId,
            NewLead lead,
            long recordedById,
            ConsentKind consent,
            String consentNote,
            String taskId) {
        if (!callIsOpen(experimentationId)) {
            throw new ConflictException("conflict.callClosed");
        }
        Set<Long> known = sourceChoices(experimentationId).stream()
                .map(Contribution::getId)
                .collect(Collectors.toSet());
        if (!known.containsAll(lead.sourceIds())) {
            throw new IllegalArgumentException("a source is not a phase-1 contribution of this experimentation");
        }
        ActionLead saved = leads.save(new ActionLead(experimentationId, lead, recordedById, clock.instant()));
        Contribution said = contributions.record(new NewContribution(
                experimentationId,
                Phase.ACTION_LEADS.name(),
                LEAD_STEP_KEY,
                taskId,
                collegeName(lead.authorId(), experimentationId),
                saved.getId(),
                null,
                null,
                lead.title(),
                lead.authorId(),
                recordedById,
                recordedById == lead.authorId() ? null : consent,
                recordedById == lead.authorId() ? null : consentNote));
        saved.setContributionId(said.getId());
        return saved;
    }

    /**
     * What was said in phase 1 of the experimentation, which a lead may answer (its author chooses among them),
     * oldest first; withdrawn contributions are left out.
     */
    public List<Contribution> sourceChoices(long experimentationId) {
        return contributions.ofPhase(experimentationId, Phase.SHARED_DIAGNOSIS.name()).stream()
                .filter(c -> c.getWithdrawnAt() == null)
                .filter(c -> c.getBody() != null && !c.getBody().isBlank())
                .toList();
    }

    /**
     * The leads open to the vote: neither withdrawn, nor hidden, nor merged into another, oldest first.
     *
     * @param experimentationId the experimentation (callers checked access)
     */
    public List<ActionLead> votable(long experimentationId) {
        return leads.findByExperimentationIdOrderByIdAsc(experimentationId).stream()
                .filter(ActionLead::isActive)
                .toList();
    }

    /**
     * Whether the person proposed at least one lead (not withdrawn) in the experimentation: their part of the call
     * for leads is done.
     */
    public boolean proposedAny(long experimentationId, long personId) {
        return leads.findByExperimentationIdOrderByIdAsc(experimentationId).stream()
                .anyMatch(l -> l.getWithdrawnAt() == null && l.getProposedById() == personId);
    }

    /** When the open call for leads closes (its step's due date), if it is open and has one. */
    public Optional<Instant> callEnd(long experimentationId) {
        return workflow.openStepsOf(experimentationId, ProcessConstants.ACTIVITY_CALL_FOR_LEADS).stream()
                .map(s -> s.due())
                .filter(d -> d != null)
                .findFirst();
    }

    /**
     * How many days are left in the open call for leads (today counts as one while the call is open; 0 on its last
     * hours), empty when the call is not open or has no end.
     */
    public Optional<Long> callDaysLeft(long experimentationId) {
        return callEnd(experimentationId).map(this::daysLeft);
    }

    /**
     * {@link #callDaysLeft(long)} for several experimentations in a fixed number of statements (the dashboard).
     *
     * @return days left by experimentation id, for those whose call for leads is open with an end
     */
    public Map<Long, Long> callDaysLeft(Collection<Long> experimentationIds) {
        Map<Long, Long> left = new HashMap<>();
        for (var step : workflow.openStepsOf(experimentationIds, ProcessConstants.ACTIVITY_CALL_FOR_LEADS)) {
            if (step.due() != null && !left.containsKey(step.experimentationId())) {
                left.put(step.experimentationId(), daysLeft(step.due()));
            }
        }
        return left;
    }

    private long daysLeft(Instant end) {
        long seconds = java.time.Duration.between(clock.instant(), end).getSeconds();
        return seconds <= 0 ? 0L : (seconds + 86_399) / 86_400;
    }

    /**
     * A lead of the experimentation for a member, with its comments.
     *
     * @throws NotFoundException when there is no such lead in that experimentation
     * @throws org.springframework.security.access.AccessDeniedException when the viewer is not a member
     */
    public ActionLead leadOf(Viewer viewer, long experimentationId, long leadId) {
        guard.requireMember(viewer, experimentationId);
        return inExperimentation(experimentationId, leadId);
    }

    /**
     * The leads page: every lead (inactive ones show why), the names of their authors, whether the call is open and
     * when it ends, the phase-1 contributions a lead may answer.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the viewer is not a member
     */
    public LeadList list(Viewer viewer, long experimentationId) {
        guard.requireMember(viewer, experimentationId);
        List<ActionLead> all = leads.findByExperimentationIdOrderByIdAsc(experimentationId);
        Map<Long, String> titles = new HashMap<>();
        Set<Long> personIds = new TreeSet<>();
        for (ActionLead l : all) {
            titles.put(l.getId(), l.getTitle());
            personIds.addAll(l.getAuthorIds());
        }
        return new LeadList(
                all,
                titles,
                names(personIds),
                callIsOpen(experimentationId),
                callEnd(experimentationId).orElse(null),
                sourceChoices(experimentationId));
    }

    /**
     * The leads page's content.
     *
     * @param titles lead titles by id (to name the lead a merged one went into)
     * @param names display names by person id (authors)
     * @param callEnd when the open call closes, or null
     */
    public record LeadList(
            List<ActionLead> leads,
            Map<Long, String> titles,
            Map<Long, String> names,
            boolean callOpen,
            Instant callEnd,
            List<Contribution> sources) {

        /** The names of a lead's authors, joined with commas. */
        public String authorsOf(ActionLead lead) {
            return joinedNames(lead.getAuthorIds(), names);
        }
    }

    private static String joinedNames(Set<Long> personIds, Map<Long, String> names) {
        return personIds.stream()
                .map(id -> names.getOrDefault(id, "?"))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /**
     * One lead's page: the lead, its comments, the names of its authors, supporters and commenters, the lead it was
     * merged into (null), the leads a carrier may merge it into, and what the viewer may do.
     */
    public record LeadPage(
            ActionLead lead,
            List<LeadComment> comments,
            Map<Long, String> names,
            ActionLead mergedInto,
            List<ActionLead> mergeTargets,
            List<Contribution> sources,
            boolean carrier,
            boolean author,
            boolean supported,
            boolean callOpen) {

        /** The names of the lead's authors, joined with commas. */
        public String authors() {
            return joinedNames(lead.getAuthorIds(), names);
        }
    }

    /**
     * One lead's page for a member.
     *
     * @throws NotFoundException when there is no such lead in that experimentation
     * @throws org.springframework.security.access.AccessDeniedException when the viewer is not a member
     */
    public LeadPage page(Viewer viewer, long experimentationId, long leadId) {
        ActionLead lead = leadOf(viewer, experimentationId, leadId);
        List<LeadComment> said = comments(leadId);
        Set<Long> personIds = new TreeSet<>(lead.getAuthorIds());
        personIds.addAll(lead.getSupporterIds());
        said.forEach(c -> personIds.add(c.getAuthorId()));
        Set<Long> sourceIds = lead.getSourceIds();
        boolean open = callIsOpen(experimentationId);
        return new LeadPage(
                lead,
                said,
                names(personIds),
                lead.getMergedIntoId() == null
                        ? null
                        : leads.findById(lead.getMergedIntoId()).orElse(null),
                votable(experimentationId).stream()
                        .filter(l -> !l.getId().equals(lead.getId()))
                        .toList(),
                sourceIds.isEmpty()
                        ? List.of()
                        : sourceChoices(experimentationId).stream()
                                .filter(c -> sourceIds.contains(c.getId()))
                                .toList(),
                guard.hasRole(viewer, experimentationId, ExperimentationRole.CARRIER),
                lead.getProposedById() == viewer.personId(),
                lead.getSupporterIds().contains(viewer.personId()),
                open);
    }

    private Map<Long, String> names(Collection<Long> personIds) {
        Map<Long, String> names = new HashMap<>();
        for (Map.Entry<Long, Person> e : people.byIds(personIds).entrySet()) {
            names.put(e.getKey(), e.getValue().getDisplayName());
        }
        return names;
    }

    /** The comments on a lead, oldest first (hidden ones included: pages show their reason instead). */
    public List<LeadComment> comments(long leadId) {
        return comments.findByLeadIdOrderByCreatedAtAscIdAsc(leadId);
    }

    /**
     * A member supports a lead, or takes their support back (one support per member).
     *
     * @return whether the viewer supports it now
     * @throws ConflictException ({@code conflict.leadInactive}) when the lead is withdrawn, hidden or merged
     */
    @Transactional
    public boolean toggleSupport(Viewer viewer, long experimentationId, long leadId) {
        guard.requireMember(viewer, experimentationId);
        return active(experimentationId, leadId).toggleSupport(viewer.personId());
    }

    /**
     * A member comments a lead (also a contribution of phase 2 in their name).
     *
     * @throws ConflictException ({@code conflict.leadInactive}) when the lead is withdrawn, hidden or merged
     */
    @Transactional
    public LeadComment comment(Viewer viewer, long experimentationId, long leadId, String body) {
        guard.requireMember(viewer, experimentationId);
        ActionLead lead = active(experimentationId, leadId);
        String text = body.strip();
        LeadComment saved = comments.save(
                new LeadComment(lead.getId(), viewer.personId(), viewer.personId(), text, clock.instant()));
        Contribution said = contributions.record(new NewContribution(
                experimentationId,
                Phase.ACTION_LEADS.name(),
                COMMENT_STEP_KEY,
                null,
                collegeName(viewer.personId(), experimentationId),
                lead.getId(),
                null,
                null,
                text,
                viewer.personId(),
                viewer.personId()));
        saved.setContributionId(said.getId());
        return saved;
    }

    /**
     * A carrier merges a duplicate into the lead kept: the kept lead gets the authors, supports and sources of the
     * other, which stays listed as "fusionnée avec …". Only while the call is open (ballots name leads afterwards).
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone but a carrier
     * @throws ConflictException ({@code conflict.callClosed}) after the call, ({@code conflict.leadInactive}) when
     *     either lead is not active
     * @throws IllegalArgumentException when both are the same lead
     */
    @Transactional
    public void merge(Viewer viewer, long experimentationId, long leadId, long intoLeadId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        if (leadId == intoLeadId) {
            throw new IllegalArgumentException("a lead is not merged into itself");
        }
        ActionLead merged = active(experimentationId, leadId);
        ActionLead kept = active(experimentationId, intoLeadId);
        if (!callIsOpen(experimentationId)) {
            throw new ConflictException("conflict.callClosed");
        }
        kept.absorb(merged);
    }

    /**
     * The author withdraws their lead while the call is open (it stays listed as withdrawn; its contribution is
     * withdrawn too).
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone but the lead's first author
     * @throws ConflictException ({@code conflict.callClosed}) after the call, ({@code conflict.leadInactive}) when
     *     the lead is not active
     */
    @Transactional
    public void withdraw(Viewer viewer, long experimentationId, long leadId) {
        guard.requireMember(viewer, experimentationId);
        ActionLead lead = inExperimentation(experimentationId, leadId);
        if (lead.getProposedById() != viewer.personId()) {
            throw new org.springframework.security.access.AccessDeniedException("only its author withdraws a lead");
        }
        if (!lead.isActive()) {
            throw new ConflictException("conflict.leadInactive");
        }
        if (!callIsOpen(experimentationId)) {
            throw new ConflictException("conflict.callClosed");
        }
        lead.withdraw(clock.instant());
        if (lead.getContributionId() != null) {
            contributions.withdraw(lead.getContributionId(), viewer.personId(), null, null);
        }
    }

    /**
     * A carrier hides a lead that breaks the experimentation's rules: the reason is shown in its place and its
     * authors are told.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone but a carrier
     * @throws ConflictException ({@code conflict.leadInactive}) when the lead is already withdrawn, hidden or merged
     */
    @Transactional
    public void hide(Viewer viewer, long experimentationId, long leadId, String reason) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        ActionLead lead = active(experimentationId, leadId);
        lead.hide(reason.strip(), viewer.personId(), clock.instant());
        notifications.notify(
                lead.getAuthorIds(),
                experimentationId,
                NotificationKind.MODERATION,
                "notification.leadHidden",
                lead.getTitle(),
                leadLink(experimentationId, leadId));
    }

    /**
     * A carrier hides a comment that breaks the experimentation's rules: the reason is shown in its place and its
     * author is told.
     *
     * @throws NotFoundException when the comment is not on that lead of that experimentation
     * @throws ConflictException ({@code conflict.commentHidden}) when it is hidden already
     */
    @Transactional
    public void hideComment(Viewer viewer, long experimentationId, long leadId, long commentId, String reason) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        ActionLead lead = inExperimentation(experimentationId, leadId);
        LeadComment comment = comments.findById(commentId)
                .filter(c -> c.getLeadId().equals(lead.getId()))
                .orElseThrow(() -> new NotFoundException("comment", commentId));
        if (comment.isHidden()) {
            throw new ConflictException("conflict.commentHidden");
        }
        comment.hide(reason.strip(), viewer.personId(), clock.instant());
        notifications.notify(
                List.of(comment.getAuthorId()),
                experimentationId,
                NotificationKind.MODERATION,
                "notification.commentHidden",
                lead.getTitle(),
                leadLink(experimentationId, leadId));
    }

    private static String leadLink(long experimentationId, long leadId) {
        return "/experimentations/" + experimentationId + "/leads/" + leadId;
    }

    private ActionLead inExperimentation(long experimentationId, long leadId) {
        return leads.findById(leadId)
                .filter(l -> l.getExperimentationId() == experimentationId)
                .orElseThrow(() -> new NotFoundException("action lead", leadId));
    }

    private ActionLead active(long experimentationId, long leadId) {
        ActionLead lead = inExperimentation(experimentationId, leadId);
        if (!lead.isActive()) {
            throw new ConflictException("conflict.leadInactive");
        }
        return lead;
    }

    private String collegeName(long personId, long experimentationId) {
        College college = memberships.collegeByPerson(experimentationId).get(personId);
        return college == null ? null : college.name();
    }

    /** The action plan fixes which leads are experimented. */
    @Transactional
    public void select(long experimentationId, Collection<Long> leadIds) {
        for (ActionLead lead : leads.findByExperimentationIdOrderByIdAsc(experimentationId)) {
            lead.setSelected(leadIds.contains(lead.getId()));
        }
    }

    public List<Long> selectedIds(long experimentationId) {
        return leads.findByExperimentationIdAndSelectedTrueOrderByIdAsc(experimentationId).stream()
                .map(ActionLead::getId)
                .toList();
    }
}
