package coop.faireavec.experiment;

import java.math.BigDecimal;

/**
 * An indicator as a plan gives it.
 *
 * @param name what is measured, never blank
 * @param unit in what (people, days, %...), never blank
 * @param baseline the value when the experiment starts
 * @param target the value the team aims at
 * @param direction which way is better
 */
public record IndicatorSpec(String name, String unit, BigDecimal baseline, BigDecimal target, Direction direction) {}
