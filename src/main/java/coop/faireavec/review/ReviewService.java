package coop.faireavec.review;

import coop.faireavec.notification.NotificationKind;
import coop.faireavec.notification.NotificationService;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every committee decision with its requests and their answers, and the answers to the colleges' objections,
 * so that the history of a phase can be read without the engine. Callers check access to the experimentation first.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    /** At most this many requests in one decision (the form offers up to this many rows). */
    public static final int MAX_REQUESTS = 10;

    private final PhaseReviewRepository reviews;
    private final ReviewRequestRepository requests;
    private final ObjectionAnswerRepository objectionAnswers;
    private final MembershipService memberships;
    private final NotificationService notifications;
    private final Clock clock;

    ReviewService(
            PhaseReviewRepository reviews,
            ReviewRequestRepository requests,
            ObjectionAnswerRepository objectionAnswers,
            MembershipService memberships,
            NotificationService notifications,
            Clock clock) {
        this.reviews = reviews;
        this.requests = requests;
        this.objectionAnswers = objectionAnswers;
        this.memberships = memberships;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A decision with its requests (position order; empty when approved). */
    public record Decision(PhaseReview review, List<ReviewRequest> requests) {

        /** Whether every request was answered (true when there is none). */
        public boolean allAnswered() {
            return requests.stream().allMatch(ReviewRequest::isAnswered);
        }
    }

    /** A decision with no requests and no step (kept for callers that store only the decision). */
    @Transactional
    public PhaseReview record(long experimentationId, String phase, boolean approved, String comment, long reviewerId) {
        return record(experimentationId, phase, approved, comment, reviewerId, null, null, List.of());
    }

    /**
     * Stores a committee decision with its requests. Approving tells every member of the experimentation that the
     * phase's results are ready ({@code /experimentations/{id}/results/phase-{n}}): in the app, and by e-mail (after
     * commit) to those with an address when mail is on.
     *
     * @param phase the phase's name ({@code SHARED_DIAGNOSIS}…)
     * @param taskId the BPMN step completed by this decision (may be null)
     * @param reportVersion the report version the committee saw (may be null: no report kept)
     * @param asked the requests, in order: none when approving, 1 to {@link #MAX_REQUESTS} when asking for more
     * @return the stored decision
     * @throws IllegalArgumentException when the requests do not fit the decision, or one lacks its part or text
     */
    @Transactional
    public PhaseReview record(
            long experimentationId,
            String phase,
            boolean approved,
            String comment,
            long reviewerId,
            String taskId,
            Integer reportVersion,
            List<NewReviewRequest> asked) {
        List<NewReviewRequest> list = asked == null ? List.of() : asked;
        if (approved != list.isEmpty() || list.size() > MAX_REQUESTS) {
            throw new IllegalArgumentException("approving takes no request; asking for more takes 1 to 10");
        }
        for (NewReviewRequest r : list) {
            if (r.part() == null || r.what() == null || r.what().isBlank()) {
                throw new IllegalArgumentException("a request needs its part and what is asked");
            }
        }
        PhaseReview review = reviews.save(new PhaseReview(
                        experimentationId,
                        phase,
                        approved,
                        comment == null || comment.isBlank() ? null : comment.trim(),
                        reviewerId)
                .withStep(taskId, reportVersion, clock.instant()));
        int position = 1;
        for (NewReviewRequest r : list) {
            requests.save(new ReviewRequest(
                    review.getId(), position++, r.part(), r.what().trim()));
        }
        if (approved) {
            tellMembersResultsAreReady(experimentationId, phase);
        }
        return review;
    }

    private void tellMembersResultsAreReady(long experimentationId, String phase) {
        int number = phaseNumber(phase);
        if (number < 1) {
            return;
        }
        List<Long> members = memberships.membersOf(experimentationId).stream()
                .map(Membership::getPersonId)
                .distinct()
                .toList();
        notifications.notify(
                members,
                experimentationId,
                NotificationKind.RESULTS,
                "notification.resultsReady",
                String.valueOf(number),
                "/experimentations/" + experimentationId + "/results/phase-" + number);
    }

    /** The phase's number (1 to 4) from its name, or 0 for a name that is no phase. */
    static int phaseNumber(String phase) {
        return switch (phase == null ? "" : phase) {
            case "SHARED_DIAGNOSIS" -> 1;
            case "ACTION_LEADS" -> 2;
            case "EXPERIMENTING" -> 3;
            case "CONSOLIDATION" -> 4;
            default -> 0;
        };
    }

    /** Every decision on the experimentation, newest first (without their requests). */
    public List<PhaseReview> reviewsOf(long experimentationId) {
        return reviews.findByExperimentationIdOrderByReviewedAtDesc(experimentationId);
    }

    /** The requests of one decision, in the order asked (empty for an approval). */
    public List<ReviewRequest> requestsOf(long reviewId) {
        return requests.findByReviewIdOrderByPositionAsc(reviewId);
    }

    /** Every decision on the experimentation with its requests and answers, newest first. */
    public List<Decision> decisionsOf(long experimentationId) {
        return withRequests(reviewsOf(experimentationId));
    }

    /** The decision that completed that BPMN step, if one was stored with it. */
    public Optional<Decision> decisionOfStep(String taskId) {
        return reviews.findFirstByTaskId(taskId).map(r -> new Decision(r, requestsOf(r.getId())));
    }

    /** The latest decision on that phase (name, e.g. {@code SHARED_DIAGNOSIS}), with its requests. */
    public Optional<Decision> latestDecision(long experimentationId, String phase) {
        return reviews.findByExperimentationIdAndPhaseOrderByReviewedAtDescIdDesc(experimentationId, phase).stream()
                .findFirst()
                .map(r -> new Decision(r, requestsOf(r.getId())));
    }

    /**
     * What the carrier still has to answer in that phase: the requests of the latest decision when it asked for more
     * and they are not answered yet; empty otherwise.
     */
    public List<ReviewRequest> openRequests(long experimentationId, String phase) {
        return latestDecision(experimentationId, phase)
                .filter(d -> !d.review().isApproved())
                .map(d -> d.requests().stream().filter(r -> !r.isAnswered()).toList())
                .orElse(List.of());
    }

    /** Whether the committee approved that phase (name) of the experimentation. */
    public boolean isApproved(long experimentationId, String phase) {
        return reviews.findByExperimentationIdAndPhaseOrderByReviewedAtDescIdDesc(experimentationId, phase).stream()
                .anyMatch(PhaseReview::isApproved);
    }

    /**
     * The carrier answers one request (once).
     *
     * @param text the answer, not blank (at most 4000 characters)
     * @throws NotFoundException (404) for an unknown request
     * @throws ConflictException (409, {@code conflict.requestAnswered}) when it was answered already
     * @throws IllegalArgumentException for a blank answer
     */
    @Transactional
    public ReviewRequest answer(long requestId, String text, long byPersonId) {
        ReviewRequest request =
                requests.findById(requestId).orElseThrow(() -> new NotFoundException("review request", requestId));
        if (request.isAnswered()) {
            throw new ConflictException("conflict.requestAnswered");
        }
        request.answer(requiredText(text), byPersonId, clock.instant());
        return request;
    }

    /**
     * The carrier answers a college's objection (a contribution that disagreed), once.
     *
     * @throws ConflictException (409, {@code conflict.requestAnswered}) when it was answered already
     * @throws IllegalArgumentException for a blank answer
     */
    @Transactional
    public ObjectionAnswer answerObjection(long objectionId, String text, long byPersonId) {
        if (objectionAnswers.findByObjectionId(objectionId).isPresent()) {
            throw new ConflictException("conflict.requestAnswered");
        }
        return objectionAnswers.save(new ObjectionAnswer(objectionId, requiredText(text), byPersonId, clock.instant()));
    }

    /** The answers to these objections (contribution ids), by objection id; unanswered ones are absent. */
    public Map<Long, ObjectionAnswer> objectionAnswers(Collection<Long> objectionIds) {
        if (objectionIds.isEmpty()) {
            return Map.of();
        }
        return objectionAnswers.findByObjectionIdIn(objectionIds).stream()
                .collect(Collectors.toMap(ObjectionAnswer::getObjectionId, a -> a));
    }

    private static String requiredText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("answer required");
        }
        return text.trim();
    }

    private List<Decision> withRequests(List<PhaseReview> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ReviewRequest>> byReview =
                requests
                        .findByReviewIdInOrderByReviewIdAscPositionAsc(
                                list.stream().map(PhaseReview::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(ReviewRequest::getReviewId));
        List<Decision> out = new ArrayList<>();
        for (PhaseReview r : list) {
            out.add(new Decision(r, byReview.getOrDefault(r.getId(), List.of())));
        }
        return out;
    }
}
