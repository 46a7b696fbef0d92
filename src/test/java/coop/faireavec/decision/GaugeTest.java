package coop.faireavec.decision;

import static coop.faireavec.decision.Grade.ESSENTIAL;
import static coop.faireavec.decision.Grade.IMPORTANT;
import static coop.faireavec.decision.Grade.NOT_PRIORITY;
import static coop.faireavec.decision.Grade.USEFUL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Majority grades and majority gauges (Balinski &amp; Laraki, "A theory of measuring, electing and ranking", PNAS
 * 104(21), 2007; <i>Majority Judgment</i>, MIT Press 2011). Counts are given best first: Essentiel, Important, Utile,
 * Pas prioritaire.
 */
class GaugeTest {

    static Map<Grade, Integer> counts(int essential, int important, int useful, int notPriority) {
        return Map.of(ESSENTIAL, essential, IMPORTANT, important, USEFUL, useful, NOT_PRIORITY, notPriority);
    }

    /**
     * The majority grade is the lower median; p (strictly better) against q (strictly worse) gives the sign.
     *
     * <p>The last two rows are the Orsay 2007 experiment (Balinski &amp; Laraki, "Election by majority judgement:
     * experimental evidence", Cahier 2007-28, Ecole polytechnique, hal-00243076; also in <i>Majority Judgment</i>,
     * 2011), in tenths of a percent, a missing grade counted as "to reject" as the authors do. The six-grade scale
     * (Très bien, Bien, Assez bien, Passable, Insuffisant, À rejeter) is folded onto ours by merging the grades
     * strictly above and strictly below the majority grade, which keeps the majority grade, p and q (checked by hand):
     * Bayrou 13.6 + 30.7 | 25.1 | 14.8 + 8.4 + 4.5 + 2.9 is "Assez bien+" with p = 44.3 % (the published "Good+");
     * Sarkozy 19.1 + 19.8 | 14.3 | 11.5 + 7.1 + 26.5 + 1.7 is "Assez bien-" with q = 46.8 %, so Bayrou ranks
     * first. (Both rows sum to 100 %.)
     */
    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4} {5} {6}")
    @CsvSource({
        // one voter: its grade, nobody above or below
        "0, 1, 0, 0, IMPORTANT, false, 0.0",
        // odd count: the middle grade
        "1, 1, 1, 0, IMPORTANT, false, 0.3333333333333333",
        // even count: the lower of the two middle grades (half "Essentiel" is not a majority)
        "1, 0, 0, 1, NOT_PRIORITY, true, 0.5",
        "2, 1, 1, 0, IMPORTANT, true, 0.5",
        "1, 1, 1, 1, USEFUL, true, 0.5",
        // p == q is a minus, with q
        "1, 2, 1, 0, IMPORTANT, false, 0.25",
        // everyone agrees: minus with q = 0 (the best a minus can be)
        "0, 0, 5, 0, USEFUL, false, 0.0",
        // Orsay 2007, folded as explained above
        "443, 251, 306, 0, IMPORTANT, true, 0.443",
        "389, 143, 468, 0, IMPORTANT, false, 0.468"
    })
    void majorityGauge(int e, int i, int u, int n, Grade grade, boolean plus, double share) {
        assertThat(Gauge.of(counts(e, i, u, n))).isEqualTo(new Gauge(grade, plus, share));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} before {4} {5} {6} {7}")
    @CsvSource({
        // a better majority grade wins whatever the rest
        "0, 3, 0, 2, 2, 0, 3, 0",
        // same majority grade: plus before minus
        "2, 1, 1, 0, 1, 2, 1, 0",
        // both plus: the larger p first
        "3, 2, 1, 0, 2, 2, 1, 0",
        // both minus: the smaller q first
        "1, 3, 1, 0, 1, 2, 2, 0",
        // Orsay 2007: Bayrou (Assez bien+) before Sarkozy (Assez bien-)
        "443, 251, 306, 0, 389, 143, 468, 0"
    })
    void ordersBestFirst(int e1, int i1, int u1, int n1, int e2, int i2, int u2, int n2) {
        Gauge first = Gauge.of(counts(e1, i1, u1, n1));
        Gauge second = Gauge.of(counts(e2, i2, u2, n2));
        assertThat(first.compareTo(second)).isNegative();
        assertThat(second.compareTo(first)).isPositive();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} ties {4} {5} {6} {7}")
    @CsvSource({
        // the same shares from different numbers of voters are an exact tie
        "1, 1, 1, 0, 10, 10, 10, 0",
        "1, 2, 0, 0, 3, 6, 0, 0",
        // same grade, both minus, same q, different p: still a tie under the majority gauge
        "1, 2, 1, 0, 0, 3, 1, 0"
    })
    void exactTies(int e1, int i1, int u1, int n1, int e2, int i2, int u2, int n2) {
        assertThat(Gauge.of(counts(e1, i1, u1, n1)).compareTo(Gauge.of(counts(e2, i2, u2, n2))))
                .isZero();
    }

    @org.junit.jupiter.api.Test
    void noGradeNoGauge() {
        assertThat(Gauge.of(counts(0, 0, 0, 0))).isNull();
        assertThat(Gauge.of(Map.of(Grade.NO_OPINION, 4))).isNull();
    }
}
