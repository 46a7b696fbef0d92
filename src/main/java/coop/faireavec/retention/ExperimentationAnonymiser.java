package coop.faireavec.retention;

import coop.faireavec.participation.College;
import coop.faireavec.people.PeopleService;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.security.Viewer;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces, in one experimentation only, every person by a pseudonymous person record of that experimentation: a
 * lived-experience member becomes "Personne concernée N" (the number of their membership, the one reports already
 * use), anyone else "Membre N". Every column that points to a person in a row of that experimentation ({@link
 * #SCOPED}: memberships, contributions and meeting words, meeting replies and attendance, minutes and their
 * validations, ballots, action leads, comments and supports, experiments and observations, reviews, funding records,
 * kept report versions' askers) is moved to the pseudonym; the free-text notes about how a person agreed are cleared;
 * the experimentation's invitations and notifications, which only serve people, are deleted; in its process (history
 * and open steps) the engine user ids follow ({@link WorkflowEngine#replaceUsers}). Rows keep their college,
 * decision and text, so that counts, tallies and reports keep their figures. Runs in the caller's transaction.
 */
@Component
class ExperimentationAnonymiser {

    /**
     * A column pointing to a person, and the condition ({@code ?} = the experimentation id) that selects the rows of
     * one experimentation.
     */
    record ScopedColumn(String table, String column, String scope) {}

    private static final String OWN = "experimentation_id = ?";
    private static final String MEETING = "meeting_id in (select id from %s.meeting where experimentation_id = ?)";
    private static final String MINUTES = "minutes_id in (select n.id from %1$s.meeting_minutes n join %1$s.meeting m"
            + " on m.id = n.meeting_id where m.experimentation_id = ?)";
    private static final String LEAD = "lead_id in (select id from %s.action_lead where experimentation_id = ?)";
    private static final String EXPERIMENT =
            "experiment_id in (select id from %s.experiment where experimentation_id = ?)";
    private static final String ROUND = "round_id in (select id from %s.vote_round where experimentation_id = ?)";
    private static final String REVIEW = "review_id in (select id from %s.phase_review where experimentation_id = ?)";
    private static final String OBJECTION =
            "objection_id in (select id from %s.contribution where experimentation_id = ?)";

    /** Every person column of an experimentation's rows (without schema in the scopes yet). */
    static final List<ScopedColumn> SCOPED = List.of(
            new ScopedColumn("membership", "person_id", OWN),
            new ScopedColumn("membership", "naming_consent_noted_by", OWN),
            new ScopedColumn("phase_review", "reviewer_id", OWN),
            new ScopedColumn("review_request", "answered_by", REVIEW),
            new ScopedColumn("objection_answer", "answered_by", OBJECTION),
            new ScopedColumn("contribution", "author_id", OWN),
            new ScopedColumn("contribution", "recorded_by_id", OWN),
            new ScopedColumn("contribution", "withdrawn_by_id", OWN),
            new ScopedColumn("contribution", "changed_by_id", OWN),
            new ScopedColumn("meeting", "created_by_id", OWN),
            new ScopedColumn("directory_monograph_citation", "cited_by_id", OWN),
            new ScopedColumn("meeting_participant", "person_id", MEETING),
            new ScopedColumn("meeting_participant", "reply_recorded_by_id", MEETING),
            new ScopedColumn("meeting_minutes", "drafted_by_id", MEETING),
            new ScopedColumn("minutes_validation", "person_id", MINUTES),
            new ScopedColumn("minutes_validation", "recorded_by_id", MINUTES),
            new ScopedColumn("action_lead", "proposed_by_id", OWN),
            new ScopedColumn("action_lead", "recorded_by_id", OWN),
            new ScopedColumn("action_lead", "hidden_by_id", OWN),
            new ScopedColumn("action_lead_author", "person_id", LEAD),
            new ScopedColumn("action_lead_support", "person_id", LEAD),
            new ScopedColumn("action_lead_comment", "author_id", LEAD),
            new ScopedColumn("action_lead_comment", "recorded_by_id", LEAD),
            new ScopedColumn("action_lead_comment", "hidden_by_id", LEAD),
            new ScopedColumn("vote_round", "closed_by_id", OWN),
            new ScopedColumn("vote_ballot", "voter_id", ROUND),
            new ScopedColumn("vote_ballot", "recorded_by_id", ROUND),
            new ScopedColumn("plan_selection_change", "changed_by_id", OWN),
            new ScopedColumn("collective_validation", "closed_by", OWN),
            new ScopedColumn("experiment", "planned_by", OWN),
            new ScopedColumn("experiment_team_member", "person_id", EXPERIMENT),
            new ScopedColumn("experiment_observation", "author_id", EXPERIMENT),
            new ScopedColumn("experiment_observation", "recorded_by", EXPERIMENT),
            new ScopedColumn("spending", "recorded_by_id", OWN),
            new ScopedColumn("report_version", "generated_by", OWN));

    /** Rows of an experimentation that only serve its people (codes, messages): deleted, not moved. */
    static final List<ScopedColumn> DELETED = List.of(
            new ScopedColumn("invitation", "person_id", OWN),
            new ScopedColumn("invitation", "created_by", OWN),
            new ScopedColumn("notification", "person_id", OWN));

    /**
     * Person columns that are not data of one experimentation: the person's own account, its password resets, two-factor
     * and mail choices, operator texts and the directory (and the audit log, which has no foreign key and its own retention). Listed so that a new person column must be placed
     * in one of the three lists ({@code RetentionJobTest}).
     */
    static final Set<String> NOT_EXPERIMENTATION_DATA = Set.of(
            "user_account.person_id",
            "password_reset.person_id",
            // the person's sign-in factors and mail choices: the account's, whatever the experimentation
            "two_factor.person_id",
            "two_factor_recovery_code.person_id",
            "two_factor_device.person_id",
            "mail_consent.person_id",
            "mail_consent_change.person_id",
            "mail_consent_change.changed_by",
            // the platform's operator texts and the territory's directory of local actors
            "operator_setting.updated_by",
            "directory_structure.verified_by_id",
            "directory_service.verified_by_id",
            "directory_correspondent.person_id",
            "directory_correspondent.appointed_by_id",
            "directory_round_record.person_id",
            "directory_import.imported_by_id",
            "directory_monograph.created_by_id",
            "directory_monograph.updated_by_id",
            "directory_monograph.published_by_id",
            "directory_monograph_photo.added_by_id");

    /** Free-text notes about how a person agreed, cleared: table, column, scope. */
    static final List<ScopedColumn> NOTES = List.of(
            new ScopedColumn("membership", "naming_consent_note", OWN),
            new ScopedColumn("contribution", "consent_note", OWN),
            new ScopedColumn("contribution", "change_consent_note", OWN),
            new ScopedColumn("minutes_validation", "consent_note", MINUTES),
            new ScopedColumn("vote_ballot", "consent_note", ROUND),
            new ScopedColumn("experiment_observation", "consent_note", EXPERIMENT));

    /** What one anonymisation did. */
    record Outcome(Map<Long, Long> replaced, Set<Long> members) {}

    private final JdbcTemplate jdbc;
    private final PeopleService people;
    private final MessageSource messages;
    private final WorkflowEngine engine;
    private final String schema;

    ExperimentationAnonymiser(
            JdbcTemplate jdbc,
            PeopleService people,
            MessageSource messages,
            WorkflowEngine engine,
            @Value("${faireavec.db.schema}") String schema) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.people = people;
        this.messages = messages;
        this.schema = schema;
    }

    /**
     * Moves every person of that experimentation to a pseudonym of it, clears the notes, deletes its invitations and
     * notifications.
     *
     * @return old person id → pseudonymous person id (members first, then people who acted there without being
     *     members, such as an administrator), and the old ids of its members
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Outcome anonymise(long experimentationId) {
        int[] memberNo = {0};
        Map<Long, String> labels = labels(experimentationId, memberNo);
        Set<Long> members = new LinkedHashSet<>(labels.keySet());
        for (ScopedColumn c : SCOPED) {
            for (Long id : jdbc.queryForList(
                    "select distinct " + c.column() + " from " + t(c.table()) + " where " + scope(c) + " and "
                            + c.column() + " is not null",
                    Long.class,
                    experimentationId)) {
                if (!labels.containsKey(id)) {
                    labels.put(id, message("retention.memberPseudonym", ++memberNo[0]));
                }
            }
        }
        Map<Long, Long> replaced = new LinkedHashMap<>();
        labels.forEach((old, label) ->
                replaced.put(old, people.createPerson(label, null, null).getId()));
        for (ScopedColumn c : DELETED) {
            jdbc.update("delete from " + t(c.table()) + " where " + scope(c), experimentationId);
        }
        for (ScopedColumn c : NOTES) {
            jdbc.update(
                    "update " + t(c.table()) + " set " + c.column() + " = null where " + scope(c), experimentationId);
        }
        List<Object[]> pairs = new ArrayList<>();
        replaced.forEach((old, pseudonym) -> pairs.add(new Object[] {pseudonym, old, experimentationId}));
        for (ScopedColumn c : SCOPED) {
            jdbc.batchUpdate(
                    "update " + t(c.table()) + " set " + c.column() + " = ? where " + c.column() + " = ? and "
                            + scope(c),
                    pairs);
        }
        String process = jdbc.queryForObject(
                "select process_instance_id from " + t("experimentation") + " where id = ?",
                String.class,
                experimentationId);
        if (process != null) {
            Map<String, String> users = new LinkedHashMap<>();
            replaced.forEach((old, pseudonym) -> users.put(
                    new Viewer(old, "", false).engineUserId(), new Viewer(pseudonym, "", false).engineUserId()));
            engine.replaceUsers(process, users);
        }
        return new Outcome(replaced, members);
    }

    /**
     * Each member's pseudonym, in membership order: "Personne concernée N" (their number) or "Membre N".
     *
     * @param memberNo the last "Membre" number given, moved on by each one given
     */
    private Map<Long, String> labels(long experimentationId, int[] memberNo) {
        Map<Long, String> labels = new LinkedHashMap<>();
        jdbc.query(
                "select person_id, college, pseudonym_no from " + t("membership")
                        + " where experimentation_id = ? order by id",
                rs -> {
                    long person = rs.getLong(1);
                    int number = rs.getInt(3);
                    boolean numbered = !rs.wasNull();
                    if (College.LIVED_EXPERIENCE.name().equals(rs.getString(2)) && numbered) {
                        labels.put(person, message("report.pseudonym", number));
                    } else {
                        labels.put(person, null);
                    }
                },
                experimentationId);
        labels.replaceAll(
                (person, label) -> label != null ? label : message("retention.memberPseudonym", ++memberNo[0]));
        return labels;
    }

    /** Whether that person is still a member of any experimentation. */
    boolean memberAnywhere(long personId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from " + t("membership") + " where person_id = ?", Integer.class, personId);
        return n != null && n > 0;
    }

    /** Whether that person has an administrator account (administrators run the platform: never erased by it). */
    boolean administrator(long personId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from " + t("user_account") + " where person_id = ? and admin = true",
                Integer.class,
                personId);
        return n != null && n > 0;
    }

    /** Every column of the app schema that references person(id), "table.column", from the database metadata. */
    Set<String> personColumns() {
        return jdbc.execute((java.sql.Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            boolean upper = meta.storesUpperCaseIdentifiers();
            String s = upper ? schema.toUpperCase(Locale.ROOT) : schema.toLowerCase(Locale.ROOT);
            Set<String> columns = new LinkedHashSet<>();
            try (ResultSet keys = meta.getExportedKeys(connection.getCatalog(), s, upper ? "PERSON" : "person")) {
                while (keys.next()) {
                    columns.add((keys.getString("FKTABLE_NAME") + "." + keys.getString("FKCOLUMN_NAME"))
                            .toLowerCase(Locale.ROOT));
                }
            }
            return columns;
        });
    }

    private String message(String key, int number) {
        return messages.getMessage(key, new Object[] {String.valueOf(number)}, Locale.FRENCH);
    }

    private String scope(ScopedColumn c) {
        return c.scope().formatted(schema);
    }

    private String t(String table) {
        return schema + "." + table;
    }
}
