package coop.faireavec.task;

import static coop.faireavec.process.ProcessConstants.*;

import coop.faireavec.actionlead.ActionLead;
import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.process.StepView;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.review.ReviewService;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.util.*;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's steps (the engine's user tasks) and what completing each kind of step stores. Access: a step is
 * open to the members whose candidate groups (derived from their memberships) it is offered to. What people write
 * goes to app tables; the engine only gets the flags its gateways need.
 */
@Service
@Transactional(readOnly = true)
public class StepService {

    /** Steps that collect one text. */
    static final Set<String> TEXT_FORMS = Set.of(FORM_PEER_SESSION, FORM_SYNTHESIS, FORM_PHASE_REPORT, FORM_EXPERIMENT_PLAN, FORM_OBSERVATION, FORM_EXPERIMENT_ASSESSMENT,
            FORM_COLLEGE_EVALUATION);

    public static final String AGREE = "AGREE";
    public static final String DISAGREE = "DISAGREE";
    public static final List<String> EXPERIMENT_DECISIONS = List.of("CONTINUE", "ADJUST", "STOP");
    public static final List<String> CAPITALISATION_SECTIONS = List.of("WHAT_WORKED", "CONDITIONS", "TRANSFER_KIT");

    private final WorkflowEngine workflow;
    private final MembershipService memberships;
    private final ReviewService reviews;
    private final ContributionService contributions;
    private final ActionLeadService leads;
    private final ExperimentationService experimentations;
    private final PeopleService people;

    StepService(WorkflowEngine workflow, MembershipService memberships, ReviewService reviews,
                ContributionService contributions, ActionLeadService leads, ExperimentationService experimentations,
                PeopleService people) {
        this.workflow = workflow;
        this.memberships = memberships;
        this.reviews = reviews;
        this.contributions = contributions;
        this.leads = leads;
        this.experimentations = experimentations;
        this.people = people;
    }

    public List<StepView> mySteps(Viewer viewer) {
        return workflow.openSteps(memberships.candidateGroupsOf(viewer.personId()), viewer.engineUserId());
    }

    public long countMySteps(Viewer viewer) {
        return workflow.countOpenSteps(memberships.candidateGroupsOf(viewer.personId()), viewer.engineUserId());
    }

    /**
     * One open step, only for someone it is offered to, or for someone who may record it for a member it is offered
     * to (a carrier, or a practitioner a carrier allowed); anyone else gets a 403, a missing step a 404.
     */
    /**
     * Someone said "Je m'en occupe": others it is offered to may still read the step but not complete it (409),
     * except the experimentation's carriers, who can always act.
     */
    private void requireNotTakenByAnother(Viewer viewer, StepView step) {
        boolean takenByAnother = step.assignee() != null && !step.assignee().equals(viewer.engineUserId());
        if (takenByAnother && !memberships.rolesOf(viewer.personId(), step.experimentationId())
                .contains(coop.faireavec.participation.ExperimentationRole.CARRIER)) {
            throw new ConflictException("conflict.stepTaken");
        }
    }

    public StepView step(Viewer viewer, String taskId) {
        StepView step = workflow.step(taskId).orElseThrow(() -> new NotFoundException("step", taskId));
        if (!offeredTo(viewer, step) && recordableFor(viewer, step).isEmpty()) {
            throw new AccessDeniedException("step not offered to this person");
        }
        return step;
    }

    private boolean offeredTo(Viewer viewer, StepView step) {
        Set<String> mine = memberships.candidateGroupsOf(viewer.personId());
        return !Collections.disjoint(mine, step.candidateGroups()) || viewer.engineUserId().equals(step.assignee());
    }

    /**
     * The members this viewer may fill the step in for: none unless the viewer may record for others in that
     * experimentation; else the members the step is offered to through their college or participant role (not the
     * carriers, who facilitate), the viewer excepted.
     */
    private List<Long> recordableFor(Viewer viewer, StepView step) {
        long exp = step.experimentationId();
        if (FORM_COMMITTEE_REVIEW.equals(step.formKey()) || !memberships.mayRecordForOthers(viewer.personId(), exp)) {
            return List.of();
        }
        Set<String> groups = new HashSet<>(step.candidateGroups());
        groups.remove(roleGroup(exp, "CARRIER"));
        groups.remove(roleGroup(exp, "COMMITTEE"));
        return memberships.peopleInGroups(exp, groups).stream().filter(id -> id != viewer.personId()).toList();
    }

