package coop.faireavec.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.FundingOverview.Figures;
import coop.faireavec.funding.FundingOverview.PhaseBudget;
import coop.faireavec.meeting.Meeting;
import coop.faireavec.meeting.MeetingAttendance;
import coop.faireavec.meeting.MeetingDetails;
import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The funding's figures: balance, time given from attendance, exact sums, the statement, and who may do what. */
@FaireAvecWebTest
class FundingServiceTest {

    @Autowired
    FundingService funding;

    @Autowired
    TestData data;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingAttendance attendance;

    private static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }

    private Funder funder(Viewer carrier, long id, String name, FunderKind kind) {
        return funding.addFunder(carrier, id, new FunderDetails(name, kind));
    }

    private void line(Viewer carrier, long id, Phase phase, Account account, Funder f, String amount) {
        funding.addBudgetLine(
                carrier, id, new BudgetLineDetails(phase, account, f == null ? null : f.getId(), eur(amount), null));
    }

    private static PhaseBudget phase(FundingOverview o, Phase p) {
        return o.phases().stream().filter(b -> b.phase() == p).findFirst().orElseThrow();
    }

    @Test
    void aBudgetBalancesWhenChargesAndInKindUsesEqualIncomeAndInKindSourcesPerPhaseAndInAll() {
        TestData.Scenario s = data.runningExperimentation();
        Viewer carrier = s.carrier().viewer();
        long id = s.experimentationId();
        Funder fdf = funder(carrier, id, "Fondation de France", FunderKind.PRIVATE);
        line(carrier, id, Phase.SHARED_DIAGNOSIS, Account.STAFF, null, "1000");
        line(carrier, id, Phase.SHARED_DIAGNOSIS, Account.IN_KIND_VOLUNTEER_STAFF, null, "200");
        line(carrier, id, Phase.SHARED_DIAGNOSIS, Account.GRANT_PRIVATE, fdf, "1000");
        line(carrier, id, Phase.SHARED_DIAGNOSIS, Account.IN_KIND_VOLUNTEERING, null, "200");
        line(carrier, id, Phase.ACTION_LEADS, Account.PURCHASES, null, "300");

        FundingOverview o = funding.overview(carrier, id);

        assertThat(phase(o, Phase.SHARED_DIAGNOSIS).planned().balanced()).isTrue();
        assertThat(phase(o, Phase.SHARED_DIAGNOSIS).planned().uses()).isEqualByComparingTo("1200");
        assertThat(phase(o, Phase.ACTION_LEADS).planned().balanced()).isFalse();
        assertThat(phase(o, Phase.ACTION_LEADS).planned().gap()).isEqualByComparingTo("-300");
        assertThat(o.total().gap()).isEqualByComparingTo("-300");
        assertThat(o.total().uses()).isEqualByComparingTo("1500");
        assertThat(o.total().sources()).isEqualByComparingTo("1200");

        line(carrier, id, Phase.ACTION_LEADS, Account.OTHER_CURRENT_INCOME, null, "300");
        FundingOverview after = funding.overview(carrier, id);
        assertThat(after.total().balanced()).isTrue();
        assertThat(after.phases())
                .allSatisfy(p -> assertThat(p.planned().balanced()).isTrue());
    }

    @Test
    void sumsAreExactToTheCentNeverFloatingPoint() {
        TestData.Scenario s = data.runningExperimentation();
        Viewer carrier = s.carrier().viewer();
        long id = s.experimentationId();
        line(carrier, id, Phase.SHARED_DIAGNOSIS, Account.PURCHASES, null, "0.10");
        line(carrier, id, Phase.SHARED_DIAGNOSIS, Account.PURCHASES, null, "0.20");
        line(carrier, id, Phase.SHARED_DIAGNOSIS, Account.OTHER_CURRENT_INCOME, null, "0.30");
        funding.addSpending(
                carrier,
                id,
                new SpendingDetails(
                        LocalDate.of(2026, 3, 1), eur("0.10"), Account.PURCHASES, Phase.SHARED_DIAGNOSIS, null, null));
        funding.addSpending(
                carrier,
                id,
                new SpendingDetails(
                        LocalDate.of(2026, 3, 2), eur("0.20"), Account.PURCHASES, Phase.SHARED_DIAGNOSIS, null, null));

        FundingStatement st = funding.statement(id).orElseThrow();

        FundingStatement.BudgetRow purchases = st.charges().get(0);
        assertThat(purchases.account()).isEqualTo("60");
        assertThat(purchases.label()).isEqualTo("Achats");
        assertThat(purchases.planned()).isEqualTo(eur("0.30"));
        assertThat(purchases.actual()).isEqualTo(eur("0.30"));
        assertThat(funding.overview(carrier, id).total().balanced()).isTrue();
    }

    /** Attendance 2 × 90 min + 1 × 50 min of lived-experience members = 230 min = 3.83 h; at 11.88 €/h: 45.54 €. */
    @Test
    void timeGivenAtMeetingsIsValuedFromAttendanceOnBothInKindSides() {
        TestData.Scenario s = data.runningExperimentation();
        Viewer carrier = s.carrier().viewer();
        long id = s.experimentationId();
        AccountPrincipal camille = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        AccountPrincipal nadia = data.member(id, College.LIVED_EXPERIENCE, ExperimentationRole.PARTICIPANT);
        AccountPrincipal sam = data.memberOfCollege(id, College.PRACTITIONERS);
        AccountPrincipal elue = data.memberOfCollege(id, College.DECISION_MAKERS);
        held(carrier, id, 90, List.of(camille, nadia, sam, elue, s.carrier()));
        held(carrier, id, 50, List.of(camille, sam));
        Meeting cancelled =
                meetings.plan(carrier, id, details(LocalDateTime.now().plusDays(20), 600), null);
        meetings.cancel(carrier, id, cancelled.getId());
        funding.setHourlyValue(carrier, id, 0, eur("11.88"));

        FundingOverview o = funding.overview(carrier, id);

        assertThat(o.hoursGiven()).isEqualTo(eur("3.83"));
        assertThat(o.timeValue()).isEqualTo(eur("45.54"));
        PhaseBudget p1 = phase(o, Phase.SHARED_DIAGNOSIS);
        assertThat(p1.rows())
                .filteredOn(r ->
                        r.account() == Account.IN_KIND_VOLUNTEER_STAFF || r.account() == Account.IN_KIND_VOLUNTEERING)
                .extracting(Figures::actual)
                .containsExactly(eur("45.54"), eur("45.54"));
        assertThat(p1.actual().balanced())
                .as("time given never unbalances the budget")
                .isTrue();
        FundingStatement st = funding.statement(id).orElseThrow();
        assertThat(st.hoursGiven()).isEqualTo(eur("3.83"));
        assertThat(st.hourlyValue()).isEqualTo(eur("11.88"));
        assertThat(st.inKindUses())
                .extracting(FundingStatement.BudgetRow::account)
                .containsExactly("864");
        assertThat(st.inKindSources())
                .extracting(FundingStatement.BudgetRow::account)
                .containsExactly("870");
        assertThat(st.inKindSources().get(0).actual()).isEqualTo(eur("45.54"));
    }

    private static MeetingDetails details(LocalDateTime at, int minutes) {
        return new MeetingDetails(
                TestData.unique("Rencontre "), MeetingKind.PLENARY, null, at, minutes, "Salle", null, null);
    }

    private void held(Viewer carrier, long id, int minutes, List<AccountPrincipal> present) {
        Meeting m = meetings.plan(carrier, id, details(LocalDateTime.of(2026, 3, 2, 14, 0), minutes), null);
        attendance.attendance(
                carrier,
                id,
                m.getId(),
                present.stream().map(AccountPrincipal::getPersonId).toList());
    }

    @Test
    void grantsUsedAndLeftFollowTheSpendingChargedToEachFunder() {
        TestData.Scenario s = data.runningExperimentation();
        Viewer carrier = s.carrier().viewer();
        long id = s.experimentationId();
        Funder cd = funder(carrier, id, "Conseil départemental", FunderKind.DEPARTEMENT);
        Funder leader = funder(carrier, id, "Pays de Rennes", FunderKind.EUROPEAN_FUNDS);
        funding.addGrant(
                carrier,
                id,
                new GrantDetails(
                        cd.getId(),
                        "Action sociale",
                        eur("1000"),
                        LocalDate.of(2026, 1, 5),
                        GrantStatus.GRANTED,
                        LocalDate.of(2026, 2, 5),
                        eur("800"),
                        null));
        funding.addGrant(
                carrier,
                id,
                new GrantDetails(
                        leader.getId(),
                        "LEADER",
                        eur("500"),
                        LocalDate.of(2026, 1, 5),
                        GrantStatus.SUBMITTED,
                        null,
                        null,
                        null));
        line(carrier, id, Phase.SHARED_DIAGNOSIS, Account.GRANT_DEPARTEMENT, cd, "800");
        line(carrier, id, Phase.SHARED_DIAGNOSIS, Account.OTHER_EXTERNAL_SERVICES, null, "200");
        funding.addSpending(
                carrier,
                id,
                new SpendingDetails(
                        LocalDate.of(2026, 3, 1),
                        eur("120.50"),
                        Account.OTHER_EXTERNAL_SERVICES,
                        Phase.SHARED_DIAGNOSIS,
                        cd.getId(),
                        "Salle"));

        FundingOverview o = funding.overview(carrier, id);

        FundingOverview.FunderSummary cdSummary = o.funderSummaries().get(0);
        assertThat(cdSummary.asked()).isEqualTo(eur("1000.00"));
        assertThat(cdSummary.granted()).isEqualTo(eur("800.00"));
        assertThat(cdSummary.spent()).isEqualTo(eur("120.50"));
        assertThat(cdSummary.left()).isEqualTo(eur("679.50"));
        assertThat(o.funderSummaries().get(1).granted())
                .as("a pending application grants nothing yet")
                .isZero();
        Figures income = phase(o, Phase.SHARED_DIAGNOSIS).rows().stream()
                .filter(r -> r.account() == Account.GRANT_DEPARTEMENT)
                .findFirst()
                .orElseThrow();
        assertThat(income.planned()).isEqualTo(eur("800.00"));
        assertThat(income.actual()).as("the grant used so far").isEqualTo(eur("120.50"));
        assertThat(phase(o, Phase.SHARED_DIAGNOSIS).rows())
                .as("spending charged to a funder stays on its line planned without one")
                .filteredOn(r -> r.account() == Account.OTHER_EXTERNAL_SERVICES)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.planned()).isEqualTo(eur("200.00"));
                    assertThat(r.actual()).isEqualTo(eur("120.50"));
                });
        FundingStatement st = funding.statement(id).orElseThrow();
        assertThat(st.grants())
                .extracting(FundingStatement.GrantRow::funderKind, FundingStatement.GrantRow::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Département", "accordée"),
                        org.assertj.core.groups.Tuple.tuple("Fonds européens (FSE+, FEDER, LEADER…)", "déposée"));
        assertThat(st.income()).extracting(FundingStatement.BudgetRow::label).contains("Subvention du département");
        assertThat(st.charges())
                .as("the spending is on the charge line planned without a funder: no charge row names the funder")
                .allMatch(r -> r.funder() == null);
        assertThat(st.funders())
                .as("per funder, the statement carries the funding page's figures")
                .containsExactly(
                        new FundingStatement.FunderRow(
                                "Conseil départemental",
                                "Département",
                                eur("1000.00"),
                                eur("800.00"),
                                eur("120.50"),
                                eur("679.50")),
                        new FundingStatement.FunderRow(
                                "Pays de Rennes",
                                "Fonds européens (FSE+, FEDER, LEADER…)",
                                eur("500.00"),
                                eur("0.00"),
                                eur("0.00"),
                                eur("0.00")));
    }

    @Test
    void twoFundersOfOneExperimentationNeverShareANameAndASpendingIsMoreThanZero() {
        TestData.Scenario s = data.runningExperimentation();
        Viewer carrier = s.carrier().viewer();
        long id = s.experimentationId();
        Funder fdf = funder(carrier, id, "Fondation de France", FunderKind.PRIVATE);
        Funder town = funder(carrier, id, "Commune", FunderKind.TOWN);
        assertThatThrownBy(() -> funder(carrier, id, " fondation  de FRANCE ", FunderKind.PRIVATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> funding.changeFunder(
                        carrier, id, town.getId(), 0, new FunderDetails("Fondation de France", FunderKind.TOWN)))
                .isInstanceOf(IllegalArgumentException.class);
        funding.changeFunder(carrier, id, fdf.getId(), 0, new FunderDetails("Fondation de France", FunderKind.PRIVATE));
        TestData.Scenario other = data.runningExperimentation();
        assertThat(funder(
                        other.carrier().viewer(), other.experimentationId(), "Fondation de France", FunderKind.PRIVATE))
                .as("another experimentation may have a funder of that name")
                .isNotNull();
        assertThat(funding.funders(carrier, id))
                .extracting(Funder::getName)
                .containsExactly("Fondation de France", "Commune");
        assertThatThrownBy(() -> funding.addSpending(
                        carrier,
                        id,
                        new SpendingDetails(
                                LocalDate.of(2026, 3, 1),
                                eur("0.00"),
                                Account.PURCHASES,
                                Phase.SHARED_DIAGNOSIS,
                                null,
                                null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStatementIsEmptyOnlyWhileNothingIsRecorded() {
        TestData.Scenario s = data.runningExperimentation();
        assertThat(funding.statement(s.experimentationId())).isEmpty();
        funding.setHourlyValue(s.carrier().viewer(), s.experimentationId(), 0, eur("12"));
        assertThat(funding.statement(s.experimentationId())).isPresent();
    }

    @Test
    void theCommitteeReadsTheCarrierWritesParticipantsAndOthersAreRefused() {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        Viewer committee =
                data.memberWithRole(id, ExperimentationRole.COMMITTEE).viewer();
        Viewer participant = data.memberOfCollege(id, College.LIVED_EXPERIENCE).viewer();
        Viewer outsider = data.runningExperimentation().carrier().viewer();

        assertThat(funding.overview(committee, id)).isNotNull();
        assertThat(funding.mayEdit(committee, id)).isFalse();
        assertThatThrownBy(() -> funding.addFunder(committee, id, new FunderDetails("X", FunderKind.TOWN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> funding.overview(participant, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> funding.overview(outsider, id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherExperimentationsFunderANegativeAmountAndAStaleVersionAreRefused() {
        TestData.Scenario s = data.runningExperimentation();
        TestData.Scenario other = data.runningExperimentation();
        Viewer carrier = s.carrier().viewer();
        long id = s.experimentationId();
        Funder theirs = funder(other.carrier().viewer(), other.experimentationId(), "Ailleurs", FunderKind.TOWN);
        assertThatThrownBy(() -> line(carrier, id, Phase.SHARED_DIAGNOSIS, Account.GRANT_TOWN, theirs, "10"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> funding.funder(carrier, id, theirs.getId()))
                .isInstanceOf(coop.faireavec.shared.NotFoundException.class);
        assertThatThrownBy(() -> line(carrier, id, Phase.SHARED_DIAGNOSIS, Account.PURCHASES, null, "-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(carrier, id, Phase.SHARED_DIAGNOSIS, Account.PURCHASES, null, "1.005"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> funding.addSpending(
                        carrier,
                        id,
                        new SpendingDetails(
                                LocalDate.of(2026, 3, 1),
                                eur("1"),
                                Account.GRANT_TOWN,
                                Phase.SHARED_DIAGNOSIS,
                                null,
                                null)))
                .as("spending goes on a charge line")
                .isInstanceOf(IllegalArgumentException.class);

        Funder mine = funder(carrier, id, "Commune", FunderKind.TOWN);
        funding.changeFunder(carrier, id, mine.getId(), 0, new FunderDetails("Commune de Mordelles", FunderKind.TOWN));
        assertThatThrownBy(() -> funding.changeFunder(
                        carrier, id, mine.getId(), 0, new FunderDetails("Autre nom", FunderKind.TOWN)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(funding.funder(carrier, id, mine.getId()).getName()).isEqualTo("Commune de Mordelles");
    }

    @Test
    void amountsAreReadAsTypedInFrenchOrEnglishAndRefusedWhenNegativeTooPreciseOrTooBig() {
        assertThat(Amounts.parse("1 250,50")).contains(eur("1250.50"));
        assertThat(Amounts.parse("1\u202f250,5 €")).contains(eur("1250.50"));
        assertThat(Amounts.parse("1250.5")).contains(eur("1250.50"));
        assertThat(Amounts.parse("0")).contains(eur("0.00"));
        assertThat(Amounts.parse("-5")).isEmpty();
        assertThat(Amounts.parse("1,234")).isEmpty();
        assertThat(Amounts.parse("12.345")).isEmpty();
        assertThat(Amounts.parse("abc")).isEmpty();
        assertThat(Amounts.parse("")).isEmpty();
        assertThat(Amounts.parse("9999999999.99")).contains(Amounts.MAX);
        assertThat(Amounts.parse("10000000000")).isEmpty();
    }
}
