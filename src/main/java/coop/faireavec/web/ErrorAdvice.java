package coop.faireavec.web;

import coop.faireavec.shared.AlreadyDoneException;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Renders our own exceptions with the error pages of the layout, with a plain-words explanation. */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("reasonKey", e.getMessageKey());
        return "error/409";
    }

    /**
     * Someone else did it first (or the first of two clicks went through): the 409 page says who and when, and links
     * to the current state. The request's own transaction is already rolled back.
     */
    @ExceptionHandler(AlreadyDoneException.class)
    String alreadyDoneBy(AlreadyDoneException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("reasonKey", e.getDoneAt() == null ? "conflict.alreadyDoneOrChanged" : e.getMessageKey());
        model.addAttribute("doneBy", e.getDoneBy());
        model.addAttribute("doneAt", e.getDoneAt());
        model.addAttribute("currentStatePath", e.getCurrentStatePath());
        return "error/409";
    }

    /**
     * A double submit or two people changing the same thing at once: a unique constraint (the same username, the
     * same member twice) or another concurrency failure (a lock not obtained, a deadlock). Nothing of this request
     * was saved; plain words say it may already be done, instead of a 500. Optimistic-lock failures are more
     * specific and go to {@link #concurrentChange}.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class})
    String alreadyDone(RuntimeException e, Model model, HttpServletResponse response) {
        log.warn("refused as a double submit or a concurrent change: {}", e.getMessage());
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("reasonKey", "conflict.alreadyDoneOrChanged");
        return "error/409";
    }

    /**
     * Two people changed the same thing at the same time (a {@code @Version} check failed, in JPA or in a service
     * comparing the version a form was shown): nothing of the second change is saved; the 409 page says so and links
     * to the page the form was on, which shows the current version.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockException.class})
    String concurrentChange(HttpServletRequest request, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("reasonKey", "conflict.concurrentChange");
        model.addAttribute("currentVersionPath", localPath(request.getHeader(HttpHeaders.REFERER), request));
        return "error/409";
    }

    /** The path of {@code referer} when it is a page of this site, else null (never a link elsewhere). */
    static String localPath(String referer, HttpServletRequest request) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            boolean sameSite = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            String path = uri.getRawPath();
            if (!sameSite || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            String contextPath = request.getContextPath();
            String inApp = path.startsWith(contextPath) ? path.substring(contextPath.length()) : path;
            return uri.getRawQuery() == null ? inApp : inApp + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Membership and role refusals from our services: the 403 page, in the layout, for a signed-in user. */
    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "error/403";
    }

    /** A request a form should have prevented (tampered or stale): nothing is changed, plain words say so. */
    @ExceptionHandler(IllegalArgumentException.class)
    String badRequest(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "error/4xx";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error/404";
    }
}
