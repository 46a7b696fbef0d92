package coop.faireavec.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code faireavec.bench.count-statements=true} (the benchmark's figure 2), every response says how many SQL
 * statements it ran, the engine's included, and the page itself is unchanged; a page's count does not grow with the
 * number of members (roles are read with their memberships, not one statement per member).
 */
@SpringBootTest(properties = "faireavec.bench.count-statements=true")
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

    /** That person also carries the other experimentation (and so sees its carrier's steps). */
    private void carryToo(AccountPrincipal carrier, TestData.Scenario other) {
        memberships.addMember(
                carrier.getPersonId(), other.experimentationId(), null, Set.of(ExperimentationRole.CARRIER));
    }

    private static int stepLinks(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString().split("data-step-key=", -1).length - 1;
    }
}
