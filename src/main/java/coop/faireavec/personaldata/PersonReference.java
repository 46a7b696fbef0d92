package coop.faireavec.personaldata;

import java.util.Set;

/**
 * One place where the application's tables point at a person: a column of a table (or, for the outbox, a match on the
 * person's address), with how its rows are exported and how they are erased. Entries are listed once, in {@link
 * PersonalData#REFERENCES}; export and erasure both walk that list.
 *
 * @param table the app table (no schema)
 * @param column the column holding the person's id (or the column matched, for {@link #match})
 * @param export what the person's download shows of the rows
 * @param erasure what erasure does to the rows
 * @param scope for a carrier's download: a condition with one {@code ?} (the experimentation id) that keeps the rows
 *     of that experimentation, or null when the rows never go into a carrier's download
 * @param ownerOnly whether only the person themself may download these rows (their ballots)
 * @param match the condition with one {@code ?} (the person's id) choosing the rows, or null for {@code column = ?}
 * @param hidden columns never exported (secrets, binary content)
 * @param nameColumn a column holding a copy of the person's name, written over with the pseudonym on erasure, or null
 * @param select the columns to read for the export with their table alias {@code t}, or null for {@code t.*}; joins
 *     allowed after {@code from <table> t} through {@link #join}
 * @param join extra SQL placed after {@code from <table> t} (a {@code left join} for child rows), or null
 */
record PersonReference(
        String table,
        String column,
        Export export,
        Erasure erasure,
        String scope,
        boolean ownerOnly,
        String match,
        Set<String> hidden,
        String nameColumn,
        String select,
        String join) {

    /** What a person's download shows of the rows. */
    enum Export {
        /** Every column but the hidden ones, with the name of each person the row points at. */
        ROWS,
        /** Only that the person acted on that record (its id): the record itself is someone else's data. */
        MENTION,
        /** The person's own row ({@code person}): the profile. */
        PROFILE
    }

    /** What erasure does to the rows. */
    enum Erasure {
        /** The person row: renamed "Personne effacée N", contact data and language removed. */
        PSEUDONYMISE,
        /** The rows are deleted (account, codes, links, messages, mails). */
        DELETE,
        /** The rows stay and point at the pseudonymised person (counts and reports stay whole). */
        KEEP
    }

    /** Same table and column. */
    String key() {
        return table + "." + column;
    }

    /** The condition choosing the person's rows, with one {@code ?} for the person's id (columns of the alias {@code t}). */
    String condition() {
        return match != null ? match : "t." + column + " = ?";
    }

    static PersonReference rows(String table, String column, Erasure erasure, String scope) {
        return new PersonReference(table, column, Export.ROWS, erasure, scope, false, null, Set.of(), null, null, null);
    }

    static PersonReference mention(String table, String column, String scope) {
        return new PersonReference(
                table, column, Export.MENTION, Erasure.KEEP, scope, false, null, Set.of(), null, null, null);
    }

    PersonReference hiding(String... columns) {
        return new PersonReference(
                table, column, export, erasure, scope, ownerOnly, match, Set.of(columns), nameColumn, select, join);
    }

    PersonReference forOwnerOnly() {
        return new PersonReference(
                table, column, export, erasure, scope, true, match, hidden, nameColumn, select, join);
    }

    PersonReference matching(String condition) {
        return new PersonReference(
                table, column, export, erasure, scope, ownerOnly, condition, hidden, nameColumn, select, join);
    }

    PersonReference withName(String copiedNameColumn) {
        return new PersonReference(
                table, column, export, erasure, scope, ownerOnly, match, hidden, copiedNameColumn, select, join);
    }

    PersonReference reading(String columns, String joined) {
        return new PersonReference(
                table, column, export, erasure, scope, ownerOnly, match, hidden, nameColumn, columns, joined);
    }
}
