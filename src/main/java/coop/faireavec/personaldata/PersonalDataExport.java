package coop.faireavec.personaldata;

import coop.faireavec.config.FaireAvecProperties;
import coop.faireavec.personaldata.PersonReference.Export;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads everything {@link PersonalData#REFERENCES} says is held about one person, table by table, in the caller's
 * (read-only) transaction. Hidden columns (secrets) and binary content are never read out; each column holding
 * another person's id gets that person's name beside it ({@code recorded_by_id_name}: who recorded on their behalf).
 */
@Component
class PersonalDataExport {

    private final JdbcTemplate jdbc;
    private final String schema;
    private final Clock clock;
    private final ZoneId zone;

    PersonalDataExport(
            JdbcTemplate jdbc,
            @Value("${faireavec.db.schema}") String schema,
            Clock clock,
            FaireAvecProperties settings) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.clock = clock;
        this.zone = ZoneId.of(settings.timeZone());
    }

    /**
     * @param experimentationId null for everything (the person's own download), else only that experimentation's
     *     rows (a carrier's download)
     * @param self whether the person downloads it themself (their ballots are then included)
     */
    PersonalDataSet export(long personId, Long experimentationId, boolean self) {
        List<PersonalDataSet.Section> sections = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (PersonReference ref : PersonalData.REFERENCES) {
            if (ref.ownerOnly() && !self) {
                continue;
            }
            boolean scoped = experimentationId != null && ref.export() != Export.PROFILE;
            if (scoped && ref.scope() == null) {
                continue;
            }
            List<Object> params = new ArrayList<>();
            params.add(personId);
            String sql = "select " + (ref.select() == null ? "t.*" : inSchema(ref.select())) + " from "
                    + table(ref.table()) + " t" + (ref.join() == null ? "" : " " + inSchema(ref.join())) + " where "
                    + inSchema(ref.condition());
            if (scoped) {
                sql += " and (" + inSchema(ref.scope()) + ")";
                params.add(experimentationId);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            Set<String> personColumns = PersonalData.personColumnsOf(ref.table());
            for (Map<String, Object> raw : jdbc.queryForList(sql, params.toArray())) {
                rows.add(row(ref, raw, personId, personColumns, names));
            }
            sections.add(new PersonalDataSet.Section(ref.key(), ref.export().name(), rows));
        }
        String name = jdbc.queryForObject(
                "select display_name from " + table("person") + " where id = ?", String.class, personId);
        return new PersonalDataSet(personId, name, clock.instant(), experimentationId, sections);
    }

    private Map<String, Object> row(
            PersonReference ref,
            Map<String, Object> raw,
            long personId,
            Set<String> personColumns,
            Map<Long, String> names) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            String column = e.getKey().toLowerCase(Locale.ROOT);
            Object value = e.getValue();
            if (ref.export() == Export.MENTION && !column.equals("id")) {
                continue;
            }
            if (ref.hidden().contains(column) || value instanceof byte[]) {
                continue;
            }
            row.put(column, plain(value));
            if (personColumns.contains(column) && value instanceof Number other && other.longValue() != personId) {
                row.put(column + "_name", names.computeIfAbsent(other.longValue(), this::nameOf));
            }
        }
        return row;
    }

    private String nameOf(long id) {
        List<String> found =
                jdbc.queryForList("select display_name from " + table("person") + " where id = ?", String.class, id);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * A JSON-friendly value: instants as ISO text in the platform's time zone with its offset
     * ({@code 2026-11-30T10:15:00+01:00}), dates as ISO text, numbers and booleans as they are, the rest as text.
     */
    private Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Timestamp t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.toInstant().atZone(zone));
        }
        if (value instanceof OffsetDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZoneSameInstant(zone));
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return value.toString();
    }

    private String table(String name) {
        return schema + "." + name;
    }

    private String inSchema(String sql) {
        return sql.replace("%s", schema);
    }
}
