package coop.faireavec.twofactor;

import static coop.faireavec.twofactor.TwoFactorTestSupport.actor;
import static coop.faireavec.twofactor.TwoFactorTestSupport.enrol;
import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Recovery codes are copied by hand onto paper and typed back months later: they use no look-alike characters (0 and
 * o, 1 and l, i), and what people type back is accepted with spaces, any dashes and in capitals (newcomer's trial).
 */
@FaireAvecWebTest
class RecoveryCodesTest {

    @Autowired
    TestData data;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    MutableClock clock;

    @Test
    void recoveryCodesHaveNoLookAlikeCharacters() {
        AccountPrincipal me = data.account("lookalike", false);
        List<String> codes = enrol(twoFactor, me, clock).recoveryCodes();
        assertThat(codes)
                .hasSize(10)
                .allMatch(c -> c.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"), "four groups of four")
                .noneMatch(c -> c.matches(".*[0o1li].*"));
    }

    @Test
    void aRecoveryCodeIsAcceptedWithSpacesDashesOrCapitals() {
        AccountPrincipal me = data.account("typedback", false);
        List<String> codes = enrol(twoFactor, me, clock).recoveryCodes();
        List<String> typed = List.of(
                codes.get(0).toUpperCase(Locale.ROOT),
                codes.get(1).replace("-", " "),
                " " + codes.get(2).replace("-", "\u2013") + " ",
                codes.get(3).replace("-", ""),
                codes.get(4).replace("-", "\u00a0"));
        for (String code : typed) {
            assertThat(twoFactor.check(me.getPersonId(), code, actor(me)))
                    .as(code)
                    .isEqualTo(TwoFactorService.Check.RECOVERY_CODE);
        }
        assertThat(twoFactor.check(me.getPersonId(), codes.get(0), actor(me)))
                .as("a code works once")
                .isEqualTo(TwoFactorService.Check.REFUSED);
    }
}
