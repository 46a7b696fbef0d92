package coop.faireavec.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.audit.AuditLog;
import coop.faireavec.participation.College;
import coop.faireavec.personaldata.PersonReference.Erasure;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one definition of a person's data ({@link PersonalData}) covers the database: every foreign key to
 * {@code person(id)} and every column named like a person reference is in it (or said not to be a person), every
 * entry names a real column, and export and erasure act on the same records.
 */
@FaireAvecWebTest
class PersonalDataCoverageTest {

    /** Column names that hold a person: {@code person_id}, {@code author_id}, {@code *_by}, {@code *_by_id}... */
    static final Pattern PERSON_LIKE = Pattern.compile(
            "person_id|.*_by|.*_by_id|author_id|voter_id|reviewer_id|speaker_id|actor_id|noted_by|.*_person_id"
                    + "|recipient|principal_name|user_id|assignee");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Autowired
    PersonalDataService service;

    @Value("${faireavec.db.schema}")
    String schema;

    @Test
    void everyForeignKeyToPersonAndEveryPersonLikeColumnIsInTheDefinition() {
        Set<String> defined =
                PersonalData.REFERENCES.stream().map(PersonReference::key).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String column : foreignKeysToPerson()) {
            if (!defined.contains(column) && !PersonalData.NOT_A_PERSON.containsKey(column)) {
                missing.add(column + " (foreign key to person)");
            }
        }
        Map<String, Set<String>> columns = columns();
        columns.forEach((table, names) -> names.stream()
                .filter(c -> PERSON_LIKE.matcher(c).matches())
                .map(c -> table + "." + c)
                .filter(c -> !defined.contains(c) && !PersonalData.NOT_A_PERSON.containsKey(c))
                .forEach(c -> missing.add(c + " (named like a person)")));
        assertThat(missing)
                .as("columns pointing at a person, missing from PersonalData")
                .isEmpty();
        // and the definition names only real tables and columns
        List<String> unknown = new ArrayList<>();
        for (PersonReference ref : PersonalData.REFERENCES) {
            Set<String> of = columns.getOrDefault(ref.table(), Set.of());
            if (!of.contains(ref.column())) {
                unknown.add(ref.key());
            }
            ref.hidden().stream().filter(h -> !of.contains(h)).forEach(h -> unknown.add(ref.table() + "." + h));
        }
        assertThat(unknown).as("entries of PersonalData naming no column").isEmpty();
    }

    /**
     * The downloads name every section and every column in plain words from the messages files, in French and in
     * English (the technical names stay beside them, for the data protection officer).
     */
    @Test
    void everySectionAndColumnOfTheDownloadsHasAPlainLabelInBothLanguages() throws Exception {
        Map<String, Set<String>> columns = columns();
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            java.util.Properties messages = new java.util.Properties();
            try (java.io.Reader in = new java.io.InputStreamReader(
                    new org.springframework.core.io.ClassPathResource(file).getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            Set<String> missing = new TreeSet<>();
            for (PersonReference ref : PersonalData.REFERENCES) {
                if (!messages.containsKey("personaldata.section." + ref.key())) {
                    missing.add("personaldata.section." + ref.key());
                }
                for (String column : exportedColumns(ref, columns)) {
                    if (!messages.containsKey("personaldata.column." + ref.table() + "." + column)
                            && !messages.containsKey("personaldata.column." + column)) {
                        missing.add("personaldata.column." + column + " (" + ref.table() + ")");
                    }
                }
            }
            assertThat(missing).as("labels missing from %s", file).isEmpty();
        }
    }

    /** The columns a section of the downloads holds (without the names added beside people's ids). */
    private static Set<String> exportedColumns(PersonReference ref, Map<String, Set<String>> columns) {
        if (ref.export() == PersonReference.Export.MENTION) {
            return Set.of("id");
        }
        Set<String> exported = new TreeSet<>(columns.getOrDefault(ref.table(), Set.of()));
        if (ref.select() != null) {
            for (String item : ref.select().split(",")) {
                String column = item.strip();
                if (!column.equals("t.*")) {
                    exported.add(column.substring(column.indexOf('.') + 1).toLowerCase(Locale.ROOT));
                }
            }
        }
        exported.removeAll(ref.hidden());
        return exported;
    }

    @Test
    void exportAndErasureCoverTheSameRecords() {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal person = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        data.meetingWithWords(s, person);
        data.leadWithComment(s, person);
        data.experimentFixture(s, person);
        data.notificationFor(person, id);
        long personId = person.getPersonId();

        PersonalDataSet export = service.ownData(person.viewer());
        assertThat(export.sections())
                .extracting(PersonalDataSet.Section::name)
                .containsExactlyElementsOf(PersonalData.REFERENCES.stream()
                        .map(PersonReference::key)
                        .toList());
        Map<String, Integer> before = new HashMap<>();
        for (PersonReference ref : PersonalData.REFERENCES) {
            int held = count(ref, personId);
            before.put(ref.key(), held);
            assertThat(records(export.section(ref.key()).orElseThrow()))
                    .as("records of %s exported", ref.key())
                    .isEqualTo(held);
        }
        assertThat(before.values().stream().filter(n -> n > 0).count())
                .as("the fixture holds data in many places")
                .isGreaterThanOrEqualTo(10);

        service.erase(personId, new AuditLog.Actor(null, null, null));

        for (PersonReference ref : PersonalData.REFERENCES) {
            int after = count(ref, personId);
            int expected = expectedAfterErasure(ref, before.get(ref.key()));
            assertThat(after).as("records of %s after erasure", ref.key()).isEqualTo(expected);
        }
        Map<String, Object> row = jdbc.queryForMap(
                "select display_name, email, phone, erased_no from " + schema + ".person where id = ?", personId);
        assertThat(lower(row).get("display_name"))
                .isEqualTo("Personne effacée " + lower(row).get("erased_no"));
        assertThat(lower(row).get("email")).isNull();
        assertThat(lower(row).get("phone")).isNull();
    }

    private int count(PersonReference ref, long personId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from " + schema + "." + ref.table() + " t where "
                        + ref.condition().replace("%s", schema),
                Integer.class,
                personId);
        return n == null ? 0 : n;
    }

    /** Distinct records of a section: rows joined with child rows (roles, grades) count once per id. */
    private static int records(PersonalDataSet.Section section) {
        if (section.rows().stream().allMatch(r -> r.containsKey("id"))) {
            return new HashSet<>(section.rows().stream().map(r -> r.get("id")).toList()).size();
        }
        return section.rows().size();
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> out = new HashMap<>();
        row.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }

    /** table.column of every foreign key to person(id), from the database metadata. */
    private Set<String> foreignKeysToPerson() {
        return jdbc.execute((java.sql.Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            boolean upper = meta.storesUpperCaseIdentifiers();
            String s = upper ? schema.toUpperCase(Locale.ROOT) : schema.toLowerCase(Locale.ROOT);
            Set<String> found = new TreeSet<>();
            try (ResultSet keys = meta.getExportedKeys(connection.getCatalog(), s, upper ? "PERSON" : "person")) {
                while (keys.next()) {
                    found.add(keys.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT) + "."
                            + keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return found;
        });
    }

    /** Every table of the app schema with its columns, lower case. */
    private Map<String, Set<String>> columns() {
        return jdbc.execute((java.sql.Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            boolean upper = meta.storesUpperCaseIdentifiers();
            String s = upper ? schema.toUpperCase(Locale.ROOT) : schema.toLowerCase(Locale.ROOT);
            Map<String, Set<String>> found = new HashMap<>();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), s, "%", "%")) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new TreeSet<>())
                            .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return found;
        });
    }

    /**
     * How many records of {@code ref} point at the person after their erasure, given how many before: none for what
     * is deleted, the same for what is kept, and one more audit event about them (the erasure itself).
     */
    static int expectedAfterErasure(PersonReference ref, int before) {
        if (ref.erasure() == Erasure.DELETE) {
            return 0;
        }
        return before + (ref.key().equals("audit_event.subject_person_id") ? 1 : 0);
    }
}
