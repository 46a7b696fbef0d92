package coop.faireavec.support;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.NewExperimentation;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.territory.TerritoryService;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Object mother: people, accounts and experimentations made through the real services, unique per call. */
@TestComponent
public class TestData {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    private coop.faireavec.experiment.ExperimentService experimentService;

    @org.springframework.beans.factory.annotation.Autowired
    private coop.faireavec.directory.DirectoryService directoryService;

    private final PeopleService people;
    private final MembershipService memberships;
    private final ExperimentationService experimentations;
    private final TerritoryService territories;
    private final UserDetailsService userDetails;
    private final coop.faireavec.actionlead.ActionLeadService leadService;
    private final coop.faireavec.notification.NotificationService notifications;
    private final org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;
    private final coop.faireavec.meeting.MeetingService meetings;
    private final coop.faireavec.meeting.MinutesService minutes;
    private final coop.faireavec.meeting.MeetingAttendance attendance;
    private final coop.faireavec.meeting.MeetingWords words;
    private final coop.faireavec.task.StepService steps;

    @org.springframework.beans.factory.annotation.Autowired
    private coop.faireavec.funding.FundingService funding;

    TestData(
            PeopleService people,
            MembershipService memberships,
            ExperimentationService experimentations,
            TerritoryService territories,
            UserDetailsService userDetails,
            coop.faireavec.actionlead.ActionLeadService leadService,
            coop.faireavec.notification.NotificationService notifications,
            org.springframework.security.crypto.password.PasswordEncoder passwordEncoder,
            coop.faireavec.meeting.MeetingService meetings,
            coop.faireavec.task.StepService steps,
            coop.faireavec.meeting.MinutesService minutes,
            coop.faireavec.meeting.MeetingAttendance attendance,
            coop.faireavec.meeting.MeetingWords words) {
        this.attendance = attendance;
        this.words = words;
        this.meetings = meetings;
        this.minutes = minutes;
        this.steps = steps;
        this.passwordEncoder = passwordEncoder;
        this.leadService = leadService;
        this.notifications = notifications;
        this.people = people;
        this.memberships = memberships;
        this.experimentations = experimentations;
        this.territories = territories;
        this.userDetails = userDetails;
    }

    /** An experimentation in draft with its carrier; colleges get one participant each when asked. */
    public record Scenario(long experimentationId, long territoryId, AccountPrincipal carrier) {}

