package coop.faireavec.task;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.process.StepView;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who a step is offered to ({@link StepService#offeredTo}), table-driven over the candidate groups the BPMN files
 * give: a college's own step (peer sessions, collective validations, votes, evaluations: its college's group beside
 * the carriers') is offered to that college's members only; any other step to its groups and to whoever holds it.
 */
class CollegeStepOfferTest {

    private static StepView step(String taskKey, String groups) {
        return new StepView(
                "t1",
                taskKey,
                taskKey,
                "form",
                "phase",
                42,
                Set.of(groups.split(" ")),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @ParameterizedTest(name = "{0} offered to [{2}] holding={3}: {4}")
    @CsvSource({
        // a college's own steps: the carriers see them, only the college's members have them to do
        "PeerSessions, exp-42-LIVED_EXPERIENCE exp-42-carrier, exp-42-carrier, false, false",
        "PeerSessions, exp-42-LIVED_EXPERIENCE exp-42-carrier, exp-42-carrier, true, false",
        "PeerSessions, exp-42-LIVED_EXPERIENCE exp-42-carrier, exp-42-LIVED_EXPERIENCE exp-42-participant, false, true",
        "PeerSessions, exp-42-LIVED_EXPERIENCE exp-42-carrier, exp-42-PRACTITIONERS exp-42-participant, false, false",
        "CollegeEvaluations, exp-42-DECISION_MAKERS exp-42-carrier, exp-42-carrier exp-42-committee, false, false",
        "CollegeEvaluations, exp-42-DECISION_MAKERS exp-42-carrier, exp-42-DECISION_MAKERS exp-42-carrier, false, true",
        "PrioritisationVote, exp-42-PRACTITIONERS exp-42-carrier, exp-42-carrier, false, false",
        "CollectiveValidation, exp-42-PRACTITIONERS exp-42-carrier, exp-42-PRACTITIONERS, false, true",
        // a college of another experimentation is not this one's
        "PeerSessions, exp-42-LIVED_EXPERIENCE exp-42-carrier, exp-7-LIVED_EXPERIENCE, false, false",
        // other steps: their groups, and whoever holds them
        "DraftSynthesis, exp-42-carrier, exp-42-carrier, false, true",
        "PlanExperiment, exp-42-participant exp-42-carrier, exp-42-carrier, false, true",
        "PlanExperiment, exp-42-participant exp-42-carrier, exp-42-committee, false, false",
        "PlanExperiment, exp-42-participant exp-42-carrier, exp-42-committee, true, true",
    })
    void aCollegesOwnStepIsOfferedToItsMembersOnly(
            String taskKey, String stepGroups, String personGroups, boolean holds, boolean offered) {
        assertThat(StepService.offeredTo(step(taskKey, stepGroups), Set.of(personGroups.split(" ")), holds))
                .isEqualTo(offered);
    }
}
