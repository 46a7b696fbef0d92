package coop.faireavec.admin;

import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.shared.ConflictException;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves everything one person record holds onto another record of the same person, then removes the first.
 * Every column that references {@code person(id)} is found in the database's own metadata, so a table added later
 * is moved too; the tables with a uniqueness on the person (account, membership, meeting participant) are first
 * combined by hand. Open steps held in the engine follow. Runs inside the caller's transaction.
 */
@Component
class PersonMerger {

    /** A column referencing person(id). */
    record PersonColumn(String table, String column) {}

    private final JdbcTemplate jdbc;
    private final WorkflowEngine engine;
    private final String schema;

    PersonMerger(JdbcTemplate jdbc, WorkflowEngine engine, @Value("${faireavec.db.schema}") String schema) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.schema = schema;
    }

    /**
     * Merges {@code removedId} into {@code keptId}.
     *
     * @throws ConflictException ("conflict.mergeSame") if both ids are the same
     */
    @Transactional
    void merge(long keptId, long removedId) {
        if (keptId == removedId) {
            throw new ConflictException("conflict.mergeSame");
        }
        mergeAccounts(keptId, removedId);
        mergeMemberships(keptId, removedId);
        mergeMeetingParticipants(keptId, removedId);
        for (PersonColumn c : personColumns()) {
            jdbc.update(
                    "update " + t(c.table()) + " set " + c.column() + " = ? where " + c.column() + " = ?",
                    keptId,
                    removedId);
        }
        engine.reassignSteps("person-" + removedId, "person-" + keptId);
        jdbc.update("delete from " + t("person") + " where id = ?", removedId);
    }

    private void mergeAccounts(long keptId, long removedId) {
        Integer keptHas = jdbc.queryForObject(
                "select count(*) from " + t("user_account") + " where person_id = ?", Integer.class, keptId);
        if (keptHas != null && keptHas > 0) {
            // the kept record signs in with its own account; the other one's is closed (its sessions end with it)
            jdbc.update("delete from " + t("user_account") + " where person_id = ?", removedId);
        }
    }

    private void mergeMemberships(long keptId, long removedId) {
        List<long[]> pairs = jdbc.query(
                "select r.id, k.id from " + t("membership") + " r join " + t("membership")
                        + " k on k.experimentation_id = r.experimentation_id and k.person_id = ? where r.person_id = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                keptId,
                removedId);
        for (long[] pair : pairs) {
            long removedMembership = pair[0];
            long keptMembership = pair[1];
            jdbc.update(
                    "insert into " + t("membership_role") + " (membership_id, role) select ?, role from "
                            + t("membership_role") + " r where r.membership_id = ? and not exists (select 1 from "
                            + t("membership_role") + " k where k.membership_id = ? and k.role = r.role)",
                    keptMembership,
                    removedMembership,
                    keptMembership);
            jdbc.update(
                    "update " + t("membership") + " set college = coalesce(college, (select o.college from "
                            + t("membership") + " o where o.id = ?)), may_record_for_others = (may_record_for_others or"
                            + " (select o.may_record_for_others from " + t("membership")
                            + " o where o.id = ?)), pseudonym_no = coalesce(pseudonym_no, (select o.pseudonym_no from "
                            + t("membership") + " o where o.id = ?)) where id = ?",
                    removedMembership,
                    removedMembership,
                    removedMembership,
                    keptMembership);
            jdbc.update("delete from " + t("membership_role") + " where membership_id = ?", removedMembership);
            jdbc.update("delete from " + t("membership") + " where id = ?", removedMembership);
        }
    }

    private void mergeMeetingParticipants(long keptId, long removedId) {
        List<long[]> pairs = jdbc.query(
                "select r.id, k.id from " + t("meeting_participant") + " r join "
                        + t("meeting_participant") + " k on k.meeting_id = r.meeting_id and k.person_id = ?"
                        + " where r.person_id = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                keptId,
                removedId);
        String other = "(select o.%s from " + t("meeting_participant") + " o where o.id = ?)";
        for (long[] pair : pairs) {
            jdbc.update(
                    "update " + t("meeting_participant") + " set invited = (invited or " + other.formatted("invited")
                            + "), present = (present or " + other.formatted("present")
                            + "), added_on_spot = (added_on_spot or "
                            + other.formatted("added_on_spot") + "), reply = coalesce(reply, "
                            + other.formatted("reply")
                            + ") where id = ?",
                    pair[0],
                    pair[0],
                    pair[0],
                    pair[0],
                    pair[1]);
            jdbc.update("delete from " + t("meeting_participant") + " where id = ?", pair[0]);
        }
    }

    /** Every column of the app schema that references person(id), from the database metadata. */
    List<PersonColumn> personColumns() {
        return jdbc.execute((java.sql.Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            boolean upper = meta.storesUpperCaseIdentifiers();
            String s = upper ? schema.toUpperCase(Locale.ROOT) : schema.toLowerCase(Locale.ROOT);
            String person = upper ? "PERSON" : "person";
            Set<PersonColumn> columns = new LinkedHashSet<>();
            try (ResultSet keys = meta.getExportedKeys(connection.getCatalog(), s, person)) {
                while (keys.next()) {
                    columns.add(new PersonColumn(
                            keys.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT),
                            keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
                }
            }
            return new ArrayList<>(columns);
        });
    }

    private String t(String table) {
        return schema + "." + table;
    }
}
