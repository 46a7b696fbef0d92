package coop.faireavec.decision;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * The majority gauge of a distribution of grades (Balinski &amp; Laraki, <i>Majority Judgment</i>, MIT Press 2011,
 * ch. 12; "A theory of measuring, electing and ranking", PNAS 104(21), 2007). The majority grade {@code α} is the lower
 * median: the best grade such that the share of grades {@code α} or better is more than one half. With {@code p} the
 * share of grades strictly better than {@code α} and {@code q} the share strictly worse, the gauge is
 * {@code (α, +, p)} when {@code p > q} and {@code (α, -, q)} otherwise. Shares are computed exactly (as fractions)
 * and then rounded, so equal distributions always give equal gauges.
 *
 * <p>Order ({@link #compareTo}, best first): a better majority grade first; with the same grade, plus before minus;
 * both plus, the larger {@code p} first; both minus, the smaller {@code q} first. Equal gauges are an exact tie (same
 * rank).
 *
 * @param majorityGrade the majority grade, never {@link Grade#NO_OPINION}
 * @param plus whether more grades lie above the majority grade than below it
 * @param share {@code p} when plus, else {@code q}, between 0 and 1
 */
public record Gauge(Grade majorityGrade, boolean plus, double share) implements Comparable<Gauge> {

    /**
     * Checks the gauge.
     *
     * @throws IllegalArgumentException when the majority grade is null or "Sans avis", or the share is not in [0, 1]
     */
    public Gauge {
        if (majorityGrade == null || !majorityGrade.isGrade()) {
            throw new IllegalArgumentException("a majority grade is one of the four grades: " + majorityGrade);
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("a share lies between 0 and 1: " + share);
        }
    }

    /**
     * The gauge of a plain (unweighted) distribution, e.g. one college's grades on a lead.
     *
     * @param counts how many voters gave each grade; {@link Grade#NO_OPINION} and missing grades count 0
     * @return the gauge, or null when no grade was given
     * @throws IllegalArgumentException when a count is negative
     */
    public static Gauge of(Map<Grade, Integer> counts) {
        List<Grade> scale = Grade.scale();
        BigInteger[] weights = new BigInteger[scale.size()];
        for (int i = 0; i < weights.length; i++) {
            int count = counts.getOrDefault(scale.get(i), 0);
            if (count < 0) {
                throw new IllegalArgumentException("a count is not negative: " + count);
            }
            weights[i] = BigInteger.valueOf(count);
        }
        return of(weights);
    }

    /**
     * The gauge of an exact weighted distribution.
     *
     * @param weights the weight of each grade of {@link Grade#scale()}, in that order, none negative
     * @return the gauge, or null when all weights are 0
     */
    static Gauge of(BigInteger[] weights) {
        BigInteger total = BigInteger.ZERO;
        for (BigInteger w : weights) {
            total = total.add(w);
        }
        if (total.signum() == 0) {
            return null;
        }
        BigInteger better = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            BigInteger atLeast = better.add(weights[i]);
            if (atLeast.shiftLeft(1).compareTo(total) > 0) {
                BigInteger worse = total.subtract(atLeast);
                boolean plus = better.compareTo(worse) > 0;
                return new Gauge(Grade.scale().get(i), plus, ratio(plus ? better : worse, total));
            }
            better = atLeast;
        }
        throw new IllegalStateException("no majority grade in a non-empty distribution");
    }

    /**
     * An exact fraction rounded to a double; equal fractions give the same double and the rounding keeps order.
     *
     * @param numerator not negative
     * @param denominator positive
     * @return the nearest double
     */
    static double ratio(BigInteger numerator, BigInteger denominator) {
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() == 0) {
            return 0;
        }
        return new BigDecimal(numerator.divide(gcd))
                .divide(new BigDecimal(denominator.divide(gcd)), MathContext.DECIMAL128)
                .doubleValue();
    }

    /**
     * Orders gauges best first.
     *
     * @param other the gauge to compare with
     * @return negative when this gauge ranks before {@code other}, 0 on an exact tie
     */
    @Override
    public int compareTo(Gauge other) {
        int byGrade = Integer.compare(majorityGrade.ordinal(), other.majorityGrade.ordinal());
        if (byGrade != 0) {
            return byGrade;
        }
        if (plus != other.plus) {
            return plus ? -1 : 1;
        }
        return plus ? Double.compare(other.share, share) : Double.compare(share, other.share);
    }
}
