package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A form posted with a property path under a single value ({@code escalationDays.x}: Spring cannot grow an Integer to
 * bind {@code x} on it) is the form without that value, shown again with its message, never a 500 (found by
 * {@link FormBindingFuzzTest}; every {@code @ModelAttribute} form record is bound by {@link FormRecordBinder}).
 */
@FaireAvecWebTest
class CraftedFieldNamesWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void aPropertyPathUnderASingleValueIsLeftOutNeverA500() throws Exception {
        TestData.Scenario s = data.draftExperimentation();

        String page = mvc.perform(post("/experimentations/{id}/settings", s.experimentationId())
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("stepDueDays", "7")
                        .param("escalationDays.x", "14")
                        .param("callForLeadsDays", "21")
                        .param("observationCycleDays", "30"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(page).select(".error-summary").text()).isNotBlank();
    }
}
