package coop.faireavec.experimentation;

import java.util.List;
import org.springframework.stereotype.Component;

/** Read by the BPMN files: the colleges a "one per college" step runs over ({@code ${colleges.of(experimentationId)}}). */
@Component("colleges")
public class ExperimentationColleges {

    private final ExperimentationService experimentations;

    ExperimentationColleges(ExperimentationService experimentations) {
        this.experimentations = experimentations;
    }

    public List<String> of(long experimentationId) {
        return experimentations.collegesOf(experimentationId);
    }
}
