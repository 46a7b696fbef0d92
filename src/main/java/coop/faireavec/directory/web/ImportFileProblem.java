package coop.faireavec.directory.web;

import java.util.Arrays;

/**
 * A whole file the import cannot read (no such sheet, wrong headers, not a data·inclusion document, too many rows):
 * the import page shows {@link #key()} with its arguments next to the file field; nothing is kept.
 */
class ImportFileProblem extends Exception {

    private final String key;
    private final transient Object[] arguments;

    ImportFileProblem(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
