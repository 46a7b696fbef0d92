package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The directory's export (issue #17, point 4): the data·inclusion JSON is valid against the schema's own files (the
 * test copy in {@code src/test/resources/data-inclusion-schema-v1/}, not the product's), the public view exports the
 * public fields only, the workbook writes text as text, and both formats come back as the same records when imported
 * into another territory.
 */
@FaireAvecWebTest
class DirectoryExchangeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    DirectoryService directory;

    @Autowired
    DirectoryExchangeService exchange;

    TestData.Scenario scenario;
    TestData.DirectoryItems items;
    String base;

    @BeforeEach
    void aPublishedDirectoryWithPrivateContacts() {
        scenario = data.runningExperimentation();
        items = data.directoryFixture(scenario); // a person's phone and a contact person: not public
        base = "/directory/" + scenario.territoryId();
        var viewer = scenario.carrier().viewer();
        Structure tiersLieu = directory.addStructure(
                viewer,
                scenario.territoryId(),
                new StructureDetails(
                        "Tiers-lieu La Fabrique",
                        "35600000000048",
                        "-Un lieu ouvert : ateliers, café, jardin.",
                        "2 quai Surcouf",
                        "Bâtiment B",
                        "35600",
                        "Redon",
                        "35236",
                        47.6489,
                        -2.0868,
                        "02 99 00 00 02",
                        "bonjour@fabrique.example.org",
                        "https://fabrique.example.org",
                        "Tu-Sa 10:00-18:00",
                        "https://acceslibre.beta.gouv.fr/app/35-redon/a/tiers-lieu/erp/la-fabrique/",
                        List.of("france-service"),
                        false,
                        true));
        directory.addService(
                viewer,
                scenario.territoryId(),
                tiersLieu.getId(),
                new ServiceDetails(
                        "Atelier",
                        "Ateliers numériques pour débuter.",
                        "atelier",
                        List.of("numerique--maitriser-les-fondamentaux-du-numerique"),
                        List.of("seniors", "jeunes"),
                        "De 16 à 99 ans",
                        "payant",
                        "2 euros",
                        List.of("en-presentiel", "a-distance"),
                        "@inscription au café",
                        null,
                        "02 99 00 00 03",
                        "atelier@fabrique.example.org",
                        true));
    }

    @Test
    void theJsonExportIsValidAgainstTheDataInclusionSchema() throws Exception {
        JsonNode export = json(send(get(base + "/export.json"), scenario.carrier()));
        assertThat(export.get("structures")).hasSize(2);
        assertThat(export.get("services")).hasSize(2);
        JsonSchema structure = schema("structure");
        JsonSchema service = schema("service");
        for (JsonNode s : export.get("structures")) {
            assertThat(structure.validate(s)).as(s.toString()).isEmpty();
        }
        for (JsonNode v : export.get("services")) {
            assertThat(service.validate(v)).as(v.toString()).isEmpty();
        }
        // the schema files do catch a broken record (the check above can fail)
        ObjectNode broken = (ObjectNode) export.get("services").get(0).deepCopy();
        broken.put("frais", "pas-un-frais");
        broken.remove("date_maj");
        Set<ValidationMessage> messages = service.validate(broken);
        assertThat(messages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(export.toString()).contains("Paul Martin", "06 12 34 56 78", "marie.dupont@example.org");
    }

    @Test
    void thePublicViewExportsThePublicFieldsOnly() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/territories/" + items.slug() + "/directory/export.json"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String export = response.getContentAsString();
        assertThat(export)
                .contains("Colis alimentaires", "3 rue des Halles", "02 99 00 00 02", "atelier@fabrique.example.org")
                // the person's phone and e-mail, the contact person, and the address that is not public
                .doesNotContain(
                        "06 12 34 56 78", "marie.dupont", "Paul Martin", "paul.martin", "2 quai Surcouf", "47.6489");
        for (JsonNode s : JSON.readTree(export).get("structures")) {
            assertThat(schema("structure").validate(s)).isEmpty();
        }
        String workbook = cells(mvc.perform(get("/territories/" + items.slug() + "/directory/export.xlsx"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(workbook).contains("Colis alimentaires").doesNotContain("Paul Martin", "06 12 34 56 78");
    }

    @Test
    void theWorkbookWritesTextAsTextEvenWhenItLooksLikeAFormula() throws Exception {
        byte[] export = send(get(base + "/export.xlsx"), scenario.carrier()).getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Row tiersLieu = row(book, "Structures", "Tiers-lieu La Fabrique");
            assertThat(tiersLieu.getCell(1).getStringCellValue()).isEqualTo("Tiers-lieu La Fabrique");
            Cell description = tiersLieu.getCell(3);
            assertThat(description.getCellType()).isEqualTo(CellType.STRING);
            assertThat(description.getStringCellValue()).isEqualTo("-Un lieu ouvert : ateliers, café, jardin.");
            assertThat(description.getCellStyle().getQuotePrefixed()).isTrue();
            Cell conditions = row(book, "Services", "Atelier").getCell(10);
            assertThat(conditions.getStringCellValue()).isEqualTo("@inscription au café");
            assertThat(conditions.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(tiersLieu.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(tiersLieu.getCell(9).getNumericCellValue()).isEqualTo(47.6489);
        }
    }

    @Test
    void aJsonExportImportedIntoAnotherTerritoryGivesTheSameRecords() throws Exception {
        byte[] export = send(get(base + "/export.json"), scenario.carrier()).getContentAsByteArray();
        TestData.Scenario other = data.runningExperimentation();
        importInto(other, export, "annuaire.json");
        // data·inclusion has no public flags: the address comes in public, the contacts not
        assertThat(records(other, true)).isEqualTo(records(scenario, true));
    }

    @Test
    void aWorkbookExportImportedIntoAnotherTerritoryGivesTheSameRecords() throws Exception {
        byte[] export = send(get(base + "/export.xlsx"), scenario.carrier()).getContentAsByteArray();
        TestData.Scenario other = data.runningExperimentation();
        importInto(other, export, "annuaire.xlsx");
        assertThat(records(other, false)).isEqualTo(records(scenario, false));
    }

    private void importInto(TestData.Scenario other, byte[] file, String name) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String otherBase = "/directory/" + other.territoryId();
        MockHttpServletResponse uploaded = mvc.perform(multipart(otherBase + "/import")
                        .file(new MockMultipartFile("file", name, null, file))
                        .session(session)
                        .with(csrf())
                        .with(user(other.carrier())))
                .andReturn()
                .getResponse();
        assertThat(uploaded.getRedirectedUrl())
                .as(uploaded.getContentAsString())
                .startsWith(otherBase + "/import/");
        String preview = mvc.perform(
                        get(uploaded.getRedirectedUrl()).session(session).with(user(other.carrier())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview).contains("2 structure(s) et 2 service(s) seront ajoutés.");
        assertThat(mvc.perform(post(uploaded.getRedirectedUrl())
                                .session(session)
                                .with(csrf())
                                .with(user(other.carrier())))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(otherBase);
    }

    /** The territory's records as exported, without ids and dates; the public flags left out when asked. */
    private List<Object> records(TestData.Scenario s, boolean withoutFlags) {
        List<Object> all = new ArrayList<>();
        for (DirectoryExport.ExportedStructure e :
                exchange.export(s.carrier().viewer(), s.territoryId()).structures()) {
            StructureDetails d = e.details();
            all.add(
                    withoutFlags
                            ? d.nom()
                                    + d.siret()
                                    + d.description()
                                    + d.adresse()
                                    + d.complementAdresse()
                                    + d.codePostal()
                                    + d.commune()
                                    + d.codeInsee()
                                    + d.latitude()
                                    + d.longitude()
                                    + d.telephone()
                                    + d.courriel()
                                    + d.siteWeb()
                                    + d.horairesAccueil()
                                    + d.accessibiliteLieu()
                                    + d.reseauxPorteurs()
                            : d);
            for (DirectoryExport.ExportedService v : e.services()) {
                ServiceDetails sd = v.details();
                all.add(
                        withoutFlags
                                ? new ServiceDetails(
                                        sd.nom(),
                                        sd.description(),
                                        sd.type(),
                                        sd.thematiques(),
                                        sd.publics(),
                                        sd.publicsPrecisions(),
                                        sd.frais(),
                                        sd.fraisPrecisions(),
                                        sd.modesAccueil(),
                                        sd.conditionsAcces(),
                                        sd.contactNomPrenom(),
                                        sd.telephone(),
                                        sd.courriel(),
                                        false)
                                : sd);
            }
        }
        return all;
    }

    /** The data·inclusion schema from the test resources (a copy apart from the product's). */
    static JsonSchema schema(String name) throws Exception {
        try (InputStream in =
                DirectoryExchangeTest.class.getResourceAsStream("/data-inclusion-schema-v1/" + name + ".json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            in,
                            SchemaValidatorsConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build());
        }
    }

    private static Row row(XSSFWorkbook book, String sheet, String name) {
        for (Row row : book.getSheet(sheet)) {
            if (name.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + name + " in " + sheet);
    }

    private static String cells(byte[] workbook) throws Exception {
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (String sheet : List.of("Structures", "Services")) {
                for (Row row : book.getSheet(sheet)) {
                    row.forEach(c -> all.append(c.toString()).append('|'));
                }
            }
        }
        return all.toString();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        return JSON.readTree(response.getContentAsByteArray());
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, AccountPrincipal who) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(who))).andReturn().getResponse();
    }
}
