package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.faireavec.directory.DirectoryCodes.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference lists the product reads (main resources) hold exactly the codes the data·inclusion v1 JSON Schemas
 * allow (test resources, copied from the schema with their licence): a record that uses only these codes is valid
 * in the national format.
 */
class DirectoryCodesTest {

    private final ObjectMapper json = new ObjectMapper();
    private final DirectoryCodes codes = new DirectoryCodes(json);

    @Test
    void everyListMatchesTheSchemasEnumeration() throws IOException {
        assertThat(values(Kind.RESEAUX_PORTEURS))
                .containsExactlyInAnyOrderElementsOf(schemaEnum("structure", "ReseauPorteur"));
        assertThat(values(Kind.THEMATIQUES)).containsExactlyInAnyOrderElementsOf(schemaEnum("service", "Thematique"));
        assertThat(values(Kind.PUBLICS)).containsExactlyInAnyOrderElementsOf(schemaEnum("service", "Public"));
        assertThat(values(Kind.FRAIS)).containsExactlyInAnyOrderElementsOf(schemaEnum("service", "Frais"));
        assertThat(values(Kind.MODES_ACCUEIL))
                .containsExactlyInAnyOrderElementsOf(schemaEnum("service", "ModeAccueil"));
        assertThat(values(Kind.TYPES_DE_SERVICES))
                .containsExactlyInAnyOrderElementsOf(schemaEnum("service", "TypeService"));
    }

    @Test
    void codesHaveTheirFrenchLabelAndThemesTheirFamily() {
        assertThat(codes.label(Kind.FRAIS, "gratuit")).isEqualTo("Gratuit");
        assertThat(codes.label(Kind.PUBLICS, "pas-un-code")).isEqualTo("pas-un-code");
        assertThat(codes.known(Kind.PUBLICS, "seniors")).isTrue();
        assertThat(codes.known(Kind.PUBLICS, null)).isFalse();
        assertThat(codes.themeFamilies()).hasSize(16);
        assertThat(codes.themeFamilies().get(0).themes())
                .allMatch(c -> c.family().equals("choisir-un-metier"));
    }

    private List<String> values(Kind kind) {
        return codes.list(kind).stream().map(DirectoryCodes.Code::value).toList();
    }

    private List<String> schemaEnum(String schema, String definition) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/data-inclusion/" + schema + ".json")) {
            JsonNode node = json.readTree(in).path("$defs").path(definition).path("enum");
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asText()));
            assertThat(values).as("%s.json $defs.%s", schema, definition).isNotEmpty();
            return values;
        }
    }
}
