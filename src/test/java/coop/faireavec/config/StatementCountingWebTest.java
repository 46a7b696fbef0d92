package coop.faireavec.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.HttpPerson;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code faireavec.bench.count-statements=true} (the benchmark's figure 2), every response says how many SQL
 * statements it ran, the engine's included, and the page itself is unchanged; a page's count does not grow with the
 * number of members (roles are read with their memberships, not one statement per member). The pages people use most
 * run at most {@value #MAX_STATEMENTS} statements for a person signed in through the sign-in form (their session read
 * from the database counts, as in the benchmark), and as many with more experimentations, steps, meetings and
 * contributions (issue #14).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "faireavec.bench.count-statements=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestData.class, MutableClock.class})
class StatementCountingWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    MembershipService memberships;

    @LocalServerPort
    int port;

    /** The benchmark's target: no page above this many statements, whatever the data size (issue #14). */
    static final int MAX_STATEMENTS = 15;

    private MockHttpServletResponse page(String path, AccountPrincipal who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    private static int count(MockHttpServletResponse response) {
        return Integer.parseInt(response.getHeader(StatementCountingConfig.HEADER));
    }

    @Test
    void myNextStepsSaysHowManyStatementsItRanAndStillShowsThePage() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        MockHttpServletResponse tasks = page("/tasks", s.carrier());
        assertThat(count(tasks)).isPositive();
        assertThat(tasks.getContentAsString()).contains("<main");
    }

    @Test
    void theExperimentationPageRunsAsManyStatementsWithTenMoreMembers() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        String path = "/experimentations/" + s.experimentationId();
        page(path, s.carrier());
        int before = count(page(path, s.carrier()));
        for (int i = 0; i < 10; i++) {
            data.member(
                    s.experimentationId(),
                    College.values()[i % College.values().length],
                    ExperimentationRole.PARTICIPANT);
        }
        int after = count(page(path, s.carrier()));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void myNextStepsRunsAsManyStatementsWithTwelveOpenStepsAsWithTwo() throws Exception {
        TestData.Scenario first = data.runningExperimentation();
        AccountPrincipal carrier = first.carrier();
        carryToo(carrier, data.runningExperimentation());
        page("/tasks", carrier);
        MockHttpServletResponse two = page("/tasks", carrier);
        int before = count(two);
        for (int i = 0; i < 10; i++) {
            carryToo(carrier, data.runningExperimentation());
        }
        MockHttpServletResponse twelve = page("/tasks", carrier);
        assertThat(stepLinks(twelve)).isGreaterThanOrEqualTo(stepLinks(two) + 10);
        assertThat(count(twelve)).isEqualTo(before);
    }

    @Test
    void aCarriersPagesRunAtMostFifteenStatementsAndNoMoreWithMoreData() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal carrier = s.carrier();
        for (int i = 0; i < 2; i++) {
            carryToo(carrier, data.runningExperimentation());
        }
        long meeting = data.meetingWithWords(s, data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS))
                .meetingId();
        data.comingMeeting(s, carrier);
        HttpPerson browser = signedIn(carrier);
        String step = firstStepId(browser);
        Map<String, String> pages = pagesOf(s.experimentationId(), meeting, step);
        Map<String, Integer> before = counts(browser, pages);
        assertThat(before)
                .allSatisfy(
                        (page, n) -> assertThat(n).as("statements of %s", page).isLessThanOrEqualTo(MAX_STATEMENTS));

        for (int i = 0; i < 3; i++) {
            carryToo(carrier, data.runningExperimentation());
            data.meetingWithWords(s, data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE));
            data.comingMeeting(s, carrier);
            data.member(s.experimentationId(), College.DECISION_MAKERS, ExperimentationRole.PARTICIPANT);
        }
        assertThat(counts(browser, pages)).isEqualTo(before);
    }

    @Test
    void aParticipantsPagesRunAtMostFifteenStatementsAndNoMoreWithMoreData() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal participant = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        long meeting = data.meetingWithWords(s, participant).meetingId();
        data.comingMeeting(s, participant);
        HttpPerson browser = signedIn(participant);
        Map<String, String> pages = pagesOf(s.experimentationId(), meeting, null);
        Map<String, Integer> before = counts(browser, pages);
        assertThat(before)
                .allSatisfy(
                        (page, n) -> assertThat(n).as("statements of %s", page).isLessThanOrEqualTo(MAX_STATEMENTS));

        for (int i = 0; i < 3; i++) {
            TestData.Scenario other = data.runningExperimentation();
            data.addToExperimentation(participant, other.experimentationId(), College.LIVED_EXPERIENCE);
            data.meetingWithWords(s, participant); // present, and said something: one more contribution
            data.comingMeeting(s, participant);
        }
        assertThat(counts(browser, pages)).isEqualTo(before);
    }

    private HttpPerson signedIn(AccountPrincipal who) throws Exception {
        HttpPerson browser = new HttpPerson();
        assertThat(browser.signIn(base(), who.getUsername(), TestData.PASSWORD).statusCode())
                .isEqualTo(302);
        return browser;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** The pages of figure 2 and my next steps; the step form when a step is given. */
    private static Map<String, String> pagesOf(long experimentationId, long meetingId, String stepId) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("my next steps", "/tasks");
        pages.put("dashboard", "/");
        pages.put("experimentation", "/experimentations/" + experimentationId);
        pages.put("meeting", "/experimentations/" + experimentationId + "/meetings/" + meetingId);
        if (stepId != null) {
            pages.put("step form", "/tasks/" + stepId);
        }
        return pages;
    }

    /** Each page opened twice (as the benchmark does: the first warms the caches), the second one's count. */
    private Map<String, Integer> counts(HttpPerson browser, Map<String, String> pages) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.get(base(), page.getValue());
            HttpResponse<String> response = browser.get(base(), page.getValue());
            assertThat(response.statusCode()).as(page.getValue()).isEqualTo(200);
            counts.put(
                    page.getKey(),
                    Integer.parseInt(response.headers()
                            .firstValue(StatementCountingConfig.HEADER)
                            .orElseThrow()));
        }
        return counts;
    }

    private String firstStepId(HttpPerson browser) throws Exception {
        Element link = Jsoup.parse(browser.get(base(), "/tasks").body()).selectFirst("a[data-step-key]");
        assertThat(link).as("an open step on my next steps").isNotNull();
        return link.attr("href").substring("/tasks/".length());
    }

    /** That person also carries the other experimentation (and so sees its carrier's steps). */
    private void carryToo(AccountPrincipal carrier, TestData.Scenario other) {
        memberships.addMember(
                carrier.getPersonId(), other.experimentationId(), null, Set.of(ExperimentationRole.CARRIER));
    }

    private static int stepLinks(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString().split("data-step-key=", -1).length - 1;
    }
}
