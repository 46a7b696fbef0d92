package coop.faireavec.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The layout's "English / Français" links: the same page with the same parameters (e.g. the code filled in on
 * {@code /invitation?code=...}), only {@code lang} changed. The template escapes them like any attribute.
 */
@ControllerAdvice
class LanguageLinks {

    /**
     * Takes the current request; returns {@code {"en": "/path?...&lang=en", "fr": "/path?...&lang=fr"}}, paths
     * within the application (the template's {@code @{...}} adds the context path), the query kept as it came
     * (still percent-encoded).
     */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return Map.of(
                "en",
                withLanguage(path, request.getQueryString(), "en"),
                "fr",
                withLanguage(path, request.getQueryString(), "fr"));
    }

    static String withLanguage(String path, String query, String language) {
        return UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
                .query(query)
                .replaceQueryParam(PreferredLanguageInterceptor.PARAM, language)
                .build()
                .toUriString();
    }
}
