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
     * @return at most {@value #MAX_MESSAGES} messages (in French, each with the field's JSON path); empty when valid
     */
    public List<String> structureProblems(JsonNode record) {
        return problems(structure, record);
    }

    /** What is wrong with one service record (see {@link #structureProblems}). */
    public List<String> serviceProblems(JsonNode record) {
        return problems(service, record);
    }

    private static List<String> problems(JsonSchema schema, JsonNode record) {
        return schema.validate(record).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .limit(MAX_MESSAGES)
                .toList();
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
