package coop.faireavec.experiment;

import coop.faireavec.actionlead.ActionLeadService;
import org.springframework.stereotype.Component;

/**
 * For templates ({@code @experimentNames}): which experiment a step is about, so that cards and step pages always
 * name it (the lead's title) and link to its page once it is planned.
 */
@Component("experimentNames")
public class ExperimentNames {

    private final ActionLeadService leads;
    private final ExperimentService experiments;

    ExperimentNames(ActionLeadService leads, ExperimentService experiments) {
        this.leads = leads;
        this.experiments = experiments;
    }

    /** The title of the lead a step is about, or null for a step about no lead. */
    public String leadTitle(Long leadId) {
        return leadId == null ? null : leads.get(leadId).getTitle();
    }

    /** The id of the lead's experiment, or null before its plan (or for no lead). */
    public Long experimentId(Long leadId) {
        return leadId == null
                ? null
                : experiments.ofLead(leadId).map(Experiment::getId).orElse(null);
    }
}
