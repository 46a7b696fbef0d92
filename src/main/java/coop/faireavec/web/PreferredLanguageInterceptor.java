package coop.faireavec.web;

import coop.faireavec.people.Language;
import coop.faireavec.people.PeopleService;
import coop.faireavec.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * When a signed-in person switches language with the "English / Français" link ({@code ?lang=en}, {@code ?lang=fr}),
 * remembers it for them: their e-mails then come in that language, and the pages too when they next sign in. A
 * language Faire-Avec does not speak is ignored.
 */
class PreferredLanguageInterceptor implements HandlerInterceptor {

    static final String PARAM = "lang";

    private final PeopleService people;

    PreferredLanguageInterceptor(PeopleService people) {
        this.people = people;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter(PARAM);
        if (lang != null && request.getUserPrincipal() instanceof Authentication auth
                && auth.getPrincipal() instanceof AccountPrincipal me) {
            Language.fromCode(lang).ifPresent(l -> people.setPreferredLanguage(me.getPersonId(), l.code()));
        }
        return true;
    }
}
