package coop.faireavec.support;

import coop.faireavec.contribution.ReportedPhases;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A {@link ReportedPhases} tests switch by hand ({@link #markReported}), standing for the report module: primary,
 * so that it wins over the real one once both are in the application. Import it with {@link FaireAvecWebTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReportedPhasesForTests {

    /** The phases marked reported, as "experimentationId:PHASE". */
    public static final class Switch implements ReportedPhases {

        private final Set<String> reported = ConcurrentHashMap.newKeySet();

        public void markReported(long experimentationId, String phase) {
            reported.add(experimentationId + ":" + phase);
        }

        @Override
        public boolean reported(long experimentationId, String phase) {
            return reported.contains(experimentationId + ":" + phase);
        }
    }

    @Bean
    @Primary
    Switch reportedPhasesForTests() {
        return new Switch();
    }
}
