package coop.faireavec.twofactor;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.UserAccount;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.OneTimeTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in (issue #16, point 2): enrolment with a TOTP secret ({@link TotpCodes}), recovery codes (10,
 * shown once, kept as PasswordEncoder hashes, each used once), the check of a code at sign-in (a code is accepted once
 * only: its 30-second step is taken in the database, so two nodes cannot both accept it), remembered devices,
 * disabling, and an administrator's reset. Every change and every refused sign-in code is in the audit, never the
 * secret or a code.
 */
@Service
@Transactional(readOnly = true)
public class TwoFactorService {

    /** How many recovery codes a person gets at once. */
    public static final int RECOVERY_CODES = 10;

    /** What a code typed at sign-in turned out to be. */
    public enum Check {
        /** A current authenticator code, not used before. */
        CODE,
        /** One of the person's unused recovery codes (now used). */
        RECOVERY_CODE,
        /** Neither (wrong, already used, too old). */
        REFUSED
    }

    /** A waiting enrolment: the secret (shown as text, for typing into an app) and the QR code's address. */
    public record Enrolment(String secret, String otpauthUri) {}

    private final TwoFactorRepository secrets;
    private final RecoveryCodeRepository recoveryCodes;
    private final RememberedDeviceRepository devices;
    private final PeopleService people;
    private final MembershipService memberships;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final TwoFactorProperties settings;
    private final Clock clock;

