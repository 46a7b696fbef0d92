package coop.faireavec.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The retention period on the experimentation's settings page (issue #16, point 10): a carrier sets it within the
 * template's maximum (60 months for precarity-prevention), a value out of bounds is named in the page and changes
 * nothing, anyone else gets 403; once the experimentation closed, the page gives the day its data will be anonymised.
 */
@FaireAvecWebTest
class RetentionSettingsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ExperimentationService experimentations;

    @Autowired
    Clock clock;

    @Test
    void aCarrierSetsTheRetentionPeriodWithinTheTemplatesMaximum() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        assertThat(data.experimentation(id).getRetentionMonths()).isEqualTo(24);
        mvc.perform(get("/experimentations/{id}/settings", id).with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"retentionMonths\"")))
                .andExpect(content().string(containsString("value=\"24\"")))
                .andExpect(content().string(containsString("Entre 1 et 60 mois.")))
                .andExpect(content().string(containsString("La date sera connue quand")));

        mvc.perform(post("/experimentations/{id}/settings/retention", id)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("retentionMonths", "60"))
                .andExpect(redirectedUrl("/experimentations/" + id + "/settings"));
        assertThat(data.experimentation(id).getRetentionMonths()).isEqualTo(60);
    }

    @Test
    void aPeriodOutOfTheTemplatesBoundsIsNamedInThePageAndChangesNothing() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        for (String months : new String[] {"61", "0", "-3"}) {
            mvc.perform(post("/experimentations/{id}/settings/retention", id)
                            .with(user(s.carrier()))
                            .with(csrf())
                            .param("retentionMonths", months))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(containsString(
                                    "Indiquez combien de mois garder les données après la fin : un nombre entre 1 et"
                                            + " 60.")))
                    .andExpect(content().string(containsString("value=\"" + months + "\"")))
                    // the durations form is still there, filled
                    .andExpect(content().string(containsString("name=\"stepDueDays\"")));
        }
        mvc.perform(post("/experimentations/{id}/settings/retention", id)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("retentionMonths", "deux ans"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("un nombre, sans lettres.")));
        mvc.perform(post("/experimentations/{id}/settings/retention", id)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("retentionMonths", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Indiquez combien de mois garder les données après la fin : un nombre.")));
        assertThat(data.experimentation(id).getRetentionMonths()).isEqualTo(24);
    }

    @Test
    void onlyItsCarriersSetIt() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal participant = data.memberOfCollege(id, College.PRACTITIONERS);
        AccountPrincipal committee = data.memberWithRole(id, ExperimentationRole.COMMITTEE);
        AccountPrincipal otherCarrier = data.runningExperimentation().carrier();
        for (AccountPrincipal who : new AccountPrincipal[] {participant, committee, otherCarrier}) {
            mvc.perform(post("/experimentations/{id}/settings/retention", id)
                            .with(user(who))
                            .with(csrf())
                            .param("retentionMonths", "3"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/experimentations/{id}/settings/retention", id)
                        .with(user(s.carrier()))
                        .param("retentionMonths", "3"))
                .andExpect(status().isForbidden());
        assertThat(data.experimentation(id).getRetentionMonths()).isEqualTo(24);
    }

    @Test
    void onceClosedThePageGivesTheDayTheDataWillBeAnonymised() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        experimentations.close(id);
        mvc.perform(post("/experimentations/{id}/settings/retention", id)
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("retentionMonths", "6"))
                .andExpect(redirectedUrl("/experimentations/" + id + "/settings"));
        LocalDate day = LocalDate.ofInstant(data.experimentation(id).getClosedAt(), clock.getZone())
                .plusMonths(6);
        String written = day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
        mvc.perform(get("/experimentations/{id}/settings", id).with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les données seront anonymisées le " + written + ".")))
                .andExpect(content().string(not(containsString("La date sera connue quand"))));
    }
}
