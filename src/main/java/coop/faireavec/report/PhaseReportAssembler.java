package coop.faireavec.report;

import coop.faireavec.actionlead.ActionLead;
import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.ContributionService.CollegeVoices;
import coop.faireavec.decision.CollegePosition;
import coop.faireavec.decision.CollegeResult;
import coop.faireavec.decision.LeadResult;
import coop.faireavec.experiment.ExperimentService;
import coop.faireavec.experiment.ExperimentView;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.ExperimentationStatus;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.FundingService;
import coop.faireavec.meeting.MeetingFacts;
import coop.faireavec.meeting.MeetingFacts.MeetingFact;
import coop.faireavec.meeting.MeetingParticipant;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.meeting.Reply;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.participation.ReportNames;
import coop.faireavec.people.PeopleService;
import coop.faireavec.process.PhaseRun;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.process.StepHistory;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.report.PhaseReport.Attendance;
import coop.faireavec.report.PhaseReport.CollegeFigures;
import coop.faireavec.report.PhaseReport.CommitteeDecision;
import coop.faireavec.report.PhaseReport.ContributionRow;
import coop.faireavec.report.PhaseReport.ExperimentRow;
import coop.faireavec.report.PhaseReport.Heading;
import coop.faireavec.report.PhaseReport.KeyFigures;
import coop.faireavec.report.PhaseReport.LeadRow;
import coop.faireavec.report.PhaseReport.MainText;
import coop.faireavec.report.PhaseReport.MeetingRow;
import coop.faireavec.report.PhaseReport.Request;
import coop.faireavec.report.PhaseReport.StepRow;
import coop.faireavec.review.PhaseReview;
import coop.faireavec.review.ReviewService;
import coop.faireavec.shared.StepNames;
import coop.faireavec.validation.CollectiveValidationService;
import coop.faireavec.vote.VoteService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link PhaseReport} of one phase from the features' public services, in plain French. Reads run in the
 * caller's transaction; contributions and steps are read page by page ({@value #PAGE} a page), both for the figures
 * (one pass) and for the sheets (each read of a {@link RowSource} queries again). No access check: the report
 * service checks first.
 */
@Component
class PhaseReportAssembler {

    static final int PAGE = 500;

    /** Step keys whose texts are the phase's main texts, in process order (the carrier's report last). */
    static final List<String> MAIN_TEXTS = List.of(
            ProcessConstants.TASK_DRAFT_SYNTHESIS,
            ProcessConstants.TASK_WRITE_ACTION_PLAN,
            "CloseExperiment",
            "AssembleCapitalisation",
            ProcessConstants.TASK_WRITE_PHASE_REPORT);

    private static final Locale FR = Locale.FRENCH;

    private final ExperimentationService experimentations;
    private final MembershipService memberships;
    private final ReportNames reportNames;
    private final PeopleService people;
    private final MeetingFacts meetingFacts;
    private final MeetingService meetings;
    private final ContributionService contributions;
    private final ActionLeadService leads;
    private final ReviewService reviews;
    private final WorkflowEngine workflow;
    private final FundingService funding;
    private final StepNames stepNames;
    private final MessageSource messages;
    private final Clock clock;
    private final ExperimentService experiments;
    private final CollectiveValidationService validations;
    private final VoteService votes;

