package coop.faireavec.admin.web;

import coop.faireavec.admin.AuditReading;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.people.Person;
import coop.faireavec.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit for platform administrators (issue #16, point 4): {@code /admin/audit} with filters (person, experimentation,
 * kind, days in Europe/Paris), 50 events a page, and {@code /admin/audit/export}, the filtered events as
 * {@code .xlsx}. Both are GET (reading only); there is no endpoint to change or remove an event.
 */
@Controller
class AdminAuditController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String PAGE = "admin/audit";

    private final AuditReading reading;

    AdminAuditController(AuditReading reading) {
        this.reading = reading;
    }

    @GetMapping("/admin/audit")
    String audit(
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("filter") AuditFilterForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        Optional<AuditLog.Filter> filter = parse(me, form, errors);
        model.addAttribute("experimentations", reading.experimentations(me.viewer()));
        model.addAttribute("kinds", AuditKind.values());
        if (filter.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return PAGE;
        }
        int page = pageOf(form);
        model.addAttribute("events", reading.page(me.viewer(), filter.get(), page - 1));
        return PAGE;
    }

    @GetMapping("/admin/audit/export")
    Object export(
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("filter") AuditFilterForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Optional<AuditLog.Filter> filter = parse(me, form, errors);
        if (filter.isEmpty()) {
            model.addAttribute("experimentations", reading.experimentations(me.viewer()));
            model.addAttribute("kinds", AuditKind.values());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return PAGE;
        }
        byte[] bytes = reading.export(me.viewer(), filter.get(), locale);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("journal-faire-avec.xlsx")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    /** The filter, or empty with a message on each wrong field. */
    private Optional<AuditLog.Filter> parse(AccountPrincipal me, AuditFilterForm form, BindingResult errors) {
        Long personId = null;
        if (present(form.person())) {
            Optional<Person> person = reading.personTyped(me.viewer(), form.person());
            if (person.isEmpty()) {
                errors.rejectValue("person", "admin.audit.filter.personUnknown");
            } else {
                personId = person.get().getId();
            }
        }
        Long experimentationId = null;
        if (present(form.experimentation())) {
            try {
                experimentationId = Long.parseLong(form.experimentation().strip());
            } catch (NumberFormatException e) {
                errors.rejectValue("experimentation", "admin.audit.filter.experimentationWrong");
            }
        }
        AuditKind kind = null;
        if (present(form.kind())) {
            try {
                kind = AuditKind.valueOf(form.kind().strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("kind", "admin.audit.filter.kindWrong");
            }
        }
        LocalDate from = day(form.from(), "from", errors);
        LocalDate to = day(form.to(), "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("to", "admin.audit.filter.toBeforeFrom");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new AuditLog.Filter(personId, experimentationId, kind, from, to));
    }

    private static LocalDate day(String typed, String field, BindingResult errors) {
        if (!present(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "admin.audit.filter.dayWrong." + field);
            return null;
        }
    }

    private static int pageOf(AuditFilterForm form) {
        if (!present(form.page())) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(form.page().strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
