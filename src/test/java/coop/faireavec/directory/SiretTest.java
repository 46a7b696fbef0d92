package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The SIRET check: 14 digits and the Luhn key, La Poste's establishments by their own rule (sum of digits). */
class SiretTest {

    @Property
    void thirteenDigitsAndTheirLuhnKeyMakeAValidSiret(@ForAll("thirteenDigits") String start) {
        String siret = start + luhnKey(start);
        assertThat(Siret.problem(siret)).isNull();
        assertThat(Siret.isValid(siret.substring(0, 3) + " " + siret.substring(3, 9) + " " + siret.substring(9)))
                .as("spaces between the digits are fine")
                .isTrue();
    }

    @Property
    void oneMistypedDigitIsRefused(
            @ForAll("thirteenDigits") String start,
            @ForAll @IntRange(max = 13) int at,
            @ForAll @IntRange(min = 1, max = 9) int by) {
        String siret = start + luhnKey(start);
        char changed = (char) ('0' + (siret.charAt(at) - '0' + by) % 10);
        String typo = siret.substring(0, at) + changed + siret.substring(at + 1);
        assertThat(Siret.problem(typo)).isEqualTo(Siret.Problem.BAD_KEY);
    }

    @Property
    void anythingButFourteenDigitsIsNotASiret(@ForAll("notFourteenDigits") String typed) {
        assertThat(Siret.problem(typed)).isEqualTo(Siret.Problem.NOT_14_DIGITS);
    }

    @Example
    void laPostesEstablishmentsFollowTheSumOfTheirDigits() {
        // La Poste (SIREN 356 000 000): an establishment whose digits add up to a multiple of 5, Luhn key or not
        assertThat(Siret.isValid("35600000049837")).isTrue();
        assertThat(Siret.isValid("35600000000001")).isTrue();
        // a Luhn-valid number under La Poste's SIREN whose digits do not add up to a multiple of 5 is refused
        assertThat(Siret.problem("35600000000014")).isEqualTo(Siret.Problem.BAD_KEY);
        // La Poste's head office keeps the Luhn key
        assertThat(Siret.isValid("35600000000048")).isTrue();
    }

    @Example
    void anOrdinaryEstablishmentNeedsItsLuhnKey() {
        assertThat(Siret.isValid("73282932000074")).isTrue();
        assertThat(Siret.problem("73282932000075")).isEqualTo(Siret.Problem.BAD_KEY);
        assertThat(Siret.problem("7328293200007")).isEqualTo(Siret.Problem.NOT_14_DIGITS);
        assertThat(Siret.isValid(null)).isFalse();
    }

    @Provide
    Arbitrary<String> thirteenDigits() {
        return Arbitraries.strings().numeric().ofLength(13).filter(s -> !s.startsWith(Siret.LA_POSTE_SIREN));
    }

    @Provide
    Arbitrary<String> notFourteenDigits() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(13),
                Arbitraries.strings().numeric().ofMinLength(15).ofMaxLength(20),
                Arbitraries.strings().numeric().ofLength(13).map(s -> s + "A"));
    }

    /** The digit that completes {@code digits} with a right Luhn key. */
    private static int luhnKey(String digits) {
        for (int key = 0; key < 10; key++) {
            if (Siret.luhn(digits + key)) {
                return key;
            }
        }
        throw new IllegalStateException("no Luhn key for " + digits);
    }
}
