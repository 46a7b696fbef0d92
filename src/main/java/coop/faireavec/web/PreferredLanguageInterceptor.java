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
 * language Faire-Avec does not speak is ignored. The choice is saved only when the link was followed from Faire-Avec's
 * own pages: a link or image on another site (a request the browser marks {@code Sec-Fetch-Site: cross-site}) may
 * change the page's language, not the person's e-mails.
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
        if (lang != null
                && !"cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))
                && request.getUserPrincipal() instanceof Authentication auth
                && auth.getPrincipal() instanceof AccountPrincipal me) {
            Language.fromCode(lang).ifPresent(l -> people.setPreferredLanguage(me.getPersonId(), l.code()));
        }
        return true;
    }
}
