package coop.faireavec.twofactor.web;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.SignInGate;
import coop.faireavec.twofactor.TwoFactorService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Two-factor sign-in's place in the sign-in (issue #16, point 2). After a correct password: a person with two-factor
 * sign-in on, on a device they did not ask to remember, is NOT signed in yet: a {@link PendingSignIn} waits in the
 * session for the code on {@code /login/two-factor}; a person who must use it and has not enrolled is signed in but
 * held on the enrolment page ({@link EnrolmentRequired}).
 */
@Component
class TwoFactorGate implements SignInGate {

    static final String CODE_PAGE = "/login/two-factor";

    private final TwoFactorService twoFactor;
    private final Clock clock;

    TwoFactorGate(TwoFactorService twoFactor, Clock clock) {
        this.twoFactor = twoFactor;
        this.clock = clock;
    }

    @Override
    public Optional<Detour> afterPassword(
            AccountPrincipal me, HttpServletRequest request, HttpServletResponse response) {
        PendingSignIn.clear(request);
        long personId = me.getPersonId();
        if (twoFactor.isOn(personId)) {
            boolean remembered = RememberedDeviceCookie.read(request)
                    .map(token -> twoFactor.remembered(personId, token))
                    .orElse(false);
            if (remembered) {
                return Optional.empty();
            }
            new PendingSignIn(
                            personId,
                            me.getUsername(),
                            me.getDisplayName(),
                            clock.instant().plus(Duration.ofMinutes(PendingSignIn.MINUTES)),
                            0)
                    .store(request);
            return Optional.of(new Detour(CODE_PAGE, false));
        }
        if (twoFactor.required(personId)) {
            request.getSession(true).setAttribute(EnrolmentRequired.ATTRIBUTE, Boolean.TRUE);
            return Optional.of(new Detour(EnrolmentRequired.PAGE, true));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> waitingStep(HttpServletRequest request) {
        return PendingSignIn.of(request, clock.instant()).map(p -> CODE_PAGE);
    }
}
