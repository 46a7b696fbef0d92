package coop.faireavec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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

    /**
     * A key written twice silently keeps only its last value (java.util.Properties): a merge that keeps both the old
     * and the new line of a changed message would show the old text. Each key once, in each language.
     */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            List<String> keys = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith(" ") && line.contains("=")) {
                    keys.add(line.substring(0, line.indexOf('=')).strip());
                }
            }
            assertThat(keys).as("keys written twice in %s", name).doesNotHaveDuplicates();
        }
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

    /** Texts that say something is wrong without saying which field: a person cannot tell what to fix. */
    static final Set<String> GENERIC = Set.of(
            "Ce champ est obligatoire.",
            "This field is required.",
            "Ce texte est trop long.",
            "This text is too long.",
            "Indiquez une date.",
            "Give a date.",
            "Indiquez une heure.",
            "Give a time.",
            "Écrivez quelques mots ici.",
            "Write a few words here.",
            "Cette valeur n'est pas valable.",
            "This value is not valid.",
            "Indiquez une date valable.",
            "Give a valid date.",
            "Indiquez un nombre de jours entre 1 et 365.");

    /**
     * The last-resort messages: Spring's own {@code typeMismatch}, and the keys still named by the forms of the meeting
     * and task packages, whose every field gets its own message through Spring's codes
     * ({@code NotBlank.meetingForm.title}...), checked page by page in {@code FormErrorMessagesWebTest}.
     */
    static final Map<String, String> FALLBACKS = Map.of(
            "form.required",
            "meeting|task",
            "form.tooLong",
            "meeting|task",
            "form.dateRequired",
            "meeting|task",
            "form.timeRequired",
            "meeting|task",
            "form.textRequired",
            "meeting|task",
            "typeMismatch",
            "",
            "typeMismatch.java.time.LocalDate",
            "");

    @Test
    void everyErrorMessageNamesItsFieldInFrenchAndEnglish() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(file);
            List<String> generic = messages.stringPropertyNames().stream()
                    .filter(k -> !FALLBACKS.containsKey(k)
                            && GENERIC.contains(messages.getProperty(k).strip()))
                    .sorted()
                    .toList();
            assertThat(generic)
                    .as("%s: messages that do not say which field is wrong", file)
                    .isEmpty();
        }
    }

    @Test
    void theGenericFallbacksAreUsedByNoFormOutsideTheMeetingAndTaskPackages() throws IOException {
        List<String> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/coop/faireavec"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String java = Files.readString(f);
                String pkg = Path.of("src/main/java/coop/faireavec")
                        .relativize(f)
                        .getName(0)
                        .toString();
                for (Map.Entry<String, String> fallback : FALLBACKS.entrySet()) {
                    boolean allowed = !fallback.getValue().isEmpty() && pkg.matches(fallback.getValue());
                    if (!allowed
                            && (java.contains("\"{" + fallback.getKey() + "}\"")
                                    || java.contains("\"" + fallback.getKey() + "\""))) {
                        uses.add(f.getFileName() + ": " + fallback.getKey());
                    }
                }
            }
        }
        assertThat(uses).as("forms whose errors would not name the field").isEmpty();
    }

    /**
     * Spring formats the messages it finds by an error code ({@code NotBlank.meetingForm.title}, {@code typeMismatch.x})
     * with MessageFormat, which swallows a single apostrophe: there it must be written twice.
     */
    @Test
    void messagesFoundByErrorCodeWriteTheirApostrophesTwice() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(file);
            List<String> swallowed = messages.stringPropertyNames().stream()
                    .filter(k -> k.matches("(NotBlank|NotNull|Size|typeMismatch)\\.[A-Za-z]+\\.[A-Za-z.]+")
                            || k.matches("typeMismatch\\.[a-z][A-Za-z]+")
                            || k.equals("typeMismatch"))
                    .filter(k -> !k.equals("typeMismatch.java.time.LocalDate"))
                    .filter(k -> messages.getProperty(k).replace("''", "").contains("'"))
                    .sorted()
                    .toList();
            assertThat(swallowed)
                    .as("%s: apostrophes MessageFormat would swallow", file)
                    .isEmpty();
        }
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

    /**
     * Bean Validation's own texts ("ne doit pas être vide", "must not be null") never name the field: every constraint
     * on a form the people fill in carries a message of ours ({@code config} validates operators' settings at start-up
     * and is left out).
     */
    @Test
    void everyConstraintOnAFormHasAMessageOfOurs() throws IOException {
        Pattern constraint = Pattern.compile(
                "@(NotBlank|NotNull|NotEmpty|Size|Positive|PositiveOrZero|Min|Max|Email|Pattern|Past|Future)"
                        + "(\\((?:[^()\"]|\"(?:\\\\.|[^\"\\\\])*\")*\\))?");
        List<String> bare = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/coop/faireavec"))) {
            for (Path f : files.filter(
                            p -> p.toString().endsWith(".java") && !p.toString().contains("/config/"))
                    .toList()) {
                Matcher m = constraint.matcher(Files.readString(f));
                while (m.find()) {
                    if (m.group(2) == null || !m.group(2).contains("message")) {
                        bare.add(f.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(bare)
                .as("constraints that would show Bean Validation's own text")
                .isEmpty();
    }
}