    TwoFactorService(
            TwoFactorRepository secrets,
            RecoveryCodeRepository recoveryCodes,
            RememberedDeviceRepository devices,
            PeopleService people,
            MembershipService memberships,
            PasswordEncoder encoder,
            AuditLog audit,
            TwoFactorProperties settings,
            Clock clock) {
        this.secrets = secrets;
        this.recoveryCodes = recoveryCodes;
        this.devices = devices;
        this.people = people;
        this.memberships = memberships;
        this.encoder = encoder;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** True once the person confirmed their enrolment (a code is asked at each sign-in). */
    public boolean isOn(long personId) {
        return secrets.findById(personId).map(TwoFactorSecret::isConfirmed).orElse(false);
    }

    /** How many unused recovery codes the person has left (0 to {@link #RECOVERY_CODES}). */
    public int recoveryCodesLeft(long personId) {
        return recoveryCodes.unused(personId).size();
    }

    /**
     * True if this person must use two-factor sign-in: the setting is on and they are a platform administrator or a
     * carrier of some experimentation (issue #16, point 2).
     */
    public boolean required(long personId) {
        if (!settings.requiredForCarriersAndAdmins()) {
            return false;
        }
        boolean admin = people.accountOf(personId).map(UserAccount::isAdmin).orElse(false);
        return admin || memberships.membershipsOf(personId).stream().anyMatch(m -> m.has(ExperimentationRole.CARRIER));
    }

    /**
     * The person's waiting enrolment, started now if there is none: the same secret until it is confirmed.
     *
     * @throws ConflictException ("twoFactor.alreadyOn") if two-factor sign-in is already on
     */
    @Transactional
    public Enrolment enrolment(Viewer me) {
        TwoFactorSecret secret = secrets.findById(me.personId())
                .orElseGet(
                        () -> secrets.save(new TwoFactorSecret(me.personId(), TotpCodes.newSecret(), clock.instant())));
        if (secret.isConfirmed()) {
            throw new ConflictException("twoFactor.alreadyOn");
        }
        return new Enrolment(secret.getSecret(), TotpCodes.otpauthUri(secret.getSecret(), me.username()));
    }

    /**
     * Confirms the waiting enrolment with the first code from the app; two-factor sign-in is then on.
     *
     * @return the 10 new recovery codes, to show once; empty if the code is wrong (or there is no waiting enrolment)
     */
    @Transactional
    public Optional<List<String>> confirm(Viewer me, AuditLog.Actor actor, String code) {
        Optional<TwoFactorSecret> waiting = secrets.findById(me.personId()).filter(s -> !s.isConfirmed());
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong step = TotpCodes.matchingStep(waiting.get().getSecret(), code, now);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        waiting.get().confirm(now, step.getAsLong());
        audit.record(actor, AuditKind.TWO_FACTOR_ENABLED, "person", me.personId(), null);
        return Optional.of(newRecoveryCodes(me.personId()));
    }

    /**
     * Checks what a person typed at sign-in: a current code (taken: the same code is refused afterwards) or one of
     * their unused recovery codes (used up). A refused code and a recovery code used are in the audit.
     */
    @Transactional
    public Check check(long personId, String typed, AuditLog.Actor actor) {
        Check result = checkQuietly(personId, typed);
        if (result == Check.REFUSED) {
            audit.record(actor, AuditKind.TWO_FACTOR_CODE_REFUSED, "person", personId, null);
        } else if (result == Check.RECOVERY_CODE) {
            audit.record(
                    actor,
                    AuditKind.TWO_FACTOR_RECOVERY_CODE_USED,
                    "person",
                    personId,
                    recoveryCodesLeft(personId) + " left");
        }
        return result;
    }

    /**
     * Turns two-factor sign-in off for oneself, given a current code or the account's password: the secret, the
     * recovery codes and the remembered devices are removed.
     *
     * @return false (nothing changed) if the proof is wrong
     */
    @Transactional
    public boolean disable(Viewer me, AuditLog.Actor actor, String proof) {
        if (!isOn(me.personId()) || !proves(me.personId(), proof)) {
            return false;
        }
        removeAll(me.personId());
        audit.record(actor, AuditKind.TWO_FACTOR_DISABLED, "person", me.personId(), null);
        return true;
    }

    /**
     * Replaces one's recovery codes by 10 new ones (the old ones stop working), given a current code or the password.
     *
     * @return the new codes, to show once; empty if the proof is wrong or two-factor sign-in is off
     */
    @Transactional
    public Optional<List<String>> regenerateRecoveryCodes(Viewer me, String proof) {
        if (!isOn(me.personId()) || !proves(me.personId(), proof)) {
            return Optional.empty();
        }
        return Optional.of(newRecoveryCodes(me.personId()));
    }

    /**
     * An administrator turns a person's two-factor sign-in off (lost phone and codes): they enrol again at their next
     * sign-in if it is required of them.
     *
     * @return true if it was on or waiting, false if there was nothing to reset
     * @throws AccessDeniedException if the viewer is not a platform administrator
     */
    @Transactional
    public boolean reset(Viewer admin, AuditLog.Actor actor, long personId) {
        if (!admin.admin()) {
            throw new AccessDeniedException("platform administrators only");
        }
        boolean existed = secrets.existsById(personId);
        removeAll(personId);
        if (existed) {
            audit.record(actor, AuditKind.TWO_FACTOR_RESET, "person", personId, null);
        }
        return existed;
    }

    /**
     * Remembers a device for the person: returns the random token its cookie carries (only its SHA-256 is kept), valid
     * {@link TwoFactorProperties#rememberDays()} days and until the account's password is reset or two-factor sign-in
     * is turned off.
     */
    @Transactional
    public String rememberDevice(long personId) {
        int version = people.signInStateOf(personId)
                .orElseThrow(() -> new IllegalStateException("no account"))
                .sessionVersion();
        String token = OneTimeTokens.generate();
        Instant now = clock.instant();
        devices.save(new RememberedDevice(
                personId,
                OneTimeTokens.hash(token),
                version,
                now,
                now.plus(Duration.ofDays(settings.rememberDaysAtLeastOne()))));
        return token;
    }

    /** True if the token is of a device this person asked to remember, still valid now. */
    public boolean remembered(long personId, String token) {
        if (!OneTimeTokens.wellFormed(token)) {
            return false;
        }
        Optional<Integer> version = people.signInStateOf(personId).map(s -> s.sessionVersion());
        return version.isPresent()
                && devices.findByTokenHash(OneTimeTokens.hash(token))
                        .map(d -> d.validFor(personId, version.get(), clock.instant()))
                        .orElse(false);
    }

    private Check checkQuietly(long personId, String typed) {
        Optional<TwoFactorSecret> secret = secrets.findById(personId).filter(TwoFactorSecret::isConfirmed);
        if (secret.isEmpty()) {
            return Check.REFUSED;
        }
        OptionalLong step = TotpCodes.matchingStep(secret.get().getSecret(), typed, clock.instant());
        if (step.isPresent()) {
            return secrets.takeStep(personId, step.getAsLong()) == 1 ? Check.CODE : Check.REFUSED;
        }
        String recovery = TotpCodes.normalisedRecoveryCode(typed);
        if (recovery != null) {
            for (RecoveryCode candidate : recoveryCodes.unused(personId)) {
                if (encoder.matches(recovery, candidate.getCodeHash())) {
                    return recoveryCodes.use(candidate.getId(), clock.instant()) == 1
                            ? Check.RECOVERY_CODE
                            : Check.REFUSED;
                }
            }
        }
        return Check.REFUSED;
    }

    /** A current code (taken) or the account's password. */
    private boolean proves(long personId, String proof) {
        if (proof == null || proof.isBlank()) {
            return false;
        }
        if (TotpCodes.normalisedCode(proof) != null && checkQuietly(personId, proof) == Check.CODE) {
            return true;
        }
        return people.accountOf(personId)
                .map(a -> encoder.matches(proof, a.getPasswordHash()))
                .orElse(false);
    }

    private List<String> newRecoveryCodes(long personId) {
        recoveryCodes.deleteAllOf(personId);
        List<String> codes = TotpCodes.newRecoveryCodes(RECOVERY_CODES);
        Instant now = clock.instant();
        for (String code : codes) {
            recoveryCodes.save(new RecoveryCode(personId, encoder.encode(TotpCodes.normalisedRecoveryCode(code)), now));
        }
        return codes;
    }

    private void removeAll(long personId) {
        recoveryCodes.deleteAllOf(personId);
        devices.deleteAllOf(personId);
        secrets.findById(personId).ifPresent(secrets::delete);
        secrets.flush();
    }
}
