package coop.faireavec.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Without the benchmark's setting, responses do not tell how many statements they ran (how pages are built). */
@FaireAvecWebTest
class StatementCountOffWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void noStatementCountUnlessTheBenchmarkAsksForIt() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        String header = mvc.perform(get("/tasks").with(user(s.carrier())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(StatementCountingConfig.HEADER);
        assertThat(header).isNull();
    }
}
