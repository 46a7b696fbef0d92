package coop.faireavec.support;

import coop.faireavec.process.StepView;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.task.StepService;
import org.springframework.boot.test.context.TestComponent;

/** Steps of a person, found through the real step service (browser tests open them by id). */
@TestComponent
public class BrowserData {

    private final StepService steps;

    BrowserData(StepService steps) {
        this.steps = steps;
    }

    /** The id of the first open step of that name offered to the person. */
    public String stepId(AccountPrincipal who, String name) {
        return steps.mySteps(who.viewer()).stream().filter(s -> s.name().equals(name)).map(StepView::id).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + name + "' for " + who.getUsername()));
    }

    /** The carrier closes the current phase, so that the committee has a review to do. */
    public void closePhase(AccountPrincipal carrier) {
        steps.closePhase(carrier.viewer(), stepId(carrier, "Clore la phase"));
    }
}
