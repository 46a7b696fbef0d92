package coop.faireavec.web;

import coop.faireavec.security.ExpiredFormHandler;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's error endpoint ({@code /error}), which renders our error pages, except that someone who opens
 * {@code /error} themselves (no error being shown) gets the 404 page, not a 500: no request a person can make
 * answers 500. A form sent with an expired CSRF token ({@link ExpiredFormHandler}) gets the page "this page has
 * expired" with a link back to the page it came from, instead of "access denied".
 */
@Controller
class ErrorPageController extends BasicErrorController {

    ErrorPageController(ErrorAttributes errorAttributes, ServerProperties server, List<ErrorViewResolver> resolvers) {
        super(errorAttributes, server.getError(), resolvers);
    }

    /** The error page; "this page has expired" (403, {@code error/expired}) for a form with an expired token. */
    @Override
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (Boolean.TRUE.equals(request.getAttribute(ExpiredFormHandler.FORM_EXPIRED))) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            String back = ErrorAdvice.localPath(request.getHeader(HttpHeaders.REFERER), request);
            return new ModelAndView(
                    "error/expired", Map.of("backPath", back == null ? "/" : back), HttpStatus.FORBIDDEN);
        }
        return super.errorHtml(request, response);
    }

    /** The status of the error being shown; 404 when there is none (the address was opened directly). */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
    }
}
