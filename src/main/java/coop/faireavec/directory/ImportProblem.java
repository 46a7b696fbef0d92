package coop.faireavec.directory;

import java.io.Serializable;
import java.util.List;

/**
 * Something wrong with one row of an imported file: a message key (in both messages files) and its arguments.
 *
 * @param key       {@code directory.error.*} (the forms' own checks) or {@code directory.import.problem.*}
 * @param arguments the message's arguments, as text
 */
public record ImportProblem(String key, List<String> arguments) implements Serializable {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    /** A problem with these arguments. */
    public static ImportProblem of(String key, String... arguments) {
        return new ImportProblem(key, List.of(arguments));
    }
}
