package coop.faireavec.security;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.PeopleService.PasswordChange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changes their own password (issue #16, point 3; ASVS 6.2.3): the current password is asked again, the new
 * one goes through {@link coop.faireavec.people.PasswordPolicy}; the change raises the account's session version,
 * which ends every live session of the account on every node ({@link SessionVersionFilter}); the caller then signs
 * the person in again in the session they used ({@link SessionSignIn}), so that only the other sessions end. The
 * change is written to the audit, never the passwords.
 */
@Service
public class OwnPassword {

    private final PeopleService people;
    private final AuditLog audit;

    OwnPassword(PeopleService people, AuditLog audit) {
        this.people = people;
        this.audit = audit;
    }

    /**
     * Changes the signed-in person's password.
     *
     * @param me          the person signed in
     * @param current     what they typed as their current password
     * @param newPassword the new password (the caller checked that it was typed twice the same)
     * @return done, or the field ("current" or "password") and the message key of what is wrong; nothing changed
     * @throws coop.faireavec.shared.NotFoundException if the person has no account any more
     */
    @Transactional
    public PasswordChange change(AccountPrincipal me, String current, String newPassword) {
        PasswordChange outcome = people.changeOwnPassword(me.getPersonId(), current, newPassword);
        if (outcome.done()) {
            audit.record(audit.actor(me.getPersonId()), AuditKind.PASSWORD_CHANGED, "person", me.getPersonId(), null);
        }
        return outcome;
    }
}
