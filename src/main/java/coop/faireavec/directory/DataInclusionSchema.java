package coop.faireavec.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The data·inclusion schema v1's JSON Schemas (draft 2020-12) of one structure and one service, read once from
 * {@code classpath:directory/data-inclusion/structure.json} and {@code service.json} (copied unchanged from the
 * schema, Licence Ouverte 2.0), checked with networknt's json-schema-validator (formats asserted, messages in French).
 */
@Component
public class DataInclusionSchema {

    /** The most messages kept for one record (a record far from the schema would list dozens). */
    static final int MAX_MESSAGES = 3;

    private final JsonSchema structure;
    private final JsonSchema service;

    DataInclusionSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .locale(Locale.FRENCH)
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        structure = load(factory, "structure", config);
        service = load(factory, "service", config);
    }

    /**
     * What is wrong with one structure record.
     *
     * @param record one element of a data·inclusion file's structures
     * @return at most {@value #MAX_MESSAGES} problems, each naming its field in plain words (a missing field, a code
     *     not in the schema's lists, a value of the wrong kind); empty when valid
     */
    public List<ImportProblem> structureProblems(JsonNode record) {
        return problems(structure, record);
    }

    /** What is wrong with one service record (see {@link #structureProblems}). */
    public List<ImportProblem> serviceProblems(JsonNode record) {
        return problems(service, record);
    }

    private static List<ImportProblem> problems(JsonSchema schema, JsonNode record) {
        return schema.validate(record).stream()
                .map(DataInclusionSchema::plain)
                .distinct()
                .sorted(Comparator.comparing((ImportProblem p) -> p.arguments().get(0)))
                .limit(MAX_MESSAGES)
                .toList();
    }

    /**
     * The validator's message in the people's words: its own text names JSON paths and lists every allowed code
     * (a newcomer's trial read "n'a pas de valeur dans l'énumération [...]" followed by 100 codes).
     */
    static ImportProblem plain(ValidationMessage m) {
        String field = m.getProperty() != null && "required".equals(m.getType())
                ? m.getProperty()
                : fieldOf(String.valueOf(m.getInstanceLocation()));
        return switch (m.getType()) {
            case "required" -> ImportProblem.of("directory.import.problem.schema.required", field);
            case "enum" ->
                ImportProblem.of("directory.import.problem.schema.enum", field, valueOf(m.getInstanceNode()));
            case "type" -> ImportProblem.of("directory.import.problem.schema.type", field);
            case "minLength" -> ImportProblem.of("directory.import.problem.schema.tooShort", field);
            case "maxLength" -> ImportProblem.of("directory.import.problem.schema.tooLong", field);
            default -> ImportProblem.of("directory.import.problem.schema.other", field);
        };
    }

    /** {@code $.thematiques[2]} → {@code thematiques}; the record itself ({@code $}) → "(la fiche)". */
    static String fieldOf(String path) {
        String f = path.replaceAll("\\[\\d+]", "").replaceFirst("^\\$\\.?", "");
        return f.isEmpty() ? "—" : f;
    }

    private static String valueOf(JsonNode node) {
        String text = node == null || node.isNull() ? "" : node.isTextual() ? node.asText() : node.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static JsonSchema load(JsonSchemaFactory factory, String name, SchemaValidatorsConfig config) {
        String path = "/directory/data-inclusion/" + name + ".json";
        try (InputStream in = DataInclusionSchema.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + path);
            }
            return factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + path, e);
        }
    }
}
