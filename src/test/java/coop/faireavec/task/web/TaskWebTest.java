package coop.faireavec.task.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.review.ReviewService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FaireAvecWebTest
class TaskWebTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ReviewService reviews;

    /** The id of the only open step with that name on the person's /tasks page. */
    private String stepId(AccountPrincipal who, String name) throws Exception {
        String html = mvc.perform(get("/tasks").with(user(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("href=\"/tasks/([0-9a-f-]+)\">" + Pattern.quote(name) + "<").matcher(html);
        assertThat(m.find()).as("step '%s' listed for %s", name, who.getUsername()).isTrue();
        return m.group(1);
    }

    @Test
    void theCarrierClosesAPhaseAndTheCommitteeMovesItOn() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal committee = data.memberWithRole(id, ExperimentationRole.COMMITTEE);

        mvc.perform(get("/").with(user(s.carrier()))).andExpect(content().string(containsString("Vous avez 1 étape à faire.")));
        String close = stepId(s.carrier(), "Clore la phase");
        mvc.perform(get("/tasks/{t}", close).with(user(s.carrier()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phase 1 : diagnostic partagé")));
        mvc.perform(post("/tasks/{t}/close-phase", close).with(user(s.carrier())).with(csrf()))
                .andExpect(redirectedUrl("/tasks")).andExpect(flash().attribute("flash", "flash.phaseClosed"));

        String review = stepId(committee, "Relecture du bilan par le comité");
        // asking for changes needs a comment: the form comes back, nothing is decided
        mvc.perform(post("/tasks/{t}/review", review).with(user(committee)).with(csrf()).param("approved", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dites ce qui manque")));
        mvc.perform(post("/tasks/{t}/review", review).with(user(committee)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une décision.")));
        mvc.perform(post("/tasks/{t}/review", review).with(user(committee)).with(csrf())
                        .param("approved", "false").param("comment", "Il manque la parole des personnes concernées."))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(Phase.SHARED_DIAGNOSIS);
        assertThat(reviews.reviewsOf(id)).singleElement().satisfies(r -> {
            assertThat(r.isApproved()).isFalse();
            assertThat(r.getComment()).contains("personnes concernées");
        });

        // back to the carrier, then approved
        mvc.perform(post("/tasks/{t}/close-phase", stepId(s.carrier(), "Clore la phase")).with(user(s.carrier())).with(csrf()))
                .andExpect(redirectedUrl("/tasks"));
        mvc.perform(post("/tasks/{t}/review", stepId(committee, "Relecture du bilan par le comité")).with(user(committee))
                        .with(csrf()).param("approved", "true"))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(Phase.ACTION_LEADS);
        mvc.perform(get("/experimentations/{id}", id).with(user(committee)))
                .andExpect(content().string(containsString("compléments demandés")))
                .andExpect(content().string(containsString("phase approuvée")));
    }

    @Test
    void aStepIsOnlyForThePeopleItIsOfferedTo() throws Exception {
        TestData.Scenario a = data.runningExperimentation();
        TestData.Scenario b = data.runningExperimentation();
        String closeA = stepId(a.carrier(), "Clore la phase");

        // the carrier of B, a participant of A and the committee of A may neither see nor complete A's carrier step
        AccountPrincipal participantA = data.memberOfCollege(a.experimentationId(), College.LIVED_EXPERIENCE);
        AccountPrincipal committeeA = data.memberWithRole(a.experimentationId(), ExperimentationRole.COMMITTEE);
        for (AccountPrincipal intruder : new AccountPrincipal[] {b.carrier(), participantA, committeeA}) {
            mvc.perform(get("/tasks/{t}", closeA).with(user(intruder))).andExpect(status().isForbidden());
            mvc.perform(post("/tasks/{t}/close-phase", closeA).with(user(intruder)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/tasks").with(user(b.carrier())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(closeA))));
        // the step is still open for A's carrier
        assertThat(stepId(a.carrier(), "Clore la phase")).isEqualTo(closeA);
        mvc.perform(get("/tasks/{t}", "no-such-step").with(user(a.carrier()))).andExpect(status().isNotFound());
    }

    @Test
    void aStepCannotBeCompletedWithTheWrongForm() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        String close = stepId(s.carrier(), "Clore la phase");
        mvc.perform(post("/tasks/{t}/review", close).with(user(s.carrier())).with(csrf()).param("approved", "true"))
                .andExpect(status().isConflict());
        assertThat(stepId(s.carrier(), "Clore la phase")).isEqualTo(close);
    }

    @Test
    void someoneWithNothingToDoIsToldSoPlainly() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal participant = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);
        mvc.perform(get("/tasks").with(user(participant)))
                .andExpect(content().string(containsString("Rien à faire pour le moment.")));
        mvc.perform(get("/tasks").with(user(participant)).param("lang", "en"))
                .andExpect(content().string(containsString("Nothing to do for now.")));
    }
}
