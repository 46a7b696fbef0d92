package coop.faireavec.admin.web;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;

/** Who acts in the administration, for the audit: the signed-in administrator and their client address. */
final class AdminActor {

    private AdminActor() {}

    static AuditLog.Actor of(AccountPrincipal me, HttpServletRequest request) {
        return new AuditLog.Actor(me.getPersonId(), me.getDisplayName(), request.getRemoteAddr());
    }
}
