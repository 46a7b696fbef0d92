package coop.faireavec.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;

/**
 * Fuzz tests of the invitation-code parser (issue #16, point 6): whatever a person types or pastes, normalising never
 * throws and is idempotent, and a real code comes back from every way a card may be typed. In the normal suite they
 * replay the inputs under {@code src/test/resources/coop/faireavec/invitation/InvitationCodesFuzzTestInputs/}; a long
 * run is {@code JAZZER_FUZZ=1 ./mvnw test -Dtest='InvitationCodesFuzzTest#anyText'} (docs/security.md).
 */
class InvitationCodesFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void anyText(FuzzedDataProvider data) {
        String typed = data.consumeRemainingAsString();

        String normalized = InvitationCodes.normalize(typed);

        assertThat(InvitationCodes.normalize(normalized)).isEqualTo(normalized);
        if (InvitationCodes.wellFormed(normalized)) {
            assertThat(InvitationCodes.normalize(InvitationCodes.grouped(normalized)))
                    .isEqualTo(normalized);
        }
        InvitationCodes.grouped(normalized);
    }

    @FuzzTest(maxDuration = "3m")
    void aRealCodeTypedAnyWay(FuzzedDataProvider data) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < InvitationCodes.LENGTH; i++) {
            code.append(InvitationCodes.ALPHABET.charAt(data.consumeInt(0, InvitationCodes.ALPHABET.length() - 1)));
        }
        String plain = code.toString();
        String separator =
                data.pickValue(new String[] {" ", "-", "\u00a0", "\u202f", "\u2011", "\u2013", "\t", ".", ""});
        String grouped = InvitationCodes.grouped(plain).replace("-", separator);
        String typed = switch (data.consumeInt(0, 3)) {
            case 0 -> grouped.toLowerCase(Locale.ROOT);
            case 1 -> "  " + grouped + "\n";
            case 2 ->
                "https://faireavec.example/invitation?code=" + InvitationCodes.grouped(plain) + "&x="
                        + data.consumeRemainingAsString();
            default -> "faireavec.example/invitation?lang=en&code=" + plain.toLowerCase(Locale.ROOT);
        };

        assertThat(InvitationCodes.normalize(typed)).isEqualTo(plain);
        assertThat(InvitationCodes.wellFormed(InvitationCodes.normalize(typed))).isTrue();
    }
}
