package coop.faireavec.task.kind;

import coop.faireavec.experiment.ExperimentStepInfo;
import coop.faireavec.experiment.ObservationForm;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * What people observe while an experiment runs, asked by the BPMN's timer when none came in during the cycle: the
 * same form as on the experiment page (a day, a value per indicator, a short narrative). The narrative is also kept
 * as the step's text.
 */
final class ObservationStep extends FormStep<ObservationForm> {

    ObservationStep() {
        super(
                ProcessConstants.FORM_OBSERVATION,
                ObservationForm.class,
                () -> new ObservationForm(null, List.of(), null, null, null, null));
    }

    @Override
    public ObservationForm formFor(StepPage page) {
        ExperimentStepInfo info = page.experiment();
        if (info == null || info.experiment() == null) {
            return emptyForm();
        }
        return ObservationForm.empty(info.experiment().activeIndicators().size(), info.today());
    }

    @Override
    public void validate(ObservationForm form, StepPage page, Errors errors) {
        ExperimentStepInfo info = page.experiment();
        if (info == null || info.experiment() == null) {
            errors.rejectValue("narrative", "form.observation.notPlanned");
            return;
        }
        form.check(info.experiment().activeIndicators(), info.today(), errors);
    }

    @Override
    public Map<String, Object> complete(StepContext step, ObservationForm form) {
        step.recordObservation(form);
        step.store(null, null, blank(form.narrative()) ? null : form.narrative().strip());
        return Map.of();
    }
}
