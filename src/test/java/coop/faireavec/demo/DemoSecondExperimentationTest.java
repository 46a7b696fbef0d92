package coop.faireavec.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.ExperimentationStatus;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.meeting.Meeting;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.meeting.MinutesService;
import coop.faireavec.meeting.MinutesStatus;
import coop.faireavec.notification.NotificationService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.process.PhaseRun;
import coop.faireavec.process.StepHistory;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.report.ReportService;
import coop.faireavec.review.PhaseReview;
import coop.faireavec.review.ReviewRequest;
import coop.faireavec.review.ReviewService;
import coop.faireavec.security.Viewer;
import coop.faireavec.task.StepService;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On first start the demo holds a second experimentation on the neighbouring territory, in phase 3, with what the
 * committee's reports need: about forty people over the three colleges, six meetings held with validated minutes,
 * about 150 contributions, the leads and the colleges' votes, the committee's decisions (phase 1 asked for more once,
 * then approved; phase 2 approved). Same context as {@link DemoDataTest} (seeded once, fresh H2).
 */
@SpringBootTest(properties = "faireavec.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoSecondExperimentationTest {

    private static final Viewer ADMIN = new Viewer(0, "test", true);

    @Autowired
    MockMvc mvc;

    @Autowired
    ExperimentationService experimentations;

    @Autowired
    MembershipService memberships;

    @Autowired
    PeopleService people;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Autowired
    ContributionService contributions;

    @Autowired
    ActionLeadService leads;

    @Autowired
    coop.faireavec.vote.VoteService votes;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReportService reports;

    @Autowired
    StepService steps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NotificationService notifications;

    @Autowired
    DemoData demo;

    @Autowired
    WorkflowEngine engine;

    private Experimentation second() {
        return experimentations.visibleTo(ADMIN).stream()
                .filter(e -> e.getTitle().equals(DemoSecondExperimentation.TITLE))
                .findFirst()
                .orElseThrow();
    }

    private Viewer viewer(String username) {
        return new Viewer(
                people.accountByUsername(username).orElseThrow().getPerson().getId(), username, false);
    }

    @Test
    void theSecondExperimentationRunsPhaseThreeOnTheNeighbouringTerritory() {
        Experimentation e = second();
        assertThat(e.getTerritory().getName()).isEqualTo("Le Rheu et Vezin-le-Coquet");
        assertThat(e.getStatus()).isEqualTo(ExperimentationStatus.RUNNING);
        assertThat(e.getCurrentPhase()).isEqualTo(Phase.EXPERIMENTING);
        // one experiment planned (the walk-in morning: running, its mid-term review to come), the other to plan
        assertThat(steps.mySteps(viewer("porteur")))
                .filteredOn(s -> s.experimentationId() == e.getId())
                .extracting(s -> s.taskKey())
                .containsExactlyInAnyOrder("PlanExperiment", "MidTermReview");
        assertThat(contributions.ofExperimentation(e.getId()))
                .filteredOn(c -> "PlanExperiment".equals(c.getStepKey()))
                .hasSize(1);
    }

    @Test
    void aboutFortyPeopleSitOnItOverTheThreeCollegesWithPorteurAndComite() {
        long id = second().getId();
        List<Membership> members = memberships.membersOf(id);
        Map<College, Long> perCollege = members.stream()
                .filter(m -> m.getCollege() != null)
                .collect(Collectors.groupingBy(Membership::getCollege, Collectors.counting()));
        assertThat(perCollege)
                .containsEntry(College.LIVED_EXPERIENCE, 15L)
                .containsEntry(College.PRACTITIONERS, 12L)
                .containsEntry(College.DECISION_MAKERS, 9L);
        assertThat(memberships.rolesOf(viewer("porteur").personId(), id)).contains(ExperimentationRole.CARRIER);
        assertThat(memberships.rolesOf(viewer("comite").personId(), id)).contains(ExperimentationRole.COMMITTEE);
        assertThat(members)
                .filteredOn(m -> m.has(ExperimentationRole.COMMITTEE))
                .hasSize(3);
        // people of the lived-experience college: no address, and all but one without an account
        List<Long> lived = members.stream()
                .filter(m -> m.getCollege() == College.LIVED_EXPERIENCE)
                .map(Membership::getPersonId)
                .toList();
        assertThat(people.byIds(lived).values()).extracting(Person::getEmail).containsOnlyNulls();
        assertThat(people.usernamesOf(lived)).hasSize(1);
    }

    @Test
    void sixMeetingsTookPlaceInThePastWithInvitationsAttendanceAndValidatedMinutes() {
        long id = second().getId();
        Viewer carrier = viewer("porteur");
        List<Meeting> held = meetings.meetingsOf(carrier, id).past();
        assertThat(held).hasSize(6);
        assertThat(held).allMatch(m -> m.getStartsAt().isBefore(LocalDateTime.now()));
        for (Meeting m : held) {
            assertThat(minutes.versions(carrier, id, m.getId()))
                    .extracting(v -> v.getStatus())
                    .containsExactly(MinutesStatus.VALIDATED);
            Map<String, Object> counts = jdbc.queryForMap(
                    "select sum(case when invited then 1 else 0 end) inv, sum(case when reply = 'YES' then 1 else 0"
                            + " end) yes, sum(case when present then 1 else 0 end) here from app.meeting_participant"
                            + " where meeting_id = ?",
                    m.getId());
            assertThat(((Number) counts.get("HERE")).intValue()).isGreaterThanOrEqualTo(5);
            assertThat(((Number) counts.get("YES")).intValue()).isEqualTo(((Number) counts.get("HERE")).intValue());
            assertThat(((Number) counts.get("INV")).intValue()).isGreaterThan(((Number) counts.get("HERE")).intValue());
        }
        assertThat(held)
                .filteredOn(m -> m.getTaskId() != null)
                .allMatch(Meeting::isStepCompleted)
                .hasSize(3);
        // the kick-off's minutes were sent back once by a person with lived experience (noted by the carrier)
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.minutes_validation v join app.meeting_minutes m on m.id ="
                                + " v.minutes_id join app.meeting g on g.id = m.meeting_id where g.experimentation_id"
                                + " = ? and not v.approved and v.college = 'LIVED_EXPERIENCE' and v.consent_kind ="
                                + " 'ORAL'",
                        Integer.class,
                        id))
                .isEqualTo(1);
        // those who answered read their invitation then: no message about a past meeting waits for them
        for (String username : List.of("rachid", "morgane", "bruno")) {
            assertThat(notifications.unread(viewer(username)))
                    .noneMatch(n -> n.getLink() != null && n.getLink().contains("/meetings/"));
        }
    }

    @Test
    void about175ContributionsSomeRecordedOnBehalfOfPeopleWithLivedExperience() {
        List<Contribution> all = contributions.ofExperimentation(second().getId());
        // about 175 today: each college answers its collective validations up to its quorum, member by member
        assertThat(all).hasSizeBetween(160, 190);
        // what people said is varied (the members' short answers to a collective validation aside)
        List<Contribution> said = all.stream()
                .filter(c -> !"CollectiveValidation".equals(c.getStepKey()))
                .toList();
        assertThat(said.stream().map(Contribution::getBody).distinct().count()).isGreaterThan(said.size() * 9L / 10);
        assertThat(all).filteredOn(Contribution::recordedForSomeoneElse).hasSizeGreaterThan(30);
        assertThat(all)
                .filteredOn(c -> "LIVED_EXPERIENCE".equals(c.getCollege()))
                .hasSizeGreaterThan(40);
    }

    @Test
    void fiveLeadsEveryMembersBallotAndTheTwoBestChosen() {
        long id = second().getId();
        assertThat(leads.ofExperimentation(id)).hasSize(5);
        var results = votes.latestResults(id).orElseThrow();
        assertThat(results.closed()).isTrue();
        assertThat(results.tally().provisional()).isFalse();
        assertThat(results.tally().turnout()).allMatch(t -> t.ballots() == t.members());
        assertThat(results.preselected()).hasSize(3);
        assertThat(leads.selectedIds(id)).hasSize(2).allMatch(results.preselected()::contains);
        assertThat(votes.selectionChanges(id))
                .singleElement()
                .matches(c -> !c.selected() && !c.reason().isBlank());
    }

    @Test
    void theCommitteeAskedForMoreOnPhaseOneThenApprovedPhasesOneAndTwo() {
        List<PhaseReview> decisions = reviews.reviewsOf(second().getId());
        assertThat(decisions)
                .extracting(PhaseReview::getPhase, PhaseReview::isApproved)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SHARED_DIAGNOSIS", false),
                        org.assertj.core.groups.Tuple.tuple("SHARED_DIAGNOSIS", true),
                        org.assertj.core.groups.Tuple.tuple("ACTION_LEADS", true));
        assertThat(decisions)
                .filteredOn(r -> !r.isApproved())
                .allMatch(r -> r.getComment() != null && !r.getComment().isBlank());
    }

    @Test
    void theCommitteeFindsRealReportsWithItsRequestsAnswered() throws Exception {
        long id = second().getId();
        // phase 1's report was written twice (the committee asked for more), phase 2's once
        assertThat(reports.latest(id, Phase.SHARED_DIAGNOSIS).orElseThrow().getVersionNo())
                .isEqualTo(2);
        assertThat(reports.latest(id, Phase.ACTION_LEADS).orElseThrow().getVersionNo())
                .isEqualTo(1);
        var askedForMore = reviews.decisionsOf(id).stream()
                .filter(d -> !d.review().isApproved())
                .findFirst()
                .orElseThrow();
        assertThat(askedForMore.review().getReportVersion()).isEqualTo(1);
        assertThat(askedForMore.requests()).hasSize(2).allMatch(ReviewRequest::isAnswered);
        byte[] bytes = reports.latest(id, Phase.SHARED_DIAGNOSIS).orElseThrow().getContent();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getSheet("Financement")).isNotNull();
            assertThat(book.getSheet("Contributions").getLastRowNum()).isGreaterThan(50);
        }
        if ("update".equals(System.getenv("FAIREAVEC_SAMPLES"))) {
            writeSample(bytes);
        }
    }

    /**
     * docs/samples/: the demo's phase 1 report and PNGs of its pages rendered by LibreOffice (the Synthèse first, then
     * the charts), written only on request ({@code FAIREAVEC_SAMPLES=update}).
     */
    private static void writeSample(byte[] bytes) throws Exception {
        Path dir = Path.of("docs", "samples");
        Files.createDirectories(dir);
        Path xlsx = dir.resolve("phase-1-report.xlsx");
        Files.write(xlsx, bytes);
        Path work = Files.createTempDirectory("faireavec-sample-");
        run(
                work,
                "soffice",
                "-env:UserInstallation=file://" + work.resolve("profile"),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                work.toString(),
                xlsx.toAbsolutePath().toString());
        try (var old = Files.list(dir)) {
            for (Path png : old.filter(f -> f.toString().endsWith(".png")).toList()) {
                Files.delete(png);
            }
        }
        run(
                work,
                "pdftoppm",
                "-png",
                "-r",
                "130",
                work.resolve("phase-1-report.pdf").toString(),
                dir.resolve("phase-1-report").toAbsolutePath().toString());
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p =
                new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    }

    @Test
    void everyMomentOfTheReplayedMonthsIsDatedThenNotToday() {
        long id = second().getId();
        Instant now = Instant.now();
        PhaseRun phase1 =
                engine.phaseRun(id, Phase.SHARED_DIAGNOSIS.processKey()).orElseThrow();
        PhaseRun phase3 = engine.phaseRun(id, Phase.EXPERIMENTING.processKey()).orElseThrow();
        // the engine's own clock followed the demo's: phase 1 started five months ago and ended months ago
        assertThat(phase1.started()).isBefore(now.minus(Duration.ofDays(140)));
        assertThat(phase1.ended()).isBefore(now.minus(Duration.ofDays(30)));
        assertThat(phase3.started()).isBefore(now.minus(Duration.ofDays(7)));
        List<StepHistory> phase1Steps = engine.stepHistory(id, Phase.SHARED_DIAGNOSIS.processKey(), 0, 1000);
        assertThat(phase1Steps).hasSizeGreaterThan(10);
        assertThat(phase1Steps)
                .allSatisfy(step -> assertThat(step.ended()).isBetween(phase1.started(), phase1.ended()));

        // contributions of phase 1 were typed within the phase's months, not on the day of the seeding
        List<Contribution> said = contributions.ofPhase(id, Phase.SHARED_DIAGNOSIS.name());
        assertThat(said).hasSizeGreaterThan(50);
        assertThat(said)
                .allSatisfy(c -> assertThat(c.getCreatedAt())
                        .isBetween(phase1.started(), phase1.ended())
                        .isBefore(now.minus(Duration.ofDays(30))));
        assertThat(said.stream()
                        .map(c -> c.getCreatedAt().truncatedTo(ChronoUnit.DAYS))
                        .distinct()
                        .count())
                .as("spread over the phase's days")
                .isGreaterThan(5);

        // the committee decided each time before phase 3 started
        List<PhaseReview> decisions = reviews.reviewsOf(id);
        assertThat(decisions).hasSize(3);
        assertThat(decisions).allSatisfy(r -> assertThat(r.getReviewedAt()).isBeforeOrEqualTo(phase3.started()));
    }

    @Test
    void theNewAccountsSignInAndSeedingTwiceAddsNothing() throws Exception {
        for (String username : List.of("rachid", "morgane", "bruno")) {
            mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "demo"))
                    .andExpect(redirectedUrl("/"));
        }
        int contributionsBefore =
                contributions.ofExperimentation(second().getId()).size();
        demo.run(null);
        assertThat(experimentations.visibleTo(ADMIN))
                .filteredOn(e -> e.getTitle().equals(DemoSecondExperimentation.TITLE))
                .hasSize(1);
        assertThat(contributions.ofExperimentation(second().getId())).hasSize(contributionsBefore);
    }
}
