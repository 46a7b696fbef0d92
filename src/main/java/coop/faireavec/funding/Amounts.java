package coop.faireavec.funding;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Amounts of money in euros with cents, as {@link BigDecimal} (never floating point): what a person may type and
 * what the database keeps ({@code NUMERIC(12,2)}: up to 9,999,999,999.99).
 */
public final class Amounts {

    /** The largest amount a {@code NUMERIC(12,2)} column keeps. */
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Amounts() {}

    /**
     * Reads an amount as typed in French or English: spaces (also non-breaking) between thousands, a comma or a point
     * before the cents, an optional "€". Refuses a negative amount, more than two decimals, or more than {@link #MAX}.
     *
     * @param typed what was typed, may be null
     * @return the amount with a scale of 2, or empty when it is none of the above (blank included)
     */
    public static Optional<BigDecimal> parse(String typed) {
        return written(typed).filter(amount -> amount.compareTo(MAX) <= 0);
    }

    /**
     * True when what was typed is an amount written as {@link #parse} reads it, but larger than {@link #MAX} (so that
     * a form can say the maximum rather than how to write an amount).
     *
     * @param typed what was typed, may be null
     */
    public static boolean tooLarge(String typed) {
        return written(typed).filter(amount -> amount.compareTo(MAX) > 0).isPresent();
    }

    private static Optional<BigDecimal> written(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.replace("€", "")
                .replace("\u00a0", "")
                .replace("\u202f", "")
                .replace(" ", "")
                .replace(',', '.')
                .strip();
        if (!s.matches("\\d+(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s).setScale(2));
    }

    /**
     * The same rule for amounts that did not come through a form (the demo, other services).
     *
     * @param field the field's name, said in the exception
     * @return the amount with a scale of 2
     * @throws IllegalArgumentException when null, negative, with more than two decimals or above {@link #MAX}
     */
    public static BigDecimal require(BigDecimal amount, String field) {
        if (amount == null
                || amount.signum() < 0
                || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(field + ": an amount in euros, not negative, two decimals at most");
        }
        return amount.setScale(2);
    }

    /** Null stays null; anything else as {@link #require}. */
    static BigDecimal optional(BigDecimal amount, String field) {
        return amount == null ? null : require(amount, field);
    }
}
