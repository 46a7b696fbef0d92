package coop.faireavec.task.kind;

/** A step whose form is the list of leads to keep, shown with the leads of the experimentation. */
abstract class LeadsStep extends FormStep<LeadsForm> {

    LeadsStep(String formKey) {
        super(formKey, LeadsForm.class, () -> new LeadsForm(null, null));
    }

    @Override
    public boolean showsLeads() {
        return true;
    }
}
