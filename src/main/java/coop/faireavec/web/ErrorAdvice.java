package coop.faireavec.web;

import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
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
     * A double submit or two people changing the same thing at once: a unique constraint (the same username, the
     * same member twice) or a row someone else changed meanwhile. Nothing of this request was saved; plain words say
     * it may already be done, instead of a 500.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class})
    String alreadyDone(RuntimeException e, Model model, HttpServletResponse response) {
        log.warn("refused as a double submit or a concurrent change: {}", e.getMessage());
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("reasonKey", "conflict.alreadyDoneOrChanged");
        return "error/409";
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
