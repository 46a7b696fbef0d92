package coop.faireavec.security;

import coop.faireavec.people.Language;
import coop.faireavec.people.PeopleService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * At sign-in, the pages take the language the person chose (kept with them, the same as their e-mails'). Someone who
 * never chose but signs in in English (they picked it on the sign-in page) keeps English, for e-mails too. A problem
 * here never stops the sign-in: the pages simply stay in the language they were in.
 */
@Component
class SignInLanguage {

    private static final Logger log = LoggerFactory.getLogger(SignInLanguage.class);

    private final PeopleService people;
    private final LocaleResolver locales;

    SignInLanguage(PeopleService people, LocaleResolver locales) {
        this.people = people;
        this.locales = locales;
    }

    void apply(long personId, HttpServletRequest request, HttpServletResponse response) {
        try {
            Optional<Language> chosen = Language.fromCode(people.get(personId).getPreferredLanguage());
            if (chosen.isPresent()) {
                locales.setLocale(request, response, chosen.get().locale());
            } else {
                Language.fromCode(locales.resolveLocale(request).getLanguage())
                        .filter(language -> language != Language.DEFAULT)
                        .ifPresent(language -> people.setPreferredLanguage(personId, language.code()));
            }
        } catch (RuntimeException e) {
            log.warn("could not apply the language of person {} at sign-in: {}", personId, e.getMessage());
        }
    }
}