    PhaseReportAssembler(
            ExperimentationService experimentations,
            MembershipService memberships,
            ReportNames reportNames,
            PeopleService people,
            MeetingFacts meetingFacts,
            MeetingService meetings,
            ContributionService contributions,
            ActionLeadService leads,
            ReviewService reviews,
            WorkflowEngine workflow,
            FundingService funding,
            StepNames stepNames,
            MessageSource messages,
            Clock clock,
            ExperimentService experiments,
            CollectiveValidationService validations,
            VoteService votes) {
        this.votes = votes;
        this.experiments = experiments;
        this.validations = validations;
        this.experimentations = experimentations;
        this.memberships = memberships;
        this.reportNames = reportNames;
        this.people = people;
        this.meetingFacts = meetingFacts;
        this.meetings = meetings;
        this.contributions = contributions;
        this.leads = leads;
        this.reviews = reviews;
        this.workflow = workflow;
        this.funding = funding;
        this.stepNames = stepNames;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The report of a phase with everything there is now (a version being generated).
     *
     * @param version the version number the report will carry (0 for a preview never kept)
     * @param generatedBy the person who asked for it, null when the flow did
     * @param generatedAt when it is generated
     */
    PhaseReport assemble(long experimentationId, Phase phase, int version, Long generatedBy, Instant generatedAt) {
        return assemble(experimentationId, phase, version, generatedBy, generatedAt, null);
    }

    /**
     * The report of a phase as it was at {@code generatedAt}, for a version kept before its assembled data were (V52:
     * such a version generated again, or its summary in the pages; versions since are written again from their kept
     * data, see {@link StoredReport}): only contributions created at or before that instant, committee decisions reviewed at or before it,
     * meetings started before it (their attendance as recorded), engine steps created before it (a step completed
     * after it shows as open), main texts = the latest contribution of their step at or before it, and the status
     * as it was then. Names and pseudonyms are today's (that is why a kept version is generated again).
     *
     * <p>What cannot be reproduced: a contribution corrected in place keeps its new text (no history of its text is
     * kept), a withdrawn contribution stays out, a member who left is no longer counted among the members, the
     * votes of phase 2, the experiments and the funding statement are today's, and a meeting's attendance is the
     * one recorded now.
     *
     * @param generatedAt the kept version's generation instant, also shown in its heading
     */
    PhaseReport assembleAsOf(long experimentationId, Phase phase, int version, Long generatedBy, Instant generatedAt) {
        return assemble(experimentationId, phase, version, generatedBy, generatedAt, generatedAt);
    }

    private PhaseReport assemble(
            long experimentationId, Phase phase, int version, Long generatedBy, Instant generatedAt, Instant asOf) {
        Experimentation e = experimentations.forReport(experimentationId);
        List<Membership> members = memberships.membersOf(experimentationId);
        Map<Long, College> collegeOf = memberships.collegeByPerson(experimentationId);
        Map<Long, String> names = reportNames.namesFor(experimentationId);
        String processKey = phase.processKey();
        Instant now = asOf == null ? clock.instant() : asOf;
        LocalDateTime wallNow = LocalDateTime.ofInstant(now, meetings.zone());

        List<MeetingFact> facts = meetingFacts.ofPhase(experimentationId, phase.name()).stream()
                .filter(f -> asOf == null || f.meeting().getStartsAt().isBefore(wallNow))
                .toList();
        Map<Long, String> meetingTitles = new HashMap<>();
        facts.forEach(f -> meetingTitles.put(f.meeting().getId(), f.meeting().getTitle()));

        Pass pass = new Pass(collegeOf);
        pages(experimentationId, phase.name(), asOf, pass::add);
        int[] stepsLate = {0};
        steps(experimentationId, processKey, now, asOf).forEach(s -> {
            if (s.late()) {
                stepsLate[0]++;
            }
        });

        List<MeetingRow> meetingRows = new ArrayList<>();
        Map<College, int[]> attendanceTotals = new EnumMap<>(College.class);
        int held = 0;
        for (MeetingFact f : facts) {
            if (f.meeting().isCancelled()) {
                continue;
            }
            MeetingRow row = meetingRow(f, collegeOf, asOf);
            meetingRows.add(row);
            // held: it has started, or its attendance is already recorded
            boolean anyonePresent = f.participants().stream().anyMatch(MeetingParticipant::isPresent);
            if (anyonePresent || !f.meeting().getStartsAt().isAfter(wallNow)) {
                held++;
                row.byCollege().forEach((c, a) -> {
                    int[] t = attendanceTotals.computeIfAbsent(c, k -> new int[2]);
                    t[0] += a.invited();
                    t[1] += a.present();
                });
            }
        }

        List<CollegeFigures> colleges = new ArrayList<>();
        for (College c : College.values()) {
            int[] t = attendanceTotals.getOrDefault(c, new int[2]);
            colleges.add(new CollegeFigures(
                    c,
                    t("college." + c.name()),
                    (int) members.stream().filter(m -> m.getCollege() == c).count(),
                    t[0],
                    t[1],
                    pass.byCollege.getOrDefault(c, 0L),
                    pass.speakers.getOrDefault(c, Set.of()).size()));
        }

        List<PhaseReview> phaseReviews = reviews.reviewsOf(experimentationId).stream()
                .filter(r -> asOf == null || !r.getReviewedAt().isAfter(asOf))
                .toList();
        Optional<VoteService.Results> vote = phase.number() >= Phase.ACTION_LEADS.number()
                ? votes.latestResults(experimentationId)
                : Optional.empty();
        int decisionsTaken = pass.decisions
                + (int) phaseReviews.stream()
                        .filter(r -> phase.name().equals(r.getPhase()))
                        .count()
                + (phase == Phase.ACTION_LEADS
                                && vote.map(VoteService.Results::closed).orElse(false)
                        ? 1
                        : 0);
        KeyFigures figures = new KeyFigures(colleges, held, pass.count, pass.onBehalf, decisionsTaken, stepsLate[0]);

        List<MainText> texts = new ArrayList<>();
        for (String key : MAIN_TEXTS) {
            pass.texts.getOrDefault(key, Map.of()).values().stream()
                    .sorted(Comparator.comparing(Contribution::getId))
                    .forEach(c -> texts.add(
                            new MainText(key, stepNames.name(processKey, key, FR), c.getBody(), c.getCreatedAt())));
        }
        // the members' collective validation of the phase's text: each college's position, every objection and the
        // carrier's closing reason (issue #13, point 5)
        validations
                .latestClosed(experimentationId, phase.name())
                .filter(v -> asOf == null || !v.closedAt().isAfter(asOf))
                .ifPresent(v -> texts.add(new MainText(
                        ProcessConstants.TASK_COLLECTIVE_VALIDATION,
                        stepNames.name(processKey, ProcessConstants.TASK_COLLECTIVE_VALIDATION, FR),
                        validationText(v),
                        v.closedAt())));
        Contribution report = pass.latestOf(ProcessConstants.TASK_WRITE_PHASE_REPORT);

        return new PhaseReport(
                heading(e, phase, members, names, version, generatedBy, generatedAt, phaseReviews, asOf),
                figures,
                texts,
                report == null ? null : report.getBody(),
                decisions(reviews.decisionsOf(experimentationId).stream()
                        .filter(d -> asOf == null || !d.review().getReviewedAt().isAfter(asOf))
                        .toList()),
                meetingRows,
                row -> contributionRows(experimentationId, phase, asOf, collegeOf, names, meetingTitles, row),
                phase.number() >= Phase.ACTION_LEADS.number() ? leadRows(e, vote, collegeOf) : List.of(),
                phase.number() >= Phase.EXPERIMENTING.number() ? experimentRows(e, pass, collegeOf) : List.of(),
                row -> steps(experimentationId, processKey, now, asOf).forEach(row),
                funding.statement(experimentationId).orElse(null));
    }

    /** What one pass over a phase's contributions counts and keeps (small: ids and the main texts only). */
    private static final class Pass {
        final Map<Long, College> collegeOf;
        long count;
        long onBehalf;
        int decisions;
        final Map<College, Long> byCollege = new EnumMap<>(College.class);
        final Map<College, Set<Long>> speakers = new EnumMap<>(College.class);
        /** step key → (lead, section) → latest text. */
        final Map<String, Map<String, Contribution>> texts = new HashMap<>();
        /** lead id → contributions about it (phase 3: plans, observations, reviews, assessments). */
        final Map<Long, List<Contribution>> aboutLead = new LinkedHashMap<>();

        Pass(Map<Long, College> collegeOf) {
            this.collegeOf = collegeOf;
        }

        void add(Contribution c) {
            count++;
            if (c.getAuthorId() != null && !c.getAuthorId().equals(c.getRecordedById())) {
                onBehalf++;
            }
            if (c.getDecision() != null) {
                decisions++;
            }
            College college = c.getAuthorId() == null ? null : collegeOf.get(c.getAuthorId());
            if (college != null) {
                byCollege.merge(college, 1L, Long::sum);
                speakers.computeIfAbsent(college, k -> new HashSet<>()).add(c.getAuthorId());
            }
            if (MAIN_TEXTS.contains(c.getStepKey())
                    && c.getBody() != null
                    && !c.getBody().isBlank()) {
                texts.computeIfAbsent(c.getStepKey(), k -> new LinkedHashMap<>())
                        .merge(c.getLeadId() + "/" + c.getSection(), c, (a, b) -> b.getId() > a.getId() ? b : a);
            }
            if (c.getLeadId() != null) {
                aboutLead.computeIfAbsent(c.getLeadId(), k -> new ArrayList<>()).add(c);
            }
        }

        Contribution latestOf(String stepKey) {
            return texts.getOrDefault(stepKey, Map.of()).values().stream()
                    .max(Comparator.comparing(Contribution::getId))
                    .orElse(null);
        }
    }

    /** Every contribution of the phase page by page; with {@code asOf}, only those created at or before it. */
    private void pages(long experimentationId, String phase, Instant asOf, Consumer<Contribution> each) {
        long after = 0;
        while (true) {
            List<Contribution> page = contributions.pageOfPhase(experimentationId, phase, after, PAGE);
            page.stream()
                    .filter(c -> asOf == null || !c.getCreatedAt().isAfter(asOf))
                    .forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).getId();
        }
    }

