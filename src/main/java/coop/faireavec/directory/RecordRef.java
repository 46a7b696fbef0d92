package coop.faireavec.directory;

import java.util.Comparator;

/**
 * A record of the directory: an organisation ({@link Kind#STRUCTURE}) or a service ({@link Kind#SERVICE}), by id.
 * Ordered organisations first, then by id: the stable order rounds share records out in.
 *
 * @param kind which table
 * @param id   its id there
 */
public record RecordRef(Kind kind, long id) implements Comparable<RecordRef> {

    /** The two kinds of record the directory keeps alive. */
    public enum Kind {
        STRUCTURE,
        SERVICE
    }

    private static final Comparator<RecordRef> ORDER =
            Comparator.comparing(RecordRef::kind).thenComparingLong(RecordRef::id);

    @Override
    public int compareTo(RecordRef other) {
        return ORDER.compare(this, other);
    }
}
