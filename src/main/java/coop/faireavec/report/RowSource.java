package coop.faireavec.report;

import java.util.function.Consumer;

/**
 * Rows read page by page from the database and handed one at a time, so that a sheet of 100,000 rows is written in
 * bounded memory. A source may be read more than once (each read queries again); reads run inside the caller's
 * read-only transaction.
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface RowSource<T> {

    /** Hands every row, in order, to {@code row}. */
    void forEach(Consumer<? super T> row);
}
