package coop.faireavec.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * The data·inclusion schema v1 reference lists the directory uses (themes, audiences, fees, reception modes, carrying
 * networks, service types), read once from {@code classpath:directory/data-inclusion/*.json} (copied from the schema,
 * Licence Ouverte 2.0). A code ({@code value}) is what is stored and exchanged; its French label is what is shown,
 * except in the English UI, where the label comes from our {@code labels_en.properties} beside them (French when a code
 * has none there). The stored search text always uses the French labels.
 */
@Component
public class DirectoryCodes {

    /** One reference list, named by its file. */
    public enum Kind {
        THEMATIQUES("thematiques"),
        PUBLICS("publics"),
        FRAIS("frais"),
        MODES_ACCUEIL("modes-accueil"),
        RESEAUX_PORTEURS("reseaux-porteurs"),
        TYPES_DE_SERVICES("types-de-services");

        private final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    /** One code and its French label. */
    public record Code(String value, String label) {

        /** For themes ({@code famille--sujet}): the family part, else the whole code. */
        public String family() {
            int cut = value.indexOf("--");
            return cut < 0 ? value : value.substring(0, cut);
        }
    }

    /** The themes of one family ({@code famille} of {@code famille--sujet}), in the list's order. */
    public record Family(String code, List<Code> themes) {}

    private static final String ENGLISH_LABELS = "/directory/data-inclusion/labels_en.properties";

    private final Map<Kind, Map<String, Code>> lists = new EnumMap<>(Kind.class);

    /** English labels by {@code <list file>.<code>}. */
    private final Properties english = new Properties();

    DirectoryCodes(ObjectMapper json) {
        for (Kind kind : Kind.values()) {
            String path = "/directory/data-inclusion/" + kind.file + ".json";
            try (InputStream in = DirectoryCodes.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing reference list " + path);
                }
                Map<String, Code> codes = new LinkedHashMap<>();
                for (JsonNode node : json.readTree(in)) {
                    String value = node.get("value").asText();
                    codes.put(value, new Code(value, node.get("label").asText()));
                }
                lists.put(kind, Collections.unmodifiableMap(codes));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read reference list " + path, e);
            }
        }
        try (InputStream in = DirectoryCodes.class.getResourceAsStream(ENGLISH_LABELS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + ENGLISH_LABELS);
            }
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ENGLISH_LABELS, e);
        }
    }

    /** Every code of a list, in the list's order. */
    public List<Code> list(Kind kind) {
        return List.copyOf(lists.get(kind).values());
    }

    /** The themes grouped by family, families in the order they first appear. */
    public List<Family> themeFamilies() {
        Map<String, List<Code>> byFamily = new LinkedHashMap<>();
        for (Code c : lists.get(Kind.THEMATIQUES).values()) {
            byFamily.computeIfAbsent(c.family(), f -> new ArrayList<>()).add(c);
        }
        return byFamily.entrySet().stream()
                .map(e -> new Family(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** Whether the code is in the list. */
    public boolean known(Kind kind, String value) {
        return value != null && lists.get(kind).containsKey(value);
    }

    /** Whether every code is in the list. */
    public boolean allKnown(Kind kind, Collection<String> values) {
        return values.stream().allMatch(v -> known(kind, v));
    }

    /** The French label of a code; the code itself when the list does not have it; "" for null. */
    public String label(Kind kind, String value) {
        if (value == null) {
            return "";
        }
        Code code = lists.get(kind).get(value);
        return code == null ? value : code.label();
    }

    /** The labels of several codes, in the given order. */
    public List<String> labels(Kind kind, Collection<String> values) {
        return values.stream().map(v -> label(kind, v)).toList();
    }

    /**
     * The label of a code in the language of {@code locale}: English when the locale's language is English and the
     * code has an English label, else the French label (the code itself when the list does not have it; "" for null).
     */
    public String label(Kind kind, String value, Locale locale) {
        if (value != null && locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            String translated = english.getProperty(kind.file + "." + value);
            if (translated != null) {
                return translated;
            }
        }
        return label(kind, value);
    }

    /** The labels of several codes in the language of {@code locale}, in the given order. */
    public List<String> labels(Kind kind, Collection<String> values, Locale locale) {
        return values.stream().map(v -> label(kind, v, locale)).toList();
    }

    /** Every code of a list with its label in the language of {@code locale}, in the list's order. */
    public List<Code> list(Kind kind, Locale locale) {
        return lists.get(kind).values().stream()
                .map(c -> new Code(c.value(), label(kind, c.value(), locale)))
                .toList();
    }

    /** {@link #themeFamilies()} with the themes' labels in the language of {@code locale}. */
    public List<Family> themeFamilies(Locale locale) {
        return themeFamilies().stream()
                .map(f -> new Family(
                        f.code(),
                        f.themes().stream()
                                .map(c -> new Code(c.value(), label(Kind.THEMATIQUES, c.value(), locale)))
                                .toList()))
                .toList();
    }
}
