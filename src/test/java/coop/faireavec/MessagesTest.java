package coop.faireavec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** French and English are both complete, and every message key a template uses exists. */
class MessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> fr = load("messages.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(en).as("keys missing in English").containsAll(fr);
        assertThat(fr).as("keys missing in French").containsAll(en);
    }

    @Test
    void everyLiteralKeyUsedInTemplatesExists() throws IOException {
        Set<String> fr = load("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Pattern fragmentArg = Pattern.compile("'([a-z]+\\.[a-zA-Z0-9_.]+)'");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                Matcher m = literal.matcher(html);
                while (m.find()) {
                    if (!fr.contains(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
                }
                Matcher a = fragmentArg.matcher(html);
                while (a.find()) {
                    String key = a.group(1);
                    boolean looksLikeKey = key.matches("[a-z]+\\.[a-zA-Z]+(\\.[a-zA-Z]+)*") && !key.endsWith(".");
                    if (looksLikeKey && !fr.contains(key) && fr.stream().noneMatch(k -> k.startsWith(key + "."))) {
                        missing.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Every user task of every BPMN file has a name in both languages: {@code activity.<processKey>.<taskKey>} or
     * {@code activity.<taskKey>} (pages never show the BPMN's own label).
     */
    @Test
    void everyUserTaskHasANameInBothLanguages() throws IOException {
        Properties fr = load("messages.properties");
        Properties en = load("messages_en.properties");
        Pattern process = Pattern.compile("<process\\b[^>]*\\bid=\"([^\"]+)\"");
        Pattern userTask = Pattern.compile("<userTask\\b[^>]*\\bid=\"([^\"]+)\"");
        List<String> missing = new ArrayList<>();
        int tasks = 0;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                String bpmn = Files.readString(f);
                Matcher p = process.matcher(bpmn);
                String processKey = p.find() ? p.group(1) : "";
                Matcher t = userTask.matcher(bpmn);
                while (t.find()) {
                    tasks++;
                    for (Properties lang : List.of(fr, en)) {
                        if (lang.getProperty("activity." + processKey + "." + t.group(1)) == null
                                && lang.getProperty("activity." + t.group(1)) == null) {
                            missing.add((lang == fr ? "fr " : "en ") + processKey + "/" + t.group(1));
                        }
                    }
                }
            }
        }
        assertThat(tasks).isGreaterThan(20);
        assertThat(missing).isEmpty();
    }
}
