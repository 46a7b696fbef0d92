package coop.faireavec.ui;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.funding.Funder;
import coop.faireavec.funding.FundingService;
import coop.faireavec.security.Viewer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The names of the organisations an experimentation knows, for their links to the directory (issue #17, point 1):
 * its carrier's organisation, and its funders when the viewer may list them (carriers and administrators). Members
 * have no organisation of their own in the platform (a person is not stored with an employer).
 */
@Component
class KnownOrganisationNames {

    private final FundingService funding;

    KnownOrganisationNames(FundingService funding) {
        this.funding = funding;
    }

    /** The names, the carrier's organisation first, then the funders in the funding's order. */
    List<String> of(Viewer viewer, Experimentation e) {
        List<String> names = new ArrayList<>();
        names.add(e.getCarrierOrganisation());
        // the funders' list is the carriers' (FundingService.funders): a committee member reads funding, not it
        if (funding.mayEdit(viewer, e.getId())) {
            funding.funders(viewer, e.getId()).stream().map(Funder::getName).forEach(names::add);
        }
        return names;
    }
}