    /** The step and what its page shows around the form. */
    public StepPage page(Viewer viewer, String taskId) {
        StepView step = step(viewer, taskId);
        long exp = step.experimentationId();
        Phase phase = Phase.ofProcessKey(step.processKey());
        List<Contribution> earlier = phase == null ? List.of() : contributions.ofPhase(exp, phase.name());
        if (step.leadId() != null) {
            earlier = earlier.stream().filter(c -> step.leadId().equals(c.getLeadId())).toList();
        }
        Contribution toValidate = switch (step.formKey()) {
            case FORM_COLLEGE_VALIDATION -> latest(exp, phase,
                    phase == Phase.ACTION_LEADS ? TASK_WRITE_ACTION_PLAN : TASK_DRAFT_SYNTHESIS);
            case FORM_COMMITTEE_REVIEW -> latest(exp, phase, TASK_WRITE_PHASE_REPORT);
            default -> null;
        };
        List<ActionLeadService.LeadWithVotes> leadList = Set.of(FORM_CLOSE_CALL_FOR_LEADS, FORM_LEAD_VOTE,
                FORM_ACTION_PLAN, FORM_CROSSED_DISCUSSION).contains(step.formKey()) && phase == Phase.ACTION_LEADS
                ? leads.withVotes(exp) : List.of();
        ActionLead lead = step.leadId() == null ? null : leads.get(step.leadId());
        Set<Long> ids = new HashSet<>();
        earlier.forEach(c -> {
            if (c.getAuthorId() != null) ids.add(c.getAuthorId());
            ids.add(c.getRecordedById());
        });
        if (toValidate != null) ids.add(toValidate.getRecordedById());
        List<Long> recordable = recordableFor(viewer, step);
        ids.addAll(recordable);
        Map<Long, String> names = people.byIds(ids).values().stream()
                .collect(Collectors.toMap(Person::getId, Person::getDisplayName));
        Set<Long> withAccount = people.usernamesOf(recordable).keySet();
        List<StepPage.Recordable> recordFor = recordable.stream()
                .map(id -> new StepPage.Recordable(id, names.get(id), withAccount.contains(id)))
                .sorted(Comparator.comparing(StepPage.Recordable::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new StepPage(step, phase, earlier, toValidate, leadList, lead,
                experimentations.collegesOf(exp).size(), names, recordFor, offeredTo(viewer, step));
    }

    private Contribution latest(long exp, Phase phase, String stepKey) {
        return phase == null ? null : contributions.latest(exp, phase.name(), stepKey).orElse(null);
    }

    /**
     * Completes a step with what its form collected: stores it, then moves the process on. Inputs are assumed
     * checked by the form; what would corrupt the flow is checked again here.
     */
    @Transactional
    public void complete(Viewer viewer, String taskId, StepInput input) {
        complete(viewer, taskId, input, null);
    }

    /**
     * Completes a step, for a person when recordedFor is given: what is stored counts as that person's voice, and
     * keeps who typed it and how the person agreed. Only a carrier or an allowed practitioner may, and only for a
     * member the step is offered to.
     */
    @Transactional
    public void complete(Viewer viewer, String taskId, StepInput input, RecordedFor recordedFor) {
        StepView step = step(viewer, taskId);
        requireNotTakenByAnother(viewer, step);
        if (recordedFor == null && !offeredTo(viewer, step)) {
            throw new AccessDeniedException("this step is only recorded here for someone it is offered to");
        }
        if (recordedFor != null) {
            if (!recordableFor(viewer, step).contains(recordedFor.personId())) {
                throw new AccessDeniedException("may not record this step for that person");
            }
            if (recordedFor.consent() == null) {
                throw new IllegalArgumentException("consent required");
            }
        }
        Author author = recordedFor == null ? new Author(viewer.personId(), null, null)
                : new Author(recordedFor.personId(), recordedFor.consent(), recordedFor.consentNote());
        long exp = step.experimentationId();
        Phase phase = Phase.ofProcessKey(step.processKey());
        String phaseName = phase == null ? step.processKey() : phase.name();
        Map<String, Object> variables = new HashMap<>();
        String form = step.formKey();
        if (MEETING_FORM_KEYS.contains(form)) {
            // served by a meeting: completes when the meeting's minutes are validated (MeetingService)
            throw new ConflictException("conflict.meetingStep");
        }
        if (TEXT_FORMS.contains(form)) {
            requireText(input.body());
            store(viewer, author, step, phaseName, null, null, input.body());
        } else if (FORM_COLLEGE_VALIDATION.equals(form)) {
            if (!AGREE.equals(input.decision()) && !DISAGREE.equals(input.decision())) {
                throw new IllegalArgumentException("decision");
            }
            if (DISAGREE.equals(input.decision())) {
                requireText(input.body());
                variables.put(VAR_VALIDATION_REJECTED, true);
            }
            store(viewer, author, step, phaseName, null, input.decision(), input.body());
        } else if (FORM_CLOSE_CALL_FOR_LEADS.equals(form)) {
            // the carrier closes the call before its time is up: nothing to store
        } else if (FORM_LEAD_VOTE.equals(form)) {
            leads.vote(exp, step.college(), input.leadIdsOrEmpty(), author.personId());
            store(viewer, author, step, phaseName, null, null, input.body());
        } else if (FORM_ACTION_PLAN.equals(form)) {
            requireText(input.body());
            if (input.leadIdsOrEmpty().isEmpty() && !leads.withVotes(exp).isEmpty()) {
                throw new IllegalArgumentException("select at least one lead");
            }
            leads.select(exp, input.leadIdsOrEmpty());
            store(viewer, author, step, phaseName, null, null, input.body());
        } else if (FORM_MID_TERM_REVIEW.equals(form)) {
            if (!EXPERIMENT_DECISIONS.contains(input.decision())) {
                throw new IllegalArgumentException("decision");
            }
            requireText(input.body());
            store(viewer, author, step, phaseName, null, input.decision(), input.body());
            variables.put(VAR_EXPERIMENT_DECISION, input.decision());
        } else if (FORM_CAPITALISATION.equals(form)) {
            List<String> texts = List.of(nonNull(input.whatWorked()), nonNull(input.conditions()),
                    nonNull(input.transferKit()));
            texts.forEach(StepService::requireText);
            for (int i = 0; i < texts.size(); i++) {
                store(viewer, author, step, phaseName, CAPITALISATION_SECTIONS.get(i), null, texts.get(i));
            }
        } else {
            throw new ConflictException("conflict.wrongStepKind");
        }
        workflow.complete(step.id(), variables);
    }

    /** The committee approves the phase (next phase starts) or asks for changes (back into the phase). */
    @Transactional
    public void review(Viewer viewer, String taskId, boolean approved, String comment) {
        StepView step = step(viewer, taskId);
        requireNotTakenByAnother(viewer, step);
        if (!FORM_COMMITTEE_REVIEW.equals(step.formKey())) {
            throw new ConflictException("conflict.wrongStepKind");
        }
        Phase phase = Phase.ofProcessKey(step.processKey());
        reviews.record(step.experimentationId(), phase == null ? step.processKey() : phase.name(), approved,
                comment, viewer.personId());
        workflow.complete(step.id(), Map.of(VAR_REVIEW_APPROVED, approved));
    }

    /** Whose voice a completed step is, and how they agreed when someone else typed it. */
    private record Author(long personId, ConsentKind consent, String consentNote) {
    }

    private void store(Viewer viewer, Author author, StepView step, String phase, String section, String decision,
                       String body) {
        contributions.record(new NewContribution(step.experimentationId(), phase, step.taskKey(), step.id(),
                step.college(), step.leadId(), section, decision, body, author.personId(), viewer.personId(),
                author.consent(), author.consentNote()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static void requireText(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("text required");
        }
    }
}
