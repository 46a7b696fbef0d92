package coop.faireavec.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.ExperimentationStatus;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.security.Viewer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The default run seeds the demo once: the README's accounts sign in, the experimentation is in phase 1. */
@SpringBootTest(properties = "faireavec.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleService people;

    @Autowired
    ExperimentationService experimentations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DemoData demo;

    @Autowired
    coop.faireavec.task.StepService steps;

    @Test
    void theReadmeAccountsSignInWithPasswordDemo() throws Exception {
        for (String username : List.of("admin", "porteur", "camille", "sam", "dominique", "comite")) {
            mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "demo"))
                    .andExpect(redirectedUrl("/"));
        }
        assertThat(people.accountByUsername("admin").orElseThrow().isAdmin()).isTrue();
    }

    /**
     * Every account the seeder makes is a demo account with the demo password (the postgres start-up guard finds
     * them), and migration V60 names them all for databases seeded before the flag existed.
     */
    @Test
    void everyAccountTheDemoMakesIsFlaggedAndMigrationV60NamesThemAll() throws Exception {
        List<String> demoAccounts = people.demoAccountsStillWithPassword("demo");
        assertThat(demoAccounts)
                .containsExactlyInAnyOrder(
                        "admin", "porteur", "comite", "camille", "sam", "dominique", "rachid", "morgane", "bruno");
        String v60 = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/resources/db/migration/V60__demo_accounts_and_audit_filters.sql"));
        assertThat(demoAccounts).allSatisfy(username -> assertThat(v60).contains("'" + username + "'"));
    }

    @Autowired
    coop.faireavec.directory.DirectoryService directory;

    @Test
    void theDemoTerritorysDirectoryHasTwentyFiveOrganisationsAFewOfThemToCheck() {
        Viewer admin = new Viewer(0, "test", true);
        Experimentation e = experimentations.visibleTo(admin).stream()
                .filter(x -> x.getTitle().equals("Prévenir la précarisation"))
                .findFirst()
                .orElseThrow();
        var listing =
                directory.directory(admin, e.getTerritory().getId(), coop.faireavec.directory.DirectoryQuery.all(), 0);
        assertThat(listing.rows().getTotalElements()).isEqualTo(25);
        // four organisations and their four services were last verified more than a year ago
        assertThat(listing.freshness().stale()).isEqualTo(8);
        assertThat(listing.freshness().records()).isGreaterThan(40);
    }

    @Autowired
    coop.faireavec.directory.RoundService rounds;

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @Test
    void theDemoTerritoryHasTwoCorrespondentsSharingTheirFirstRound() {
        Viewer admin = new Viewer(0, "test", true);
        Experimentation e = experimentations.visibleTo(admin).stream()
                .filter(x -> x.getTitle().equals("Prévenir la précarisation"))
                .findFirst()
                .orElseThrow();
        long territory = e.getTerritory().getId();
        // the first round opens in a job (no job executor in tests)
        management.createJobQuery().activityId("OpenRound").list().forEach(j -> management.executeJob(j.getId()));
        var page = rounds.page(admin, territory);
        assertThat(page.round()).isNotNull();
        assertThat(page.walks()).hasSize(2);
        assertThat(page.walks()).extracting(w -> w.lines().size()).containsExactlyInAnyOrder(4, 4);
        assertThat(page.walks()).extracting(w -> w.name().substring(0, 4)).containsExactlyInAnyOrder("Sam ", "Inès");
    }

    @Autowired
    coop.faireavec.directory.MonographService monographs;

    @Test
    void theDemoTerritoryHasTwoMonographsOnePublishedWithItsPhoto() {
        Viewer admin = new Viewer(0, "test", true);
        Experimentation e = experimentations.visibleTo(admin).stream()
                .filter(x -> x.getTitle().equals("Prévenir la précarisation"))
                .findFirst()
                .orElseThrow();
        var listing = monographs.list(admin, e.getTerritory().getId());
        assertThat(listing.monographs())
                .extracting(m -> m.structureName(), m -> m.published())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DemoMonographs.GROCERY, true),
                        org.assertj.core.groups.Tuple.tuple(DemoMonographs.TIERS_LIEU, false));
        long published = listing.monographs().stream()
                .filter(m -> m.published())
                .findFirst()
                .orElseThrow()
                .id();
        var page = monographs.monograph(admin, e.getTerritory().getId(), published);
        assertThat(page.monograph().photos())
                .singleElement()
                .satisfies(p -> assertThat(p.altText()).startsWith("Dessin"));
        assertThat(page.monograph().sections()).hasSize(6);
    }

    @Test
    void theDemoExperimentationIsStartedInPhaseOneWithTheThreeColleges() {
        Experimentation e = experimentations.visibleTo(new Viewer(0, "test", true)).stream()
                .filter(x -> x.getTitle().equals("Prévenir la précarisation"))
                .findFirst()
                .orElseThrow();
        assertThat(e.getTerritory().getName()).isEqualTo("Mordelles et environs");
        assertThat(e.getStatus()).isEqualTo(ExperimentationStatus.RUNNING);
        assertThat(e.getCurrentPhase()).isEqualTo(Phase.SHARED_DIAGNOSIS);
        var members = memberships.membersOf(e.getId());
        assertThat(members.size()).isGreaterThanOrEqualTo(12);
        for (College c : College.values()) {
            assertThat(members).filteredOn(m -> m.getCollege() == c).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void eachCollegeOfTheDemoHasItsPeerSessionWaiting() throws Exception {
        for (String username : List.of("camille", "sam", "dominique")) {
            var account = people.accountByUsername(username).orElseThrow();
            var viewer = new Viewer(account.getPerson().getId(), username, false);
            org.assertj.core.api.Assertions.assertThat(steps.mySteps(viewer))
                    .extracting(s -> s.taskKey())
                    .containsExactly("PeerSessions");
        }
    }

    @Test
    void seedingTwiceChangesNothing() throws Exception {
        int before = experimentations.visibleTo(new Viewer(0, "test", true)).size();
        demo.run(null);
        assertThat(experimentations.visibleTo(new Viewer(0, "test", true))).hasSize(before);
    }

    @Test
    void theDemoExperimentationHasItsFundingRoundWithTimeGivenAtTheKickOff(
            @Autowired coop.faireavec.funding.FundingService funding) {
        Experimentation e = experimentations.visibleTo(new Viewer(0, "test", true)).stream()
                .filter(x -> x.getTitle().equals("Prévenir la précarisation"))
                .findFirst()
                .orElseThrow();
        var statement = funding.statement(e.getId()).orElseThrow();
        assertThat(statement.grants()).hasSize(5);
        assertThat(statement.grants())
                .filteredOn(g -> g.status().equals("déposée"))
                .hasSize(1);
        assertThat(statement.hoursGiven())
                .as("the kick-off: 3 people in precarity for 2 hours")
                .isEqualByComparingTo("6");
    }
}