    private Heading heading(
            Experimentation e,
            Phase phase,
            List<Membership> members,
            Map<Long, String> names,
            int version,
            Long generatedBy,
            Instant generatedAt,
            List<PhaseReview> phaseReviews,
            Instant asOf) {
        List<String> carriers = namesWithRole(members, names, ExperimentationRole.CARRIER);
        List<String> committee = namesWithRole(members, names, ExperimentationRole.COMMITTEE);
        LocalDate plannedStart = null;
        LocalDate plannedEnd = null;
        if (e.getStartDate() != null && e.getPlannedEndDate() != null) {
            // no planned dates per phase are kept: the experimentation's span cut in four equal parts
            long days = ChronoUnit.DAYS.between(e.getStartDate(), e.getPlannedEndDate()) + 1;
            plannedStart = e.getStartDate().plusDays(days * (phase.number() - 1) / 4);
            plannedEnd = e.getStartDate().plusDays(days * phase.number() / 4 - 1);
        }
        PhaseRun run = workflow.phaseRun(e.getId(), phase.processKey()).orElse(null);
        ZoneId zone = meetings.zone();
        String by = generatedBy == null
                ? t("report.generatedBy.flow")
                : names.getOrDefault(generatedBy, people.get(generatedBy).getDisplayName());
        return new Heading(
                e.getId(),
                e.getTitle(),
                e.getTerritory().getName(),
                e.getCarrierOrganisation(),
                carriers,
                committee,
                phase,
                plannedStart,
                plannedEnd,
                run == null
                                || run.started() == null
                                || (asOf != null && run.started().isAfter(asOf))
                        ? null
                        : LocalDate.ofInstant(run.started(), zone),
                run == null
                                || run.ended() == null
                                || (asOf != null && run.ended().isAfter(asOf))
                        ? null
                        : LocalDate.ofInstant(run.ended(), zone),
                asOf == null ? status(e, phase, phaseReviews) : statusAsOf(e, phase, phaseReviews, run, asOf),
                version,
                generatedAt,
                by,
                t("report.pseudonymised"),
                idsWithRole(members, ExperimentationRole.CARRIER),
                idsWithRole(members, ExperimentationRole.COMMITTEE),
                generatedBy);
    }

