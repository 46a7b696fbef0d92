package coop.faireavec.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a person may copy or type the code of a card (or of its link) gives the same plain code. */
class InvitationCodesTest {

    static final String CODE = "XMXZ35XPM8";

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(
            strings = {
                "XMXZ35XPM8",
                "xmxz35xpm8",
                "XMXZ-35XP-M8",
                "XMXZ 35XP M8",
                "  XMXZ 35XP M8  ",
                "XMXZ\u00A035XP\u00A0M8", // no-break spaces (a word processor, a PDF)
                "XMXZ\u202F35XP\u202FM8", // narrow no-break spaces (French typography)
                "XMXZ\t35XP\tM8",
                "XMXZ\n35XP\r\nM8",
                "XMXZ\u201035XP\u2010M8", // hyphen
                "XMXZ\u201135XP\u2011M8", // non-breaking hyphen
                "XMXZ\u201335XP\u2013M8", // en dash (phones turn -- into it)
                "XMXZ\u201435XP\u2014M8", // em dash
                "XMXZ\u221235XP\u2212M8", // minus sign
                "XMXZ.35XP.M8",
                "XMXZ\u200B35XP\u00ADM8", // zero-width space, soft hyphen
                "\uFF38\uFF2D\uFF38\uFF3A\uFF13\uFF15XPM8", // full-width letters and digits
                "«\u00A0XMXZ-35XP-M8\u00A0»",
                "http://localhost:8080/invitation?code=XMXZ35XPM8",
                "https://faireavec.example.org/invitation?code=XMXZ35XPM8",
                "https://faireavec.example.org/invitation?code=xmxz-35xp-m8&lang=en",
                "faireavec.example.org/invitation?code=XMXZ35XPM8",
                "localhost:8080/invitation?code=XMXZ35XPM8",
                "/invitation?code=XMXZ35XPM8",
                "https://faireavec.example.org/invitation?lang=fr&code=XMXZ%2035XP%20M8",
                " https://faireavec.example.org/invitation?CODE=XMXZ35XPM8#top\n"
            })
    void everyWayOfCopyingTheCodeGivesThePlainCode(String typed) {
        String normalized = InvitationCodes.normalize(typed);
        assertThat(normalized).isEqualTo(CODE);
        assertThat(InvitationCodes.wellFormed(normalized)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(
            strings = {
                "",
                "   ",
                "https://faireavec.example.org/invitation",
                "XMXZ35XP",
                "XMXZ35XPM8X",
                "https://faireavec.example.org/invitation?code="
            })
    void somethingThatIsNotAWholeCodeIsNotWellFormed(String typed) {
        assertThat(InvitationCodes.wellFormed(InvitationCodes.normalize(typed))).isFalse();
    }
}
