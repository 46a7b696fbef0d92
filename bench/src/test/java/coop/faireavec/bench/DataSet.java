package coop.faireavec.bench;

import java.util.List;

/**
 * What the data generator made, for the measurements to use.
 *
 * @param experimentations how many experimentations
 * @param people how many people
 * @param contributions how many contributions
 * @param largestExperimentationId id of the experimentation with the most contributions (the phase report figure)
 * @param largestPhase the phase (1..4) holding most of its contributions
 * @param usernames sign-in names of generated members of mixed colleges with open steps (for load tests)
 * @param password their common password
 */
public record DataSet(
        int experimentations,
        int people,
        int contributions,
        long largestExperimentationId,
        int largestPhase,
        List<String> usernames,
        String password) {}
