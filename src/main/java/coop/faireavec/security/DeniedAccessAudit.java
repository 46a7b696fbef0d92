package coop.faireavec.security;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes every refused request (HTTP 403, whoever refused it: the URL rules, the CSRF check, or a service's
 * membership and role check) to the audit (issue #16, point 4): the method and path (never the query string, which
 * may hold a code), who asked when signed in, and from where. Placed in the security chain before the CSRF filter
 * ({@link SecurityConfig}), so that it sees the answers of every later filter and of the controllers. A failure to
 * write is logged and never changes the answer.
 */
class DeniedAccessAudit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DeniedAccessAudit.class);

    private final AuditLog audit;

    DeniedAccessAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (response.getStatus() == HttpStatus.FORBIDDEN.value()) {
                note(request);
            }
        }
    }

    private void note(HttpServletRequest request) {
        try {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            AccountPrincipal me = auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? p : null;
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            audit.record(
                    new AuditLog.Actor(
                            me == null ? null : me.getPersonId(),
                            me == null ? null : me.getDisplayName(),
                            request.getRemoteAddr()),
                    AuditKind.ACCESS_DENIED,
                    "request",
                    null,
                    request.getMethod() + " " + path,
                    null,
                    null);
        } catch (RuntimeException e) {
            log.warn("Could not write a denied access to the audit", e);
        }
    }
}
