package coop.faireavec.actionlead;

import java.util.List;
import org.springframework.stereotype.Component;

/** Read by phase-3-experimenting.bpmn: one experiment per selected lead ({@code ${actionLeads.selectedIds(...)}}). */
@Component("actionLeads")
public class SelectedLeads {

    private final ActionLeadService leads;

    SelectedLeads(ActionLeadService leads) {
        this.leads = leads;
    }

    public List<Long> selectedIds(long experimentationId) {
        return leads.selectedIds(experimentationId);
    }
}
