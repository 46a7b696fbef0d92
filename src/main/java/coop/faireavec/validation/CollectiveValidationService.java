package coop.faireavec.validation;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.decision.Answer;
import coop.faireavec.decision.CollegePosition;
import coop.faireavec.decision.ConsentRule;
import coop.faireavec.decision.ConsentTally;
import coop.faireavec.decision.DecisionRulesService;
import coop.faireavec.decision.EqualFootingRules;
import coop.faireavec.decision.ValidationResult;
import coop.faireavec.participation.College;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.shared.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collective validations by the members, college by college (issue #13, point 5). A validation is one step shared by
 * every member with a college; each member answers once — agree, or object with a reason — and an answer sent again
 * before the close replaces the earlier one (which is withdrawn, so it is never counted twice). Answers are stored as
 * contributions of the step (decision {@code AGREE} or {@code DISAGREE}, the college from the member's membership,
 * never from the request), so the voice balance counts them and the rework step finds the objections.
 *
 * <p>The result comes from {@link ConsentTally#tally} with the rules frozen when the validation opened: a college
 * agrees when its quorum answered and a majority of its answering members agree; the text is validated when every
 * college agrees. Every objection's reason is shown to all, whatever the outcome.
 *
 * <p><b>Closing with a college below its quorum.</b> The carrier may then close only with a written reason (shown in
 * the result and the report). Such a close counts as validated when at least one college reached its quorum and
 * every college that answered agrees by its own answers (under the consent rule in force, as if its quorum had been
 * met); a college nobody of which answered is named as missing and does not block. So a college's voice, even
 * incomplete, is never overruled by the others, and silence alone cannot stop the work.
 */
@Service
@Transactional(readOnly = true)
public class CollectiveValidationService {

    private final CollectiveValidationRepository validations;
    private final ContributionService contributions;
    private final MembershipService memberships;
    private final Clock clock;

    private final DecisionRulesService decisionRules;

    private final EntityManager entityManager;

    CollectiveValidationService(
            CollectiveValidationRepository validations,
            ContributionService contributions,
            MembershipService memberships,
            Clock clock,
            DecisionRulesService decisionRules,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.decisionRules = decisionRules;
        this.validations = validations;
        this.contributions = contributions;
        this.memberships = memberships;
        this.clock = clock;
    }

    /**
     * One objection, shown to all: the objecting member's college and reason.
     *
     * @param contributionId the contribution holding it (the rework step answers it)
     * @param college the college's name
     * @param reason what must change
     */
    public record Objection(long contributionId, String college, String reason) {}

    /**
     * A validation as its pages show it.
     *
     * @param phase the phase's name
     * @param taskId the shared step's engine task id
     * @param rules the rules frozen when it opened (the rules in force when it is not recorded as opened)
     * @param result the tally college by college (on the sizes frozen at the close, once closed)
     * @param objections every objection with its reason, oldest first
     * @param closed whether a carrier closed it
     * @param validated the outcome once closed, else whether it would be validated now
     * @param closingReason the carrier's written reason, or null
     * @param closedAt when it was closed, or null
     * @param ownAnswer the viewer's own answer ({@code AGREE}/{@code DISAGREE}), or null when none
     * @param ownReason the viewer's own objection reason, or null
     * @param ownCollege the viewer's college in the experimentation, or null (then they do not answer)
     */
    public record View(
            String phase,
            String taskId,
            EqualFootingRules rules,
            ValidationResult result,
            List<Objection> objections,
            boolean closed,
            boolean validated,
            String closingReason,
            Instant closedAt,
            String ownAnswer,
            String ownReason,
            String ownCollege) {

        /** Whether a college is below its quorum (a close then needs the carrier's reason). */
        public boolean provisional() {
            return result.provisional();
        }

        /** Each college's position, in college order. */
        public List<CollegePosition> colleges() {
            return result.colleges();
        }
    }

    /**
     * Records that a validation step opened and freezes the rules in force (called by the BPMN when the step is
     * created; also on first use for a step created before this existed). Does nothing when already recorded.
     *
     * @param experimentationId the experimentation
     * @param phase the phase's name
     * @param taskId the shared step's engine task id
     * @return the validation
     */
    @Transactional
    public CollectiveValidation open(long experimentationId, String phase, String taskId) {
        return validations
                .findByTaskId(taskId)
                .orElseGet(() -> validations.save(new CollectiveValidation(
                        experimentationId,
                        phase,
                        taskId,
                        rulesFor(experimentationId).asText(),
                        clock.instant())));
    }

    /** The rules in force in the experimentation. */
    private EqualFootingRules rulesFor(long experimentationId) {
        return decisionRules.rulesFor(experimentationId);
    }

    /**
     * A member answers (or answers again, which replaces the earlier answer).
     *
     * @param experimentationId the experimentation
     * @param phase the phase's name
     * @param stepKey the BPMN activity id
     * @param taskId the open shared step
     * @param authorId whose answer it is
     * @param typedById who typed it (the author, or who records it for them)
     * @param consent how the author agreed when someone else typed it, else null
     * @param consentNote the note for {@link ConsentKind#OTHER}, else null
     * @param agree true to agree, false to object
     * @param reason the objection's reason (required when objecting); a comment or null when agreeing
     * @throws AccessDeniedException when the author has no college in the experimentation (they do not answer)
     * @throws ConflictException ({@code conflict.validationClosed}) once the validation is closed
     * @throws IllegalArgumentException when objecting without a reason
     */
    @Transactional
    public void answer(
            long experimentationId,
            String phase,
            String stepKey,
            String taskId,
            long authorId,
            long typedById,
            ConsentKind consent,
            String consentNote,
            boolean agree,
            String reason) {
        CollectiveValidation validation = locked(experimentationId, phase, taskId);
        if (validation.isClosed()) {
            throw new ConflictException("conflict.validationClosed");
        }
        College college = collegeOf(authorId, experimentationId)
                .orElseThrow(() -> new AccessDeniedException("only members with a college answer a validation"));
        String body = reason == null || reason.isBlank() ? null : reason.strip();
        if (!agree && body == null) {
            throw new IllegalArgumentException("an objection needs its reason");
        }
        for (Contribution earlier : answersOf(taskId).getOrDefault(authorId, List.of())) {
            contributions.withdraw(earlier.getId(), typedById, consent, consentNote);
        }
        contributions.record(new NewContribution(
                experimentationId,
                phase,
                stepKey,
                taskId,
                college.name(),
                null,
                null,
                agree ? "AGREE" : "DISAGREE",
                body,
                authorId,
                typedById,
                authorId == typedById ? null : consent,
                authorId == typedById ? null : consentNote));
    }

    /**
     * The validation of a shared step, its row locked until the transaction ends and its state read again: answers
     * and the close go one after the other (a member's answer sent twice at once leaves one answer; none slips in
     * after the close; two carriers closing at once close it once).
     */
    private CollectiveValidation locked(long experimentationId, String phase, String taskId) {
        CollectiveValidation validation = open(experimentationId, phase, taskId);
        entityManager.flush();
        entityManager.refresh(validation, LockModeType.PESSIMISTIC_WRITE);
        return validation;
    }

    /**
     * Whether that person already answered this validation.
     *
     * @param taskId the shared step's engine task id
     * @param personId the member
     */
    public boolean answered(String taskId, long personId) {
        return answersOf(taskId).containsKey(personId);
    }

    /**
     * The validation as its step's page shows it to a viewer.
     *
     * @param experimentationId the experimentation
     * @param phase the phase's name
     * @param taskId the shared step's engine task id
     * @param viewerId the person looking (their own answer is shown)
     * @return the view; the rules in force when it is not recorded as opened yet
     */
    public View view(long experimentationId, String phase, String taskId, long viewerId) {
        CollectiveValidation validation = validations.findByTaskId(taskId).orElse(null);
        return view(experimentationId, phase, taskId, validation, viewerId);
    }

    /**
     * A validation of a finished step, for its done page and the report.
     *
     * @param taskId the step's engine task id
     * @return the view (no own answer), empty when that step was no validation of this kind
     */
    public Optional<View> ofTask(String taskId) {
        return validations.findByTaskId(taskId).map(v -> view(v.getExperimentationId(), v.getPhase(), taskId, v, -1));
    }

    /**
     * Whether this step is a validation a carrier already closed (an answer sent to it is then a 409).
     *
     * @param taskId an engine task id
     */
    public boolean closed(String taskId) {
        return closedIn(taskId).isPresent();
    }

    /**
     * The experimentation of a validation a carrier already closed.
     *
     * @param taskId an engine task id
     * @return its experimentation's id, empty when the step is no closed validation
     */
    public Optional<Long> closedIn(String taskId) {
        return validations
                .findByTaskId(taskId)
                .filter(CollectiveValidation::isClosed)
                .map(CollectiveValidation::getExperimentationId);
    }

    /**
     * The latest closed validation of a phase, for the phase report.
     *
     * @param experimentationId the experimentation
     * @param phase the phase's name
     * @return its view, empty when none was closed
     */
    public Optional<View> latestClosed(long experimentationId, String phase) {
        List<CollectiveValidation> all =
                validations.findByExperimentationIdAndPhaseOrderByOpenedAtAscIdAsc(experimentationId, phase);
        for (int i = all.size() - 1; i >= 0; i--) {
            CollectiveValidation v = all.get(i);
            if (v.isClosed()) {
                return Optional.of(view(experimentationId, phase, v.getTaskId(), v, -1));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether closing now needs the carrier's written reason: a college with members is below its quorum.
     *
     * @param experimentationId the experimentation
     * @param phase the phase's name
     * @param taskId the open shared step
     */
    public boolean closingNeedsReason(long experimentationId, String phase, String taskId) {
        return view(experimentationId, phase, taskId, -1).provisional();
    }

    /**
     * A carrier closes the validation: the tally is frozen with the college sizes of now.
     *
     * @param experimentationId the experimentation
     * @param phase the phase's name
     * @param taskId the open shared step
     * @param byPersonId the carrier
     * @param reason the carrier's reason (null when none); required when a college is below its quorum
     * @return whether the text is validated (see the class comment for a close below a quorum)
     * @throws IllegalArgumentException when a reason is needed and none was given
     * @throws ConflictException ({@code conflict.validationClosed}) when it was already closed
     */
    @Transactional
    public boolean close(long experimentationId, String phase, String taskId, long byPersonId, String reason) {
        CollectiveValidation validation = locked(experimentationId, phase, taskId);
        if (validation.isClosed()) {
            throw new ConflictException("conflict.validationClosed");
        }
        Map<String, Integer> sizes = collegeSizes(experimentationId);
        EqualFootingRules rules = EqualFootingRules.parse(validation.getRules());
        ValidationResult result = ConsentTally.tally(sizes, answerList(taskId), rules);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (result.provisional() && why == null) {
            throw new IllegalArgumentException("a college is below its quorum: the close needs a reason");
        }
        boolean validated = validated(result, rules);
        validation.close(byPersonId, why, sizesAsText(sizes), validated, clock.instant());
        return validated;
    }

    /**
     * A carrier gave the validation more time.
     *
     * @param experimentationId the experimentation
     * @param phase the phase's name
     * @param taskId the open shared step
     * @param until its new end
     */
    @Transactional
    public void extended(long experimentationId, String phase, String taskId, Instant until) {
        open(experimentationId, phase, taskId).extend(until);
    }

    /**
     * The outcome: the tally's when every college reached its quorum; otherwise (a close with the carrier's reason)
     * at least one college reached its quorum and every college that answered agrees by its own answers.
     */
    static boolean validated(ValidationResult result, EqualFootingRules rules) {
        if (!result.provisional()) {
            return result.validated();
        }
        boolean anyQuorum = false;
        for (CollegePosition p : result.colleges()) {
            anyQuorum |= p.quorumMet();
            if (p.answered() > 0 && !agreesByAnswers(p, rules.consentRule())) {
                return false;
            }
        }
        return anyQuorum;
    }

    private static boolean agreesByAnswers(CollegePosition p, ConsentRule rule) {
        return switch (rule) {
            case MAJORITY -> 2 * p.agree() > p.answered();
            case NO_OBJECTION -> p.object() == 0;
        };
    }

    private View view(
            long experimentationId, String phase, String taskId, CollectiveValidation validation, long viewerId) {
        EqualFootingRules rules =
                validation == null ? rulesFor(experimentationId) : EqualFootingRules.parse(validation.getRules());
        boolean closed = validation != null && validation.isClosed();
        Map<String, Integer> sizes = closed && validation.getCollegeSizes() != null
                ? sizesOf(validation.getCollegeSizes())
                : collegeSizes(experimentationId);
        Map<Long, List<Contribution>> byAuthor = answersOf(taskId);
        List<Answer> answers = new ArrayList<>();
        List<Objection> objections = new ArrayList<>();
        byAuthor.values().stream()
                .map(list -> list.get(list.size() - 1))
                .sorted(java.util.Comparator.comparing(Contribution::getCreatedAt)
                        .thenComparing(Contribution::getId))
                .forEach(c -> {
                    boolean agree = "AGREE".equals(c.getDecision());
                    answers.add(new Answer(c.getCollege(), agree, c.getBody()));
                    if (!agree && sizes.getOrDefault(c.getCollege(), 0) > 0) {
                        objections.add(new Objection(c.getId(), c.getCollege(), c.getBody()));
                    }
                });
        ValidationResult result = ConsentTally.tally(sizes, answers, rules);
        List<Contribution> own = viewerId < 0 ? List.of() : byAuthor.getOrDefault(viewerId, List.of());
        Contribution mine = own.isEmpty() ? null : own.get(own.size() - 1);
        return new View(
                phase,
                taskId,
                rules,
                result,
                List.copyOf(objections),
                closed,
                closed ? Boolean.TRUE.equals(validation.getValidated()) : validated(result, rules),
                validation == null ? null : validation.getClosingReason(),
                validation == null ? null : validation.getClosedAt(),
                mine == null ? null : mine.getDecision(),
                mine == null ? null : mine.getBody(),
                viewerId < 0
                        ? null
                        : collegeOf(viewerId, experimentationId)
                                .map(College::name)
                                .orElse(null));
    }

    /** The answers (not withdrawn) stored with the step, per author, oldest first. */
    private Map<Long, List<Contribution>> answersOf(String taskId) {
        Map<Long, List<Contribution>> byAuthor = new LinkedHashMap<>();
        for (Contribution c : contributions.ofTask(taskId)) {
            if (c.getAuthorId() != null
                    && c.getCollege() != null
                    && ("AGREE".equals(c.getDecision()) || "DISAGREE".equals(c.getDecision()))) {
                byAuthor.computeIfAbsent(c.getAuthorId(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        byAuthor.values()
                .forEach(list -> list.sort(java.util.Comparator.comparing(Contribution::getCreatedAt)
                        .thenComparing(Contribution::getId)));
        return byAuthor;
    }

    private List<Answer> answerList(String taskId) {
        return answersOf(taskId).values().stream()
                .map(list -> list.get(list.size() - 1))
                .map(c -> new Answer(c.getCollege(), "AGREE".equals(c.getDecision()), c.getBody()))
                .toList();
    }

    private Optional<College> collegeOf(long personId, long experimentationId) {
        return memberships.membership(personId, experimentationId).map(Membership::getCollege);
    }

    /** Members per college in the experimentation now (members with a college). */
    private Map<String, Integer> collegeSizes(long experimentationId) {
        Map<String, Integer> sizes = new TreeMap<>();
        memberships.collegeByPerson(experimentationId).values().forEach(c -> {
            if (c != null) {
                sizes.merge(c.name(), 1, Integer::sum);
            }
        });
        return sizes;
    }

    private static String sizesAsText(Map<String, Integer> sizes) {
        return sizes.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    private static Map<String, Integer> sizesOf(String text) {
        Map<String, Integer> sizes = new TreeMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                sizes.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
            }
        }
        return sizes;
    }
}
