package coop.faireavec.actionlead;

import coop.faireavec.participation.AccessGuard;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Action leads: proposed while the call is open, voted by each college, selected in the action plan. */
@Service
@Transactional(readOnly = true)
public class ActionLeadService {

    private final ActionLeadRepository leads;
    private final LeadVoteRepository votes;
    private final WorkflowEngine workflow;
    private final AccessGuard guard;
    private final Clock clock;

    ActionLeadService(
            ActionLeadRepository leads,
            LeadVoteRepository votes,
            WorkflowEngine workflow,
            AccessGuard guard,
            Clock clock) {
        this.clock = clock;
        this.leads = leads;
        this.votes = votes;
        this.workflow = workflow;
        this.guard = guard;
    }

    /** A lead with the colleges that chose it. */
    public record LeadWithVotes(ActionLead lead, Set<String> colleges) {
        /** Equal footing: a lead is retained when a majority of the colleges chose it, whatever their sizes. */
        public boolean retainedByMajority(int collegeCount) {
            return colleges.size() * 2 > collegeCount;
        }
    }

    public List<ActionLead> leadsOf(Viewer viewer, long experimentationId) {
        guard.requireMember(viewer, experimentationId);
        return leads.findByExperimentationIdOrderByIdAsc(experimentationId);
    }

    /** For steps: callers have checked access to the step. */
    public List<LeadWithVotes> withVotes(long experimentationId) {
        Map<Long, Set<String>> byLead = new HashMap<>();
        for (LeadVote v : votes.findByExperimentationId(experimentationId)) {
            byLead.computeIfAbsent(v.getLeadId(), k -> new TreeSet<>()).add(v.getCollege());
        }
        return leads.findByExperimentationIdOrderByIdAsc(experimentationId).stream()
                .map(l -> new LeadWithVotes(l, byLead.getOrDefault(l.getId(), Set.of())))
                .toList();
    }

    public ActionLead get(long leadId) {
        return leads.findById(leadId).orElseThrow(() -> new NotFoundException("action lead", leadId));
    }

    public boolean callIsOpen(long experimentationId) {
        return workflow.isWaitingAt(experimentationId, ProcessConstants.ACTIVITY_CALL_FOR_LEADS);
    }

    /** Any member may propose a lead while the call is open. */
    @Transactional
    public ActionLead propose(Viewer viewer, long experimentationId, String title, String description) {
        guard.requireMember(viewer, experimentationId);
        if (!callIsOpen(experimentationId)) {
            throw new ConflictException("conflict.callClosed");
        }
        return leads.save(new ActionLead(
                experimentationId,
                title.trim(),
                description == null || description.isBlank() ? null : description.trim(),
                viewer.personId(),
                clock.instant()));
    }

    /** Records a college's choice, replacing an earlier one of the same college. */
    @Transactional
    public void vote(long experimentationId, String college, Collection<Long> leadIds, long voterId) {
        Set<Long> valid = leads.findByExperimentationIdOrderByIdAsc(experimentationId).stream()
                .map(ActionLead::getId)
                .collect(Collectors.toSet());
        if (!valid.containsAll(leadIds)) {
            throw new IllegalArgumentException("lead of another experimentation");
        }
        votes.deleteByExperimentationIdAndCollege(experimentationId, college);
        votes.flush();
        for (Long leadId : leadIds) {
            votes.save(new LeadVote(experimentationId, leadId, college, voterId, clock.instant()));
        }
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
