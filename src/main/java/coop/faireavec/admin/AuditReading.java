package coop.faireavec.admin;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.audit.AuditWorkbook;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.people.UserAccount;
import coop.faireavec.security.Viewer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' reading of the audit (issue #16, point 4): filtered pages and the export of the filtered
 * events as a workbook. Platform administrators only; nobody can change or remove an event (there is no such
 * method anywhere: the audit is append-only, only the retention job deletes old events).
 */
@Service
@Transactional(readOnly = true)
public class AuditReading {

    /** Events a page on the administrators' page. */
    public static final int PAGE_SIZE = 50;
    /** The most events one export holds (about 3 MB of workbook). */
    public static final int EXPORT_LIMIT = 50_000;

    private final AuditLog audit;
    private final AuditWorkbook workbook;
    private final PeopleService people;
    private final ExperimentationService experimentations;

    AuditReading(
            AuditLog audit, AuditWorkbook workbook, PeopleService people, ExperimentationService experimentations) {
        this.audit = audit;
        this.workbook = workbook;
        this.people = people;
        this.experimentations = experimentations;
    }

    /**
     * One page of the events matching the filter, newest first.
     *
     * @param page from 0
     * @throws AccessDeniedException (403) for anyone but a platform administrator
     */
    public AuditLog.EventPage page(Viewer viewer, AuditLog.Filter filter, int page) {
        requireAdmin(viewer);
        return audit.search(filter, page, PAGE_SIZE);
    }

    /**
     * The events matching the filter (at most {@link #EXPORT_LIMIT}, newest first) as {@code .xlsx} bytes whose
     * cells are all text.
     *
     * @throws AccessDeniedException (403) for anyone but a platform administrator
     */
    public byte[] export(Viewer viewer, AuditLog.Filter filter, Locale locale) {
        requireAdmin(viewer);
        return workbook.write(audit.all(filter, EXPORT_LIMIT), audit.zone(), locale);
    }

    /**
     * The person an administrator typed in the person filter: a person number, or a username (any case).
     *
     * @return the person, or empty when nobody has that number or username
     */
    public Optional<Person> personTyped(Viewer viewer, String typed) {
        requireAdmin(viewer);
        String t = typed.strip();
        if (t.matches("\\d{1,18}")) {
            Optional<Person> byId =
                    people.byIds(List.of(Long.parseLong(t))).values().stream().findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        return people.accountByUsername(t).map(UserAccount::getPerson);
    }

    /** Every experimentation, by title, for the experimentation filter. */
    public List<Experimentation> experimentations(Viewer viewer) {
        requireAdmin(viewer);
        return experimentations.visibleTo(viewer).stream()
                .sorted(Comparator.comparing(Experimentation::getTitle, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("platform administrators only");
        }
    }
}
