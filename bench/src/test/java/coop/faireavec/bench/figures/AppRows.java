package coop.faireavec.bench.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The app rows of figure 4's baseline: copies of the platform's app tables ({@code create table ... (like app.t
 * including defaults, identity, indexes)}: same columns, types, NOT NULL, unique and other indexes; no foreign keys nor
 * checks) in schema {@code bare_app} of the same database, and plain-JDBC inserts of as many rows per table as our
 * side added, text and binary values as long as ours on average, one statement per row.
 */
final class AppRows {

    /** One column to fill: its name, SQL type name and the average length of our values (text and binary). */
    record Column(String name, String type, int length) {}

    /** One table to fill: its insert statement's columns. */
    record Table(String name, List<Column> columns) {}

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private long seq;

    /** Row count of every app table (schema {@code app}) now. */
    static Map<String, Long> counts(Connection db) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : appTables(db)) {
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("select count(*) from app." + t)) {
                r.next();
                counts.put(t, r.getLong(1));
            }
        }
        return counts;
    }

    private static List<String> appTables(Connection db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "select table_name from information_schema.tables where table_schema = 'app'"
                                + " and table_type = 'BASE TABLE' and table_name not like 'flyway%' order by table_name")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    /** Creates schema {@code bare_app} with a copy of each app table, and reads the columns to fill. */
    void copySchema(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("drop schema if exists bare_app cascade");
            s.execute("create schema bare_app");
        }
        for (String t : appTables(db)) {
            try (Statement s = db.createStatement()) {
                s.execute("create table bare_app." + t + " (like app." + t
                        + " including defaults including identity including indexes)");
            }
            List<Column> columns = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement("select column_name, data_type, character_maximum_length"
                    + " from information_schema.columns where table_schema = 'app' and table_name = ?"
                    + " and is_identity = 'NO' and coalesce(column_default, '') not like 'nextval%'"
                    + " order by ordinal_position")) {
                s.setString(1, t);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        columns.add(new Column(r.getString(1), r.getString(2), r.getInt(3)));
                    }
                }
            }
            List<Column> sized = new ArrayList<>();
            for (Column c : columns) {
                sized.add(new Column(c.name(), c.type(), averageLength(db, t, c)));
            }
            tables.put(t, new Table(t, sized));
        }
    }

    private static int averageLength(Connection db, String table, Column c) throws SQLException {
        boolean text =
                c.type().contains("char") || c.type().equals("text") || c.type().equals("bytea");
        if (!text) {
            return 0;
        }
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "select coalesce(avg(octet_length(\"" + c.name() + "\")), 8) from app." + table)) {
            r.next();
            int avg = (int) Math.max(1, Math.round(r.getDouble(1)));
            return c.type().equals("bytea") || c.length() <= 0 ? avg : Math.min(avg, c.length());
        }
    }

    /**
     * Inserts {@code n} rows into the copy of {@code table}, one statement per row, in the connection's transaction.
     *
     * @return the id of the last row when the table has an identity column named {@code id}, else -1
     */
    long insert(Connection db, String table, int n) throws SQLException {
        Table t = tables.get(table);
        if (t == null || n <= 0) {
            return -1;
        }
        StringBuilder sql =
                new StringBuilder("insert into bare_app.").append(table).append(" (");
        StringBuilder marks = new StringBuilder();
        for (Column c : t.columns()) {
            if (marks.length() > 0) {
                sql.append(", ");
                marks.append(", ");
            }
            sql.append('"').append(c.name()).append('"');
            marks.append('?');
        }
        String insert = t.columns().isEmpty()
                ? "insert into bare_app." + table + " default values"
                : sql.append(") values (").append(marks).append(')').toString();
        long last = -1;
        try (PreparedStatement s = db.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < n; i++) {
                int k = 1;
                for (Column c : t.columns()) {
                    bind(s, k++, c, ++seq);
                }
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    if (keys.next() && hasId(keys)) {
                        last = keys.getLong("id");
                    }
                }
            }
        }
        return last;
    }

    private static boolean hasId(ResultSet keys) throws SQLException {
        for (int i = 1; i <= keys.getMetaData().getColumnCount(); i++) {
            if ("id".equals(keys.getMetaData().getColumnName(i))) {
                return true;
            }
        }
        return false;
    }

    private static void bind(PreparedStatement s, int k, Column c, long n) throws SQLException {
        switch (c.type()) {
            case "bigint", "integer" -> s.setLong(k, n);
            case "smallint" -> s.setShort(k, (short) (n % Short.MAX_VALUE));
            case "numeric", "double precision", "real" -> s.setDouble(k, 1.0);
            case "boolean" -> s.setBoolean(k, false);
            case "date" -> s.setDate(k, new java.sql.Date(System.currentTimeMillis()));
            case "bytea" -> s.setBytes(k, new byte[c.length()]);
            case "uuid" -> s.setObject(k, UUID.randomUUID());
            case "json", "jsonb" -> s.setObject(k, "{}", Types.OTHER);
            default -> {
                if (c.type().startsWith("timestamp") || c.type().startsWith("time")) {
                    s.setTimestamp(k, new Timestamp(System.currentTimeMillis()));
                } else {
                    String v = n + "-";
                    s.setString(k, v.length() >= c.length() ? v : v + "x".repeat(c.length() - v.length()));
                }
            }
        }
    }
}