    public static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet();
    }

    public AccountPrincipal account(String prefix, boolean admin) {
        String username = unique(prefix);
        Person p = people.createPerson("Personne " + username, null, null);
        people.createAccountWithHash(p, username, passwordHash(), admin);
        return principal(username);
    }

    private static String hash;

    /** One real bcrypt hash of PASSWORD, computed once: signing in with it works, tests stay fast. */
    private synchronized String passwordHash() {
        if (hash == null) {
            hash = passwordEncoder.encode(PASSWORD);
        }
        return hash;
    }

    public AccountPrincipal admin() {
        return account("admin", true);
    }

    public AccountPrincipal principal(String username) {
        return (AccountPrincipal) userDetails.loadUserByUsername(username);
    }

    /** A new territory and a draft experimentation on it, created by an administrator, with a carrier. */
    public Scenario draftExperimentation() {
        AccountPrincipal admin = admin();
        String territory = unique("Territoire ");
        territories.findOrCreate(territory);
        Experimentation e = experimentations.create(
                admin.viewer(),
                new NewExperimentation(
                        unique("Expérimentation "),
                        null,
                        territory,
                        "Collège coopératif",
                        "Pour les tests",
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2027, 12, 31),
                        "precarity-prevention"));
        AccountPrincipal carrier = member(e.getId(), null, ExperimentationRole.CARRIER);
        return new Scenario(e.getId(), e.getTerritory().getId(), carrier);
    }

    /** A started experimentation with a carrier, a committee member and one participant per college. */
    public Scenario runningExperimentation() {
        Scenario s = draftExperimentation();
        member(s.experimentationId(), null, ExperimentationRole.COMMITTEE);
        for (College c : College.values()) {
            member(s.experimentationId(), c, ExperimentationRole.PARTICIPANT);
        }
        experimentations.start(s.carrier().viewer(), s.experimentationId());
        return s;
    }

    /** A new person with an account, member of that experimentation. */
    public AccountPrincipal member(long experimentationId, College college, ExperimentationRole role) {
        AccountPrincipal p = account(role.name().toLowerCase(java.util.Locale.ROOT), false);
        memberships.addMember(p.getPersonId(), experimentationId, college, Set.of(role));
        return p;
    }

    /** A new person without an account (as many participants are), member of that experimentation. */
    public long personWithoutAccount(long experimentationId, String displayName, College college) {
        Person p = people.createPerson(displayName, null, null);
        memberships.addMember(p.getId(), experimentationId, college, Set.of(ExperimentationRole.PARTICIPANT));
        return p.getId();
    }

    /** Someone who already has an account joins another experimentation as a participant. */
    public void addToExperimentation(AccountPrincipal who, long experimentationId, College college) {
        memberships.addMember(who.getPersonId(), experimentationId, college, Set.of(ExperimentationRole.PARTICIPANT));
    }

    /** The first member holding that role, as a principal (members made by this mother all have accounts). */
    public AccountPrincipal memberWithRole(long experimentationId, ExperimentationRole role) {
        long personId = memberships.membersOf(experimentationId).stream()
                .filter(m -> m.has(role))
                .findFirst()
                .orElseThrow()
                .getPersonId();
        return principal(people.usernamesOf(Set.of(personId)).get(personId));
    }

    public AccountPrincipal memberOfCollege(long experimentationId, College college) {
        long personId = memberships.membersOf(experimentationId).stream()
                .filter(m -> m.getCollege() == college)
                .findFirst()
                .orElseThrow()
                .getPersonId();
        return principal(people.usernamesOf(Set.of(personId)).get(personId));
    }

    /**
     * A selected lead run as an experiment in that experimentation, whatever its phase: its team is that member and a
     * practitioner (the working-group rule holds), one indicator ("Personnes accueillies", 4 to 12).
     *
     * @return the experiment's id
     */
    public long experimentFixture(Scenario s, AccountPrincipal teamMember) {
        long exp = s.experimentationId();
        String title = unique("Piste ");
        jdbc.update(
                "insert into app.action_lead (experimentation_id, title, proposed_by_id, selected, created_at)"
                        + " values (?, ?, ?, true, ?)",
                exp,
                title,
                s.carrier().getPersonId(),
                java.sql.Timestamp.from(java.time.Instant.now()));
        Long leadId = jdbc.queryForObject(
                "select id from app.action_lead where experimentation_id = ? and title = ?", Long.class, exp, title);
        coop.faireavec.task.kind.ExperimentPlanForm form = planForm(java.util.List.of());
        return experimentService
                .plan(
                        exp,
                        leadId,
                        new coop.faireavec.experiment.ExperimentPlan(
                                form.goal(),
                                java.time.LocalDate.now(),
                                java.time.LocalDate.now().plusMonths(3),
                                java.util.List.of(
                                        teamMember.getPersonId(),
                                        memberOfCollege(exp, College.PRACTITIONERS)
                                                .getPersonId()),
                                java.util.List.of(new coop.faireavec.experiment.IndicatorSpec(
                                        "Personnes accueillies",
                                        "personnes",
                                        java.math.BigDecimal.valueOf(4),
                                        java.math.BigDecimal.TEN,
                                        coop.faireavec.experiment.Direction.HIGHER_IS_BETTER))),
                        s.carrier().getPersonId())
                .getId();
    }

    /** A meeting and one thing said in it. */
    public record MeetingFixture(long meetingId, long contributionId) {}

    /** A lead of the experimentation and a comment on it, both by {@code author} (any phase: written in the tables). */
    public record LeadFixture(long leadId, long commentId) {}

    /** A lead proposed by {@code author} with one comment of theirs, written straight into the tables. */
    public LeadFixture leadWithComment(Scenario s, AccountPrincipal author) {
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        String title = unique("Piste ");
        jdbc.update(
                "insert into app.action_lead (experimentation_id, title, problem, proposed_by_id, recorded_by_id,"
                        + " selected, created_at) values (?, ?, ?, ?, ?, false, ?)",
                s.experimentationId(),
                title,
                "Un problème",
                author.getPersonId(),
                author.getPersonId(),
                now);
        long leadId = jdbc.queryForObject("select id from app.action_lead where title = ?", Long.class, title);
        jdbc.update(
                "insert into app.action_lead_author (lead_id, person_id) values (?, ?)", leadId, author.getPersonId());
        jdbc.update(
                "insert into app.action_lead_comment (lead_id, author_id, recorded_by_id, body, created_at)"
                        + " values (?, ?, ?, ?, ?)",
                leadId,
                author.getPersonId(),
                author.getPersonId(),
                "Un commentaire",
                now);
        long commentId = jdbc.queryForObject(
                "select max(id) from app.action_lead_comment where lead_id = ?", Long.class, leadId);
        return new LeadFixture(leadId, commentId);
    }

    /**
     * A crossed discussion held on 2 March 2026 by the scenario's carrier, the speaker ticked present and having
     * said something in their college's peer round.
     */
    public MeetingFixture meetingWithWords(Scenario s, AccountPrincipal speaker) {
        var carrier = s.carrier().viewer();
        long exp = s.experimentationId();
        var m = meetings.plan(
                carrier,
                exp,
                new coop.faireavec.meeting.MeetingDetails(
                        unique("Discussion croisée "),
                        coop.faireavec.meeting.MeetingKind.CROSSED_DISCUSSION,
                        null,
                        java.time.LocalDateTime.of(2026, 3, 2, 14, 30),
                        120,
                        "Maison des associations",
                        null,
                        "Ce qui marche, ce qui bloque"),
                null);
        // held in the past: the attendance says who came (invitations are closed once a meeting has started)
        attendance.attendance(carrier, exp, m.getId(), java.util.List.of(speaker.getPersonId()));
        College college =
                memberships.membership(speaker.getPersonId(), exp).orElseThrow().getCollege();
        var c = words.speak(
                speaker.viewer(),
                exp,
                m.getId(),
                "PEER_" + college.name(),
                "Ce que je voulais dire.",
                null,
                null,
                null);
        return new MeetingFixture(m.getId(), c.getId());
    }

    /**
     * A crossed discussion planned by the scenario's carrier 30 days from now (not started: it may still be changed,
     * cancelled, and invitees answer), the invitee invited to it. Returns the meeting's id.
     */
    public long comingMeeting(Scenario s, AccountPrincipal invitee) {
        var carrier = s.carrier().viewer();
        long exp = s.experimentationId();
        var m = meetings.plan(
                carrier,
                exp,
                new coop.faireavec.meeting.MeetingDetails(
                        unique("Discussion croisée "),
                        coop.faireavec.meeting.MeetingKind.CROSSED_DISCUSSION,
                        null,
                        java.time.LocalDateTime.now()
                                .plusDays(30)
                                .withHour(14)
                                .withMinute(30)
                                .withSecond(0)
                                .withNano(0),
                        120,
                        "Maison des associations",
                        null,
                        "Ce qui marche, ce qui bloque"),
                null);
        attendance.invite(carrier, exp, m.getId(), java.util.List.of(), java.util.List.of(invitee.getPersonId()));
        return m.getId();
    }

    /**
     * The carrier records the meeting a meeting step asks for, held on 2 March 2026: every member with a college
     * came, the minutes are written, sent, and one person per college validates them (noted by the carrier, agreed
     * orally).
     */
    public coop.faireavec.meeting.Meeting holdMeeting(Viewer carrier, coop.faireavec.process.StepView step) {
        long exp = step.experimentationId();
        var m = meetings.plan(
                carrier,
                exp,
                new coop.faireavec.meeting.MeetingDetails(
                        step.taskKey(),
                        meetings.meetingKindFor(step.formKey()),
                        null,
                        java.time.LocalDateTime.of(2026, 3, 2, 14, 30),
                        120,
                        "Maison des associations",
                        null,
                        null),
                step.id());
        java.util.List<coop.faireavec.participation.Membership> present = memberships.membersOf(exp).stream()
                .filter(x -> x.getCollege() != null)
                .toList();
        attendance.attendance(
                carrier,
                exp,
                m.getId(),
                present.stream()
                        .map(coop.faireavec.participation.Membership::getPersonId)
                        .toList());
        minutes.saveMinutes(carrier, exp, m.getId(), "Compte rendu de test.");
        minutes.submitMinutes(carrier, exp, m.getId());
        java.util.Set<College> validated = new java.util.HashSet<>();
        for (coop.faireavec.participation.Membership p : present) {
            if (validated.add(p.getCollege())) {
                minutes.validateMinutes(
                        carrier,
                        exp,
                        m.getId(),
                        true,
                        null,
                        p.getPersonId(),
                        coop.faireavec.contribution.ConsentKind.ORAL,
                        null);
            }
        }
        if (!meetings.get(carrier, exp, m.getId()).isStepCompleted()) {
            minutes.justify(carrier, exp, m.getId(), "Rencontre de test.");
        }
        return m;
    }

    /**
     * Completes a step with a short text; a meeting step is completed by holding its meeting. A college's own step
     * that is not the person's (a carrier walking a phase) is recorded for the first member of that college, who
     * agreed orally: a carrier never completes it in their own name.
     */
    public void completeStep(AccountPrincipal who, coop.faireavec.process.StepView step, String decision) {
        if (meetings.meetingKindFor(step.formKey()) != null) {
            holdMeeting(who.viewer(), step);
            return;
        }
        if (step.formKey().equals(coop.faireavec.process.ProcessConstants.FORM_COLLEGE_VALIDATION)) {
            // a collective validation: every member with a college answers so, then the carrier closes it
            for (coop.faireavec.participation.Membership m : memberships.membersOf(step.experimentationId())) {
                if (m.getCollege() != null) {
                    steps.complete(
                            new coop.faireavec.security.Viewer(m.getPersonId(), "member-" + m.getPersonId(), false),
                            step.id(),
                            formFor(step, decision));
                }
            }
            steps.close(who.viewer(), step.id(), "Clôture de test.");
            return;
        }
        Record form = formFor(step, decision);
        if (form instanceof coop.faireavec.task.kind.ExperimentPlanForm) {
            // the whole experimentation's college members make the team: every college, none above the rule's share
            form = planForm(memberships.membersOf(step.experimentationId()).stream()
                    .filter(m -> m.getCollege() != null)
                    .map(coop.faireavec.participation.Membership::getPersonId)
                    .toList());
        }
        coop.faireavec.task.StepAccess access = steps.access(who.viewer(), step);
        if (!access.offeredToMe() && access.collegeStep()) {
            long member = access.recordableFor().get(0);
            steps.complete(
                    who.viewer(),
                    step.id(),
                    form,
                    new coop.faireavec.task.RecordedFor(member, coop.faireavec.contribution.ConsentKind.ORAL, null));
            return;
        }
        steps.complete(who.viewer(), step.id(), form);
    }
    /** A plan for an experiment with that team, one indicator ("Personnes accueillies", 4 to 12). */
    public static coop.faireavec.task.kind.ExperimentPlanForm planForm(java.util.List<Long> team) {
        java.time.LocalDate today = java.time.LocalDate.now();
        return new coop.faireavec.task.kind.ExperimentPlanForm(
                "But de test.",
                today.toString(),
                today.plusMonths(3).toString(),
                team,
                java.util.List.of(new coop.faireavec.task.kind.ExperimentPlanForm.IndicatorRow(
                        "Personnes accueillies",
                        "personnes",
                        "4",
                        "12",
                        coop.faireavec.experiment.Direction.HIGHER_IS_BETTER)));
    }

    /** A filled-in form of the step's kind: short texts, that decision (an enum name; agreeing by default). */
    public static Record formFor(coop.faireavec.process.StepView step, String decision) {
        Class<?> type = coop.faireavec.task.kind.StepKinds.of(step.formKey()).formType();
        String text = "Texte de test.";
        if (type == coop.faireavec.task.kind.TextForm.class) {
            return new coop.faireavec.task.kind.TextForm(text);
        } else if (type == coop.faireavec.task.kind.ValidationForm.class) {
            return new coop.faireavec.task.kind.ValidationForm(
                    coop.faireavec.task.kind.Agreement.valueOf(decision == null ? "AGREE" : decision), text);
        } else if (type == coop.faireavec.task.kind.MidTermForm.class) {
            return new coop.faireavec.task.kind.MidTermForm(
                    coop.faireavec.task.kind.ExperimentDecision.valueOf(decision == null ? "CONTINUE" : decision),
                    text,
                    text,
                    java.util.List.of(text, text, text));
        } else if (type == coop.faireavec.task.kind.ExperimentPlanForm.class) {
            return planForm(java.util.List.of());
        } else if (type == coop.faireavec.experiment.ObservationForm.class) {
            return new coop.faireavec.experiment.ObservationForm(
                    java.time.LocalDate.now().toString(), java.util.List.of(), text, null, null, null);
        } else if (type == coop.faireavec.task.kind.PlanForm.class) {
            return new coop.faireavec.task.kind.PlanForm(java.util.List.of(), java.util.List.of(), text);
        } else if (type == coop.faireavec.task.kind.BallotForm.class) {
            return new coop.faireavec.task.kind.BallotForm(java.util.List.of());
        } else if (type == coop.faireavec.task.kind.CapitalisationForm.class) {
            return new coop.faireavec.task.kind.CapitalisationForm(text, text, text);
        } else if (type == coop.faireavec.task.kind.ReviewForm.class) {
            boolean approved = !"DISAGREE".equals(decision);
            return new coop.faireavec.task.kind.ReviewForm(
                    approved,
                    text,
                    approved
                            ? java.util.List.of()
                            : java.util.List.of(new coop.faireavec.task.kind.ReviewForm.RequestRow(
                                    coop.faireavec.review.ReportPart.OTHER, text)),
                    null);
        }
        return new coop.faireavec.task.kind.NoForm();
    }

    /** The members with a college, as principals (members made by this mother all have accounts). */
    public java.util.List<AccountPrincipal> collegeMembers(long experimentationId) {
        return memberships.membersOf(experimentationId).stream()
                .filter(m -> m.getCollege() != null)
                .map(m -> people.usernamesOf(Set.of(m.getPersonId())).get(m.getPersonId()))
                .filter(java.util.Objects::nonNull)
                .map(this::principal)
                .toList();
    }

    public java.util.List<Long> leads(long experimentationId) {
        return leadService.leadsOf(new Viewer(0, "system", true), experimentationId).stream()
                .map(coop.faireavec.actionlead.ActionLead::getId)
                .toList();
    }

    /** Sends one reminder to that person and returns the notification's id. */
    public long notificationFor(AccountPrincipal who, long experimentationId) {
        notifications.notify(
                java.util.List.of(who.getPersonId()),
                experimentationId,
                coop.faireavec.notification.NotificationKind.REMINDER,
                "notification.reminder",
                "Étape",
                "/tasks");
        return notifications.all(who.getPersonId()).get(0).getId();
    }

    /**
     * A started experimentation with known counts for the reports: members LIVED_EXPERIENCE 3 (one without an
     * account), PRACTITIONERS 2, DECISION_MAKERS 1, a carrier and a committee member; one crossed discussion in phase
     * 1, planned two days ahead and held (the clock moved three days on, then back): said
     * yes LE 2 / PR 1 / DM 1 (invited LE 3 / PR 1 / DM 1), present LE 2 / PR 2 (one came uninvited) / DM 1; five things said: LE 2 (one noted by
     * the carrier for the person without an account, agreed orally), PR 2 by one person, DM 1. No minutes.
     */
    public ReportFixture reportFixture(MutableClock clock) {
        Scenario s = draftExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal committee = member(exp, null, ExperimentationRole.COMMITTEE);
        AccountPrincipal a1 = member(exp, College.LIVED_EXPERIENCE, ExperimentationRole.PARTICIPANT);
        AccountPrincipal a2 = member(exp, College.LIVED_EXPERIENCE, ExperimentationRole.PARTICIPANT);
        long a3 = personWithoutAccount(exp, unique("Sans compte "), College.LIVED_EXPERIENCE);
        AccountPrincipal p1 = member(exp, College.PRACTITIONERS, ExperimentationRole.PARTICIPANT);
        AccountPrincipal p2 = member(exp, College.PRACTITIONERS, ExperimentationRole.PARTICIPANT);
        AccountPrincipal d1 = member(exp, College.DECISION_MAKERS, ExperimentationRole.PARTICIPANT);
        Viewer carrier = s.carrier().viewer();
        experimentations.start(carrier, exp);
        java.time.LocalDateTime at = java.time.LocalDateTime.now(clock)
                .plusDays(2)
                .withHour(14)
                .withMinute(30)
                .withSecond(0)
                .withNano(0);
        var m = meetings.plan(
                carrier,
                exp,
                new coop.faireavec.meeting.MeetingDetails(
                        "Discussion croisée du bilan",
                        coop.faireavec.meeting.MeetingKind.CROSSED_DISCUSSION,
                        null,
                        at,
                        120,
                        "Maison des associations",
                        null,
                        null),
                null);
        attendance.invite(
                carrier,
                exp,
                m.getId(),
                java.util.List.of(College.LIVED_EXPERIENCE, College.DECISION_MAKERS),
                java.util.List.of(p1.getPersonId()));
        attendance.reply(a1.viewer(), exp, m.getId(), coop.faireavec.meeting.Reply.YES, null);
        attendance.reply(a2.viewer(), exp, m.getId(), coop.faireavec.meeting.Reply.NO, null);
        attendance.reply(carrier, exp, m.getId(), coop.faireavec.meeting.Reply.YES, a3);
        attendance.reply(p1.viewer(), exp, m.getId(), coop.faireavec.meeting.Reply.YES, null);
        attendance.reply(d1.viewer(), exp, m.getId(), coop.faireavec.meeting.Reply.YES, null);
        clock.advance(java.time.Duration.ofDays(3));
        try {
            attendance.attendance(
                    carrier,
                    exp,
                    m.getId(),
                    java.util.List.of(a1.getPersonId(), a3, p1.getPersonId(), p2.getPersonId(), d1.getPersonId()));
            String le = "PEER_" + College.LIVED_EXPERIENCE.name();
            words.speak(a1.viewer(), exp, m.getId(), le, "=SOMME(A1:A3) et l'accueil au guichet", null, null, null);
            words.speak(
                    carrier,
                    exp,
                    m.getId(),
                    le,
                    "On attend trop longtemps.",
                    a3,
                    coop.faireavec.contribution.ConsentKind.ORAL,
                    null);
            words.speak(
                    p1.viewer(), exp, m.getId(), "PEER_PRACTITIONERS", "Les dossiers se perdent.", null, null, null);
            words.speak(p1.viewer(), exp, m.getId(), "CROSSED", "Un référent unique aiderait.", null, null, null);
            words.speak(d1.viewer(), exp, m.getId(), "CROSSED", "Nous pouvons ouvrir un guichet.", null, null, null);
        } finally {
            clock.reset();
        }
        return new ReportFixture(s, committee, a1, a3, p1, m.getId());
    }

    /** What {@link #reportFixture} made. */
    public record ReportFixture(
            Scenario scenario,
            AccountPrincipal committee,
            AccountPrincipal livedExperience,
            long withoutAccount,
            AccountPrincipal practitioner,
            long meetingId) {

        public long experimentationId() {
            return scenario.experimentationId();
        }
    }

    public Experimentation experimentation(long id) {
        return experimentations.get(new Viewer(0, "system", true), id);
    }

    /** The ids of one funder and of a grant application, a budget line and a spending on it. */
    public record FundingItems(long funderId, long grantId, long lineId, long spendingId) {}

    /** A funder (the département) with a granted application, a phase 1 line and a spending, by the carrier. */
    public FundingItems fundingItems(Scenario s) {
        Viewer carrier = s.carrier().viewer();
        long exp = s.experimentationId();
        var f = funding.addFunder(
                carrier,
                exp,
                new coop.faireavec.funding.FunderDetails(
                        "Conseil départemental", coop.faireavec.funding.FunderKind.DEPARTEMENT));
        var g = funding.addGrant(
                carrier,
                exp,
                new coop.faireavec.funding.GrantDetails(
                        f.getId(),
                        "Action sociale",
                        new java.math.BigDecimal("1000"),
                        LocalDate.of(2026, 1, 5),
                        coop.faireavec.funding.GrantStatus.GRANTED,
                        LocalDate.of(2026, 2, 5),
                        new java.math.BigDecimal("800"),
                        null));
        var l = funding.addBudgetLine(
                carrier,
                exp,
                new coop.faireavec.funding.BudgetLineDetails(
                        coop.faireavec.experimentation.Phase.SHARED_DIAGNOSIS,
                        coop.faireavec.funding.Account.GRANT_DEPARTEMENT,
                        f.getId(),
                        new java.math.BigDecimal("800"),
                        null));
        var sp = funding.addSpending(
                carrier,
                exp,
                new coop.faireavec.funding.SpendingDetails(
                        LocalDate.of(2026, 3, 1),
                        new java.math.BigDecimal("64.30"),
                        coop.faireavec.funding.Account.PURCHASES,
                        coop.faireavec.experimentation.Phase.SHARED_DIAGNOSIS,
                        f.getId(),
                        null));
        return new FundingItems(f.getId(), g.getId(), l.getId(), sp.getId());
    }

    /** An organisation of the directory and the service it offers, with the territory's slug. */
    public record DirectoryItems(long structureId, long serviceId, String slug) {}

    /**
     * In the scenario's territory's directory, by its carrier: an organisation (a person's phone as its contact, not
     * public; its address public) and one service (a contact person, not public); the directory is published.
     */
    public DirectoryItems directoryFixture(Scenario s) {
        Viewer carrier = s.carrier().viewer();
        var structure = directoryService.addStructure(carrier, s.territoryId(), structureDetails(unique("Épicerie ")));
        var service = directoryService.addService(carrier, s.territoryId(), structure.getId(), serviceDetails());
        territories.setDirectoryPublic(s.territoryId(), true);
        return new DirectoryItems(
                structure.getId(),
                service.getId(),
                territories.get(s.territoryId()).getSlug());
    }

    /** An organisation in Redon, its address public, its phone and e-mail a person's (not public). */
    public static coop.faireavec.directory.StructureDetails structureDetails(String name) {
        return new coop.faireavec.directory.StructureDetails(
                name,
                null,
                "Aide alimentaire et lutte contre la précarité.",
                "3 rue des Halles",
                null,
                "35600",
                "Redon",
                "35236",
                47.6514,
                -2.0843,
                "06 12 34 56 78",
                "marie.dupont@example.org",
                "https://epicerie.example.org",
                "Mo-Fr 09:00-12:00",
                null,
                java.util.List.of(),
                true,
                false);
    }

    /** A free food service for everyone, with a contact person. */
    public static coop.faireavec.directory.ServiceDetails serviceDetails() {
        return new coop.faireavec.directory.ServiceDetails(
                "Colis alimentaires",
                "Des colis chaque semaine.",
                "aide-materielle",
                java.util.List.of("equipement-et-alimentation--alimentation"),
                java.util.List.of("tous-publics"),
                null,
                "gratuit",
                null,
                java.util.List.of("en-presentiel"),
                "Sur orientation d'un travailleur social.",
                "Paul Martin",
                "07 00 00 00 01",
                "paul.martin@example.org",
                false);
    }

    @org.springframework.beans.factory.annotation.Autowired
    private coop.faireavec.directory.MonographService monographService;

    @org.springframework.beans.factory.annotation.Autowired
    private coop.faireavec.shared.UploadGuard uploadGuard;

    /** A monograph (published or not) with one photo, and its citation by the scenario's experimentation. */
    public record MonographItems(long monographId, long photoId, long citationId, String slug, DirectoryItems items) {}

    /**
     * In the scenario's published directory: a monograph about the fixture's organisation and its service, written
     * and published by the carrier, with a small PNG photo, cited by the scenario's experimentation.
     */
    public MonographItems monographFixture(Scenario s) {
        DirectoryItems items = directoryFixture(s);
        Viewer carrier = s.carrier().viewer();
        var m = monographService.add(
                carrier, s.territoryId(), monographDetails(items, unique("L'épicerie qui prête ")));
        monographService.publish(carrier, s.territoryId(), m.getId());
        try {
            var photo = monographService.addPhoto(
                    carrier,
                    s.territoryId(),
                    m.getId(),
                    uploadGuard.check(
                            png(),
                            "photo.png",
                            "photo",
                            java.util.Set.of(coop.faireavec.shared.UploadType.PNG),
                            1_000_000),
                    "Des cagettes de légumes",
                    null,
                    null);
            var citation = monographService.cite(carrier, s.experimentationId(), m.getId(), "Pour son prêt d'outils.");
            return new MonographItems(m.getId(), photo.getId(), citation.getId(), items.slug(), items);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The details of a monograph about the fixture's organisation and service, with the organisation's contact. */
    public static coop.faireavec.directory.MonographDetails monographDetails(DirectoryItems items, String title) {
        return new coop.faireavec.directory.MonographDetails(
                items.structureId(),
                java.util.List.of(items.serviceId()),
                title,
                "Une épicerie qui prête aussi des outils.\n\nElle ouvre trois jours par semaine.",
                "Les habitants aux petits budgets.",
                null,
                null,
                "Entraide.",
                "Le prêt d'outils.",
                null,
                "02 99 00 00 00",
                "accueil@example.org",
                false);
    }

    /** A small PNG image (8 by 8 pixels). */
    public static byte[] png() {
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
