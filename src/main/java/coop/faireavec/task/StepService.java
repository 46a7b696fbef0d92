package coop.faireavec.task;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.process.StepView;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.review.ReviewService;
import coop.faireavec.security.Viewer;
import coop.faireavec.web.ConflictException;
import coop.faireavec.web.NotFoundException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's steps (the engine's user tasks) and what completing each kind of step stores. Access: a step is
 * open to the members whose candidate groups (derived from their memberships) it is offered to.
 */
@Service
@Transactional(readOnly = true)
public class StepService {

    private final WorkflowEngine workflow;
    private final MembershipService memberships;
    private final ReviewService reviews;

    StepService(WorkflowEngine workflow, MembershipService memberships, ReviewService reviews) {
        this.workflow = workflow;
        this.memberships = memberships;
        this.reviews = reviews;
    }

    public List<StepView> mySteps(Viewer viewer) {
        return workflow.openSteps(memberships.candidateGroupsOf(viewer.personId()), viewer.engineUserId());
    }

    public long countMySteps(Viewer viewer) {
        return workflow.countOpenSteps(memberships.candidateGroupsOf(viewer.personId()), viewer.engineUserId());
    }

    /** One open step, only for someone it is offered to; anyone else gets a 403, a missing step a 404. */
    public StepView step(Viewer viewer, String taskId) {
        StepView step = workflow.step(taskId).orElseThrow(() -> new NotFoundException("step", taskId));
        Set<String> mine = memberships.candidateGroupsOf(viewer.personId());
        boolean offered = !Collections.disjoint(mine, step.candidateGroups())
                || viewer.engineUserId().equals(step.assignee());
        if (!offered) {
            throw new AccessDeniedException("step not offered to this person");
        }
        return step;
    }

    /** The carrier declares the phase's work done; the committee reviews next. */
    @Transactional
    public void closePhase(Viewer viewer, String taskId) {
        StepView step = stepOfKind(viewer, taskId, ProcessConstants.FORM_CLOSE_PHASE);
        workflow.complete(step.id(), Map.of());
    }

    /** The committee approves the phase (next phase starts) or asks for changes (back into the phase). */
    @Transactional
    public void review(Viewer viewer, String taskId, boolean approved, String comment) {
        StepView step = stepOfKind(viewer, taskId, ProcessConstants.FORM_COMMITTEE_REVIEW);
        Phase phase = Phase.ofProcessKey(step.processKey());
        reviews.record(step.experimentationId(), phase == null ? step.processKey() : phase.name(), approved,
                comment, viewer.personId());
        workflow.complete(step.id(), Map.of(ProcessConstants.VAR_REVIEW_APPROVED, approved));
    }

    private StepView stepOfKind(Viewer viewer, String taskId, String formKey) {
        StepView step = step(viewer, taskId);
        if (!formKey.equals(step.formKey())) {
            throw new ConflictException("conflict.wrongStepKind");
        }
        return step;
    }
}
