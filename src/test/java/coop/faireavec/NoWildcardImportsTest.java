package coop.faireavec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No wildcard imports ({@code import a.b.*;}, {@code import static a.B.*;}) in our sources: every import names what
 * it uses (developers' rules). Spotless cannot check this, so this test reads the files.
 */
class NoWildcardImportsTest {

    private static final Pattern WILDCARD_IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+\\.\\*\\s*;");

    @Test
    void sourcesImportNamedTypesOnly() throws IOException {
        List<String> wildcards = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            wildcards.addAll(wildcardImports(root));
        }
        assertThat(wildcards).as("wildcard imports (file:line: import)").isEmpty();
    }

    /** Each wildcard import under {@code root}, as "path:line: import ...;". */
    static List<String> wildcardImports(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (WILDCARD_IMPORT.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        return found;
    }
}
