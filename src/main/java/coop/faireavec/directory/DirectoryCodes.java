package coop.faireavec.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The data·inclusion schema v1 reference lists the directory uses (themes, audiences, fees, reception modes, carrying
 * networks, service types), read once from {@code classpath:directory/data-inclusion/*.json} (copied from the schema,
 * Licence Ouverte 2.0). A code ({@code value}) is what is stored and exchanged; its French label is what is shown.
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

    private final Map<Kind, Map<String, Code>> lists = new EnumMap<>(Kind.class);

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
}
