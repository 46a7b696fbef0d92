package coop.faireavec.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * A step after the password that may hold or divert a sign-in (issue #16, point 2: two-factor sign-in, implemented
 * by the {@code twofactor} feature). Asked by the sign-in form ({@link SignInSuccessHandler}) and by
 * {@link SessionSignIn#signIn}, so that every way in goes through it.
 */
public interface SignInGate {

    /**
     * Where a sign-in goes after a correct password.
     *
     * @param path     the address to send the person to (context-relative, starting with {@code /})
     * @param signedIn true: the session is signed in and then sent there; false: the session is NOT signed in (it
     *                 waits for the second step, which signs it in with {@link SessionSignIn#signInAfterSecondStep})
     */
    record Detour(String path, boolean signedIn) {}

    /**
     * Called once a person proved their password (or an invitation code), before the session is signed in.
     *
     * @return empty to sign in and go on as usual, or the detour to take
     */
    Optional<Detour> afterPassword(AccountPrincipal me, HttpServletRequest request, HttpServletResponse response);

    /** The address of a sign-in of this session that waits for its second step, if any (the sign-in page sends there). */
    Optional<String> waitingStep(HttpServletRequest request);
}
