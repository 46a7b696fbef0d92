package coop.faireavec.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file (or a whole form) over Spring's multipart limits ({@code spring.servlet.multipart.*}, issue #16 point 5): the
 * body is not read and nothing is saved; the 413 page, in the layout, says the largest size accepted. Smaller files go
 * through {@code shared.UploadGuard}, whose refusals are shown in the form itself next to the file field.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private final MultipartProperties multipart;

    UploadLimitAdvice(MultipartProperties multipart) {
        this.multipart = multipart;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String uploadTooLarge(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        model.addAttribute("maxKilobytes", multipart.getMaxFileSize().toKilobytes());
        return "error/413";
    }
}
