package coop.faireavec.participation;

import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each member of an experimentation is named in what leaves the platform (reports, the committee's pages).
 * Privacy by default: people of the lived-experience college appear as a stable pseudonym ("Personne concernée 3",
 * the number stored once on their membership) unless they consented to be named; the others (practitioners,
 * decision-makers, carriers, committee) are named by their display name. Never an e-mail, phone or address. Callers
 * check access first.
 */
@Service
@Transactional(readOnly = true)
public class ReportNames {

    /** Reports are written in French. */
    public static final Locale REPORT_LOCALE = Locale.FRENCH;

    private final MembershipService memberships;
    private final PeopleService people;
    private final MessageSource messages;

    ReportNames(MembershipService memberships, PeopleService people, MessageSource messages) {
        this.memberships = memberships;
        this.people = people;
        this.messages = messages;
    }

    /**
     * @param experimentationId the experimentation
     * @return person id → the name to print (a display name or a pseudonym such as "Personne concernée 3"), for every
     *     member; the same pseudonym in every report of that experimentation
     */
    public Map<Long, String> namesFor(long experimentationId) {
        return namesFor(experimentationId, REPORT_LOCALE);
    }

    /**
     * The same names for a page in another language: only the pseudonyms' wording changes ("Person with lived
     * experience 3" in English), never their numbers.
     *
     * @param locale the page's language (French when no messages exist for it)
     * @return person id → the name to print, for every member
     */
    public Map<Long, String> namesFor(long experimentationId, Locale locale) {
        List<Membership> members = memberships.membersOf(experimentationId);
        Map<Long, Person> byId =
                people.byIds(members.stream().map(Membership::getPersonId).toList());
        Map<Long, String> names = new HashMap<>();
        for (Membership m : members) {
            if (pseudonymised(m)) {
                names.put(m.getPersonId(), pseudonym(m.getPseudonymNo(), locale));
            } else {
                Person p = byId.get(m.getPersonId());
                if (p != null) {
                    names.put(m.getPersonId(), p.getDisplayName());
                }
            }
        }
        return names;
    }

    /**
     * The pseudonym of that member in reports ("Personne concernée 3"), whether or not they consented to be named
     * (so that the person can be told under which name they appear); empty for members outside the lived-experience
     * college.
     */
    public Optional<String> pseudonymOf(Membership member, Locale locale) {
        if (member.getCollege() != College.LIVED_EXPERIENCE || member.getPseudonymNo() == null) {
            return Optional.empty();
        }
        return Optional.of(pseudonym(member.getPseudonymNo(), locale));
    }

    /**
     * What was pseudonymised, in one plain French sentence for a report's document properties, e.g. "Les 12 membres
     * du collège des personnes concernées apparaissent sous un pseudonyme, sauf 2 qui ont accepté d'être nommés."
     */
    public String pseudonymisationNote(long experimentationId) {
        return pseudonymisationNote(experimentationId, REPORT_LOCALE);
    }

    /** {@link #pseudonymisationNote(long)} in that language. */
    public String pseudonymisationNote(long experimentationId, Locale locale) {
        long lived = 0;
        long named = 0;
        for (Membership m : memberships.membersOf(experimentationId)) {
            if (m.getCollege() == College.LIVED_EXPERIENCE) {
                lived++;
                if (m.isNamedInReports()) {
                    named++;
                }
            }
        }
        String key;
        if (lived == 0) {
            key = "report.pseudonyms.noMember";
        } else if (named == 0) {
            key = lived == 1 ? "report.pseudonyms.one" : "report.pseudonyms.all";
        } else if (named == lived) {
            key = lived == 1 ? "report.pseudonyms.oneNamed" : "report.pseudonyms.allNamed";
        } else {
            key = named == 1 ? "report.pseudonyms.exceptOne" : "report.pseudonyms.except";
        }
        return messages.getMessage(key, new Object[] {String.valueOf(lived), String.valueOf(named)}, locale);
    }

    private static boolean pseudonymised(Membership m) {
        return m.getCollege() == College.LIVED_EXPERIENCE && !m.isNamedInReports();
    }

    /** "Personne concernée N"; without a number (never expected) still a pseudonym, never the name. */
    private String pseudonym(Integer number, Locale locale) {
        if (number == null) {
            return messages.getMessage("report.pseudonymUnnumbered", null, locale);
        }
        return messages.getMessage("report.pseudonym", new Object[] {String.valueOf(number)}, locale);
    }
}
