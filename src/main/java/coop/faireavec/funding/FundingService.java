package coop.faireavec.funding;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The experimentation's funders, grant applications, budget and spending. Callers check access first. */
@Service
@Transactional(readOnly = true)
public class FundingService {

    /**
     * @return the funding statement in the compte-rendu-financier layout, empty when nothing was recorded
     */
    public Optional<FundingStatement> statement(long experimentationId) {
        // Contract placeholder: the funding work replaces this body.
        return Optional.empty();
    }
}
