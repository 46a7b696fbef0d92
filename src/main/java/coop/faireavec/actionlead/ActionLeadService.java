package coop.faireavec.actionlead;

import coop.faireavec.participation.AccessGuard;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action leads: proposed while the call is open, graded by every member in the vote ({@code vote.VoteService}),
 * selected in the action plan.
 */
@Service
@Transactional(readOnly = true)
public class ActionLeadService {

    private final ActionLeadRepository leads;
    private final WorkflowEngine workflow;
    private final AccessGuard guard;
    private final Clock clock;

    ActionLeadService(ActionLeadRepository leads, WorkflowEngine workflow, AccessGuard guard, Clock clock) {
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
     * Every lead of an experimentation, oldest first, for steps, the vote and reports: callers have checked access.
     *
     * @param experimentationId the experimentation
     * @return its leads (empty when none)
     */
    public List<ActionLead> ofExperimentation(long experimentationId) {
        return leads.findByExperimentationIdOrderByIdAsc(experimentationId);
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