    private static List<Long> idsWithRole(List<Membership> members, ExperimentationRole role) {
        return members.stream()
                .filter(m -> m.has(role))
                .map(Membership::getPersonId)
                .sorted()
                .toList();
    }

    /**
     * How the people of an experimentation are named today, to name a kept version's data again (a withdrawn or given
     * consent to be named): the same rules as {@link #assemble}.
     */
    StoredReport.Naming namingNow(long experimentationId) {
        Map<Long, String> names = reportNames.namesFor(experimentationId);
        String collective = t("report.speaker.collective");
        String formerMember = t("report.speaker.formerMember");
        String flow = t("report.generatedBy.flow");
        return new StoredReport.Naming() {
            @Override
            public String speaker(Long personId) {
                return personId == null ? collective : names.getOrDefault(personId, formerMember);
            }

            @Override
            public List<String> members(List<Long> personIds) {
                return personIds.stream()
                        .map(names::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted()
                        .toList();
            }

            @Override
            public String generatedBy(Long personId) {
                return personId == null
                        ? flow
                        : names.getOrDefault(personId, people.get(personId).getDisplayName());
            }
        };
    }

    private static List<String> namesWithRole(
            List<Membership> members, Map<Long, String> names, ExperimentationRole role) {
        return members.stream()
                .filter(m -> m.has(role))
                .map(m -> names.get(m.getPersonId()))
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
    }

    private String status(Experimentation e, Phase phase, List<PhaseReview> phaseReviews) {
        boolean approved = phaseReviews.stream().anyMatch(r -> phase.name().equals(r.getPhase()) && r.isApproved());
        Phase current = e.getCurrentPhase();
        if (approved) {
            return t("report.status.approved");
        }
        if (current == null || current.number() < phase.number()) {
            return t("report.status.notStarted");
        }
        if (current.number() > phase.number() || e.getStatus() == ExperimentationStatus.CLOSED) {
            return t("report.status.done");
        }
        return workflow.isWaitingAt(e.getId(), ProcessConstants.TASK_COMMITTEE_REVIEW)
                ? t("report.status.inReview")
                : t("report.status.running");
    }

    /**
     * The phase's status as it was at {@code asOf}: approved by a decision taken by then; not started when its process
     * had not started; done when its process had ended; in review when a committee review step was open then.
     */
    private String statusAsOf(
            Experimentation e, Phase phase, List<PhaseReview> phaseReviews, PhaseRun run, Instant asOf) {
        boolean approved = phaseReviews.stream().anyMatch(r -> phase.name().equals(r.getPhase()) && r.isApproved());
        if (approved) {
            return t("report.status.approved");
        }
        Phase current = e.getCurrentPhase();
        if (current == null
                || current.number() < phase.number()
                || run == null
                || run.started() == null
                || run.started().isAfter(asOf)) {
            return t("report.status.notStarted");
        }
        if (run.ended() != null && !run.ended().isAfter(asOf)) {
            return t("report.status.done");
        }
        int first = 0;
        while (true) {
            List<StepHistory> page = workflow.stepHistory(e.getId(), phase.processKey(), first, PAGE);
            for (StepHistory s : page) {
                boolean openThen = s.created() != null
                        && !s.created().isAfter(asOf)
                        && (s.ended() == null || s.ended().isAfter(asOf));
                if (openThen && ProcessConstants.TASK_COMMITTEE_REVIEW.equals(s.taskKey())) {
                    return t("report.status.inReview");
                }
            }
            if (page.size() < PAGE) {
                return t("report.status.running");
            }
            first += PAGE;
        }
    }

    /** Every committee decision with the report version it was about and each request, its part and its answer. */
    private List<CommitteeDecision> decisions(List<ReviewService.Decision> decided) {
        List<CommitteeDecision> result = new ArrayList<>();
        for (ReviewService.Decision d : decided) {
            PhaseReview r = d.review();
            Phase p = phaseOf(r.getPhase());
            if (p != null) {
                List<Request> requests = d.requests().stream()
                        .map(q -> new Request(t("reportPart." + q.getPart().name()), q.getWhat(), q.getAnswer()))
                        .toList();
                result.add(new CommitteeDecision(
                        p, r.getReportVersion(), r.getReviewedAt(), r.isApproved(), r.getComment(), requests));
            }
        }
        return result;
    }

    private static Phase phaseOf(String name) {
        for (Phase p : Phase.values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    private MeetingRow meetingRow(MeetingFact f, Map<Long, College> collegeOf, Instant asOf) {
        Map<College, int[]> counts = new EnumMap<>(College.class);
        for (MeetingParticipant p : f.participants()) {
            College c = collegeOf.get(p.getPersonId());
            if (c == null) {
                continue;
            }
            int[] n = counts.computeIfAbsent(c, k -> new int[3]);
            // someone who came without an invitation counts as invited too, so that presences never exceed
            // invitations (an attendance rate stays a share, at most 100 %)
            n[0] += p.isInvited() || p.isPresent() ? 1 : 0;
            n[1] += p.getReply() == Reply.YES ? 1 : 0;
            n[2] += p.isPresent() ? 1 : 0;
        }
        Map<College, Long> spoke = new EnumMap<>(College.class);
        List<CollegeVoices> voices = asOf == null
                ? contributions.voicesOfMeeting(f.meeting().getId())
                : contributions.voicesOfMeeting(
                        contributions.ofMeeting(f.meeting().getId()).stream()
                                .filter(c -> !c.getCreatedAt().isAfter(asOf))
                                .toList());
        for (CollegeVoices v : voices) {
            spoke.put(v.college(), v.authors());
        }
        Map<College, Attendance> byCollege = new EnumMap<>(College.class);
        Map<College, Long> present = new EnumMap<>(College.class);
        for (College c : College.values()) {
            int[] n = counts.getOrDefault(c, new int[3]);
            byCollege.put(
                    c,
                    new Attendance(n[0], n[1], n[2], spoke.getOrDefault(c, 0L).intValue()));
            if (n[2] > 0) {
                present.put(c, (long) n[2]);
            }
        }
        boolean holds = f.rule().check(present).holds();
        var minutes = f.latestMinutes();
        return new MeetingRow(
                f.meeting().getId(),
                t("meeting.kind." + f.meeting().getKind().name()),
                f.meeting().getTitle(),
                f.meeting().getStartsAt(),
                f.meeting().getDurationMinutes(),
                f.meeting().getPlace(),
                byCollege,
                ruleText(f),
                holds,
                holds ? null : f.meeting().getRuleJustification(),
                minutes == null
                        ? t("report.minutes.none")
                        : t("report.minutes." + minutes.getStatus().name()),
                minutes == null ? null : minutes.getVersionNo());
    }

    private String ruleText(MeetingFact f) {
        var rule = f.rule();
        StringBuilder s = new StringBuilder();
        if (rule.requiredColleges().isEmpty()) {
            s.append(t("report.rule.noCollegeRequired"));
        } else {
            List<String> colleges = rule.requiredColleges().stream()
                    .map(c -> t("college." + c.name()))
                    .toList();
            s.append(t("report.rule.required", String.join(", ", colleges), rule.minPerCollege()));
        }
        if (rule.hasShareLimit()) {
            s.append(' ').append(t("report.rule.share", rule.maxSharePercent()));
        }
        return s.toString();
    }

    private void contributionRows(
            long experimentationId,
            Phase phase,
            Instant asOf,
            Map<Long, College> collegeOf,
            Map<Long, String> names,
            Map<Long, String> meetingTitles,
            Consumer<? super ContributionRow> row) {
        Map<Long, Set<ExperimentationRole>> rolesOf = new HashMap<>();
        for (Membership m : memberships.membersOf(experimentationId)) {
            rolesOf.put(m.getPersonId(), m.getRoles());
        }
        pages(
                experimentationId,
                phase.name(),
                asOf,
                c -> row.accept(contributionRow(c, phase, collegeOf, names, meetingTitles, rolesOf)));
    }

    private ContributionRow contributionRow(
            Contribution c,
            Phase phase,
            Map<Long, College> collegeOf,
            Map<Long, String> names,
            Map<Long, String> meetingTitles,
            Map<Long, Set<ExperimentationRole>> rolesOf) {
        String where = c.getMeetingId() != null && meetingTitles.containsKey(c.getMeetingId())
                ? meetingTitles.get(c.getMeetingId())
                : stepNames.name(phase.processKey(), c.getStepKey(), FR);
        College college = c.getCollege() != null
                ? College.valueOf(c.getCollege())
                : c.getAuthorId() == null ? null : collegeOf.get(c.getAuthorId());
        boolean byAuthor = c.getAuthorId() == null || c.getAuthorId().equals(c.getRecordedById());
        String recordedBy;
        if (c.getAuthorId() == null) {
            recordedBy = t("report.recordedBy.carrier");
        } else if (byAuthor) {
            recordedBy = t("report.recordedBy.author");
        } else if (rolesOf.getOrDefault(c.getRecordedById(), Set.of()).contains(ExperimentationRole.CARRIER)) {
            recordedBy = t("report.recordedBy.carrier");
        } else {
            recordedBy = t("report.recordedBy.practitioner");
        }
        return new ContributionRow(
                c.getCreatedAt(),
                where,
                round(c.getMeetingRound()),
                college,
                c.getAuthorId() == null
                        ? t("report.speaker.collective")
                        : names.getOrDefault(c.getAuthorId(), t("report.speaker.formerMember")),
                recordedBy,
                byAuthor || c.getConsentKind() == null
                        ? null
                        : t("report.consent." + c.getConsentKind().name()),
                c.getBody(),
                c.getAuthorId());
    }

    private String round(String round) {
        if (round == null) {
            return null;
        }
        if (round.startsWith("PEER_")) {
            return t("meeting.round.PEER", t("college." + round.substring("PEER_".length())));
        }
        return messages.getMessage("meeting.round." + round, null, round, FR);
    }

    /**
     * The phase's steps from the engine's history; with {@code asOf}, only those created by then, and one completed
     * after it shows as open.
     */
    private RowSource<StepRow> steps(long experimentationId, String processKey, Instant now, Instant asOf) {
        return row -> {
            int first = 0;
            while (true) {
                List<StepHistory> page = workflow.stepHistory(experimentationId, processKey, first, PAGE);
                Set<String> onBehalf = contributions.stepsRecordedOnBehalf(
                        page.stream().map(StepHistory::id).toList());
                for (StepHistory s : page) {
                    if (asOf != null && s.created() != null && s.created().isAfter(asOf)) {
                        continue;
                    }
                    Instant ended =
                            asOf != null && s.ended() != null && s.ended().isAfter(asOf) ? null : s.ended();
                    boolean completed = s.completed() && ended != null;
                    boolean late = s.due() != null && (ended != null ? ended.isAfter(s.due()) : now.isAfter(s.due()));
                    row.accept(new StepRow(
                            stepNames.name(processKey, s.taskKey(), FR),
                            offeredTo(s.offeredTo()),
                            s.created(),
                            s.due(),
                            completed ? ended : null,
                            late,
                            onBehalf.contains(s.id())));
                }
                if (page.size() < PAGE) {
                    return;
                }
                first += PAGE;
            }
        };
    }

    private String offeredTo(List<String> groups) {
        List<String> parts = new ArrayList<>();
        for (String g : groups) {
            String label;
            if (isCollege(g)) {
                label = t("college." + g);
            } else if (g.equals(ProcessConstants.VAR_COLLEGE)) {
                label = t("report.offeredTo.eachCollege");
            } else {
                label = messages.getMessage("role." + g.toUpperCase(Locale.ROOT), null, g, FR);
            }
            parts.add(label);
        }
        return String.join(" " + t("report.offeredTo.or") + " ", parts);
    }

    private static boolean isCollege(String s) {
        for (College c : College.values()) {
            if (c.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One row per lead with the vote's results (issue #13): each college's median (its distribution never, and no
     * individual grade), the overall grade and rank, disagreement, and how the vote ended (provisional, the carrier's
     * closing reason). Leads without a vote show "pas de vote".
     */
    private List<LeadRow> leadRows(
            Experimentation e, Optional<VoteService.Results> vote, Map<Long, College> collegeOf) {
        Map<Long, LeadResult> byLead = new HashMap<>();
        vote.ifPresent(r -> r.tally().ranked().forEach(l -> byLead.put(l.leadId(), l)));
        String ending = vote.map(this::voteEnding).orElse("");
        List<LeadRow> rows = new ArrayList<>();
        for (ActionLead lead : leads.ofExperimentation(e.getId())) {
            LeadResult result = byLead.get(lead.getId());
            Map<College, String> results = new EnumMap<>(College.class);
            for (College c : College.values()) {
                results.put(c, t("report.lead.noVote"));
            }
            String overall = t("report.lead.noVote");
            if (result != null) {
                for (CollegeResult c : result.colleges()) {
                    results.put(
                            College.valueOf(c.college()),
                            c.median() == null
                                    ? t("report.lead.noGrade")
                                    : t("report.lead.median", t(c.median().messageKey()), c.voters()));
                }
                overall = (result.overall() == null
                                ? t("report.lead.noGrade")
                                : t(
                                        "report.lead.overall",
                                        t(result.overall().majorityGrade().messageKey()),
                                        result.rank()))
                        + (result.disagreement() ? " ; " + t("report.lead.disagreement") : "")
                        + ending;
            }
            rows.add(new LeadRow(
                    lead.getTitle(),
                    lead.getProposedById() == null ? null : collegeOf.get(lead.getProposedById()),
                    results,
                    overall,
                    lead.isSelected()));
        }
        return rows;
    }

    /** How the vote ended, appended to each lead's overall result: provisional, the carrier's closing reason. */
    private String voteEnding(VoteService.Results r) {
        String ending = r.tally().provisional() ? " ; " + t("report.lead.provisional") : "";
        if (r.closingReason() != null) {
            ending += " ; " + t("report.lead.closingReason", r.closingReason());
        }
        return ending;
    }

    private List<ExperimentRow> experimentRows(Experimentation e, Pass pass, Map<Long, College> collegeOf) {
        // an experiment is a selected lead, its plan, mid-term reviews and closing assessment steps; once planned, its
        // team and indicators come from the experiment module
        Map<Long, ExperimentView> planned = new HashMap<>();
        experiments.all(e.getId()).forEach(x -> planned.put(x.leadId(), x));
        List<ExperimentRow> rows = new ArrayList<>();
        for (ActionLead lead : leads.ofExperimentation(e.getId())) {
            if (!lead.isSelected()) {
                continue;
            }
            List<Contribution> about = pass.aboutLead.getOrDefault(lead.getId(), List.of());
            Map<College, Set<Long>> team = new EnumMap<>(College.class);
            List<String> decisions = new ArrayList<>();
            String status = t("report.experiment.running");
            for (Contribution c : about) {
                College college = c.getAuthorId() == null ? null : collegeOf.get(c.getAuthorId());
                if (college != null) {
                    team.computeIfAbsent(college, k -> new HashSet<>()).add(c.getAuthorId());
                }
                if (c.getDecision() != null) {
                    decisions.add(
                            t("report.experiment.decision." + c.getDecision(), c.getBody() == null ? "" : c.getBody()));
                    if ("STOP".equals(c.getDecision())) {
                        status = t("report.experiment.stopped");
                    }
                }
                if ("CloseExperiment".equals(c.getStepKey())) {
                    status = t("report.experiment.finished");
                }
            }
            Map<College, Integer> teamSizes = new EnumMap<>(College.class);
            for (College c : College.values()) {
                teamSizes.put(c, team.getOrDefault(c, Set.of()).size());
            }
            ExperimentView x = planned.get(lead.getId());
            List<PhaseReport.Indicator> indicators = new ArrayList<>();
            if (x != null) {
                for (College c : College.values()) {
                    teamSizes.put(c, (int)
                            x.team().stream().filter(m -> m.college() == c).count());
                }
                for (ExperimentView.IndicatorView i : x.indicators()) {
                    indicators.add(new PhaseReport.Indicator(
                            i.name(),
                            i.unit(),
                            i.baseline(),
                            i.target(),
                            i.latest(),
                            i.points().stream()
                                    .map(p -> new PhaseReport.IndicatorValue(p.on(), p.value()))
                                    .toList()));
                }
            }
            rows.add(new ExperimentRow(lead.getTitle(), teamSizes, status, decisions, indicators));
        }
        return rows;
    }

    /** A closed validation in plain French: the outcome, each college's position, the objections, the reason. */
    private String validationText(CollectiveValidationService.View v) {
        StringBuilder text = new StringBuilder(t(v.validated() ? "validation.validated" : "validation.notValidated"));
        for (CollegePosition p : v.colleges()) {
            String position = !p.quorumMet()
                    ? t("validation.position.missing", p.required() - p.answered())
                    : t(p.agrees() ? "validation.position.agrees" : "validation.position.objects");
            text.append('\n')
                    .append(t(
                            "report.validation.college",
                            t("college." + p.college()),
                            p.answered(),
                            p.required(),
                            p.agree(),
                            p.object(),
                            position));
        }
        for (CollectiveValidationService.Objection o : v.objections()) {
            text.append('\n').append(t("report.validation.objection", t("college." + o.college()), o.reason()));
        }
        if (v.closingReason() != null) {
            text.append('\n').append(t("validation.closingReason")).append(' ').append(v.closingReason());
        }
        return text.toString();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, FR);
    }
}
