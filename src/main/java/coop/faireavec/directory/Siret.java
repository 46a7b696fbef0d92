package coop.faireavec.directory;

/**
 * Checks a SIRET (an establishment's number in the French company register, INSEE's SIRENE): 14 digits whose Luhn
 * key is right, except La Poste's establishments (SIREN 356000000), numbered by their own rule: the sum of the 14
 * digits is a multiple of 5 (INSEE's rule; La Poste's head office, 356 000 000 00048, keeps the Luhn key).
 */
public final class Siret {

    /** La Poste's SIREN, whose establishments do not follow the Luhn key. */
    public static final String LA_POSTE_SIREN = "356000000";

    private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    /** What is wrong with a SIRET as typed. */
    public enum Problem {
        /** Not 14 digits (spaces apart). */
        NOT_14_DIGITS,
        /** 14 digits, but the key is wrong: a digit was mistyped or two were swapped. */
        BAD_KEY
    }

    private Siret() {}

    /** The digits of what was typed, spaces and dots removed; null stays null. */
    public static String clean(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s.\\u00a0]", "");
    }

    /**
     * What is wrong with a SIRET (spaces and dots allowed between the digits), or null when it is valid.
     *
     * @param typed the SIRET as typed; not null
     */
    public static Problem problem(String typed) {
        String siret = clean(typed);
        if (!siret.matches("[0-9]{14}")) {
            return Problem.NOT_14_DIGITS;
        }
        boolean ok = siret.startsWith(LA_POSTE_SIREN) && !siret.equals(LA_POSTE_HEAD_OFFICE)
                ? digitSum(siret) % 5 == 0
                : luhn(siret);
        return ok ? null : Problem.BAD_KEY;
    }

    /** Whether the SIRET is valid (see {@link #problem}); null is not. */
    public static boolean isValid(String typed) {
        return typed != null && problem(typed) == null;
    }

    /** The Luhn check over a string of digits: doubling every second digit from the right, the sum ends in 0. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
