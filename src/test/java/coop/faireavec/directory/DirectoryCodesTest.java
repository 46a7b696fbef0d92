package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.faireavec.directory.DirectoryCodes.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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

    @Test
    void inEnglishEveryThemeAudienceFeeModeAndTypeHasItsOwnLabelAndAnUnknownCodeFallsBackToFrench() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/directory/data-inclusion/labels_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<Kind, String> files = Map.of(
                Kind.THEMATIQUES, "thematiques",
                Kind.PUBLICS, "publics",
                Kind.FRAIS, "frais",
                Kind.MODES_ACCUEIL, "modes-accueil",
                Kind.TYPES_DE_SERVICES, "types-de-services");
        files.forEach((kind, file) -> {
            for (DirectoryCodes.Code c : codes.list(kind)) {
                String key = file + "." + c.value();
                assertThat(english.getProperty(key)).as(key).isNotBlank();
                assertThat(codes.label(kind, c.value(), Locale.ENGLISH)).as(key).isEqualTo(english.getProperty(key));
            }
        });
        assertThat(english.stringPropertyNames())
                .as("no English label for a code the lists do not have")
                .allMatch(k -> files.entrySet().stream()
                        .anyMatch(f -> k.startsWith(f.getValue() + ".")
                                && codes.known(
                                        f.getKey(), k.substring(f.getValue().length() + 1))));
        assertThat(codes.label(Kind.THEMATIQUES, "equipement-et-alimentation--alimentation", Locale.ENGLISH))
                .isEqualTo("Food");
        assertThat(codes.label(Kind.FRAIS, "gratuit", Locale.UK)).isEqualTo("Free");
        assertThat(codes.label(Kind.FRAIS, "gratuit", Locale.FRENCH)).isEqualTo("Gratuit");
        // the carrying networks are names: no English label, the French one stays
        assertThat(codes.label(Kind.RESEAUX_PORTEURS, "secours-populaire", Locale.ENGLISH))
                .isEqualTo(codes.label(Kind.RESEAUX_PORTEURS, "secours-populaire"));
        assertThat(codes.label(Kind.PUBLICS, "pas-un-code", Locale.ENGLISH)).isEqualTo("pas-un-code");
        assertThat(codes.list(Kind.PUBLICS, Locale.ENGLISH))
                .extracting(DirectoryCodes.Code::label)
                .contains("Everyone", "Older people");
        assertThat(codes.themeFamilies(Locale.ENGLISH).get(0).themes().get(0).label())
                .isEqualTo("Confirming one's choice of trade");
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
