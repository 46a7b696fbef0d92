package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Importing into the directory through the web layer (issue #17, point 4): the preview of a fixture workbook and a
 * data·inclusion file with good and bad rows, the confirmation that imports the good rows only, bad files, who may.
 */
@FaireAvecWebTest
class DirectoryImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    DirectoryService directory;

    TestData.Scenario scenario;
    String base;
    MockHttpSession session;

    @BeforeEach
    void aCarrierWhoseDirectoryHasTheCcas() {
        scenario = data.runningExperimentation();
        base = "/directory/" + scenario.territoryId();
        session = new MockHttpSession();
        directory.addStructure(
                scenario.carrier().viewer(), scenario.territoryId(), TestData.structureDetails("CCAS de Redon"));
    }

    @Test
    void theFixtureWorkbooksPreviewShowsEveryRowsProblemsAndImportsNothingYet() throws Exception {
        String preview = previewOf(upload(fixture("import-fixture.xlsx"), "annuaire.xlsx"));
        assertThat(preview)
                .contains("Fichier : annuaire.xlsx")
                .contains("2 structure(s) et 2 service(s) seront ajoutés.")
                .contains("10 ligne(s) seront laissées de côté")
                .contains("Ligne 3", "Nom : indiquez le nom.")
                .contains("SIRET : ce numéro n&#39;existe pas")
                .contains("ce lieu n&#39;est pas en France")
                .contains("En double dans le fichier : même SIRET, ou même nom et même commune, que la ligne 2.")
                .contains("Déjà dans l&#39;annuaire avec le même nom dans la même commune : « CCAS de Redon ».")
                .contains("Réseaux porteurs : le code « pas-un-reseau » n&#39;existe pas.")
                .contains("Thématiques : le code « pas-un-theme » n&#39;existe pas.")
                .contains("Publics : le code « pas-un-public » n&#39;existe pas.")
                .contains("Frais : le code « pas-un-frais » n&#39;existe pas.")
                .contains("Sa structure « E99 » n&#39;est pas dans le fichier.")
                .contains("Laissé de côté avec sa structure.");
        assertThat(names()).containsExactly("CCAS de Redon");
    }

    @Test
    void confirmingImportsTheGoodRowsOnlyAndOnce() throws Exception {
        String previewPage =
                upload(fixture("import-fixture.xlsx"), "annuaire.xlsx").getRedirectedUrl();
        MockHttpServletResponse done = send(post(previewPage), scenario.carrier());
        assertThat(done.getRedirectedUrl()).isEqualTo(base);
        assertThat(done.getContentAsString()).isEmpty();

        assertThat(names())
                .containsExactlyInAnyOrder(
                        "CCAS de Redon", "Épicerie solidaire du Pays de Redon", "Secours populaire de Redon");
        StructureView epicerie = listing().stream()
                .filter(s -> s.nom().startsWith("Épicerie"))
                .findFirst()
                .orElseThrow();
        assertThat(epicerie.siret()).isEqualTo("73282932000074");
        assertThat(epicerie.codePostal()).isEqualTo("35600");
        assertThat(epicerie.latitude()).isEqualTo(47.6514);
        assertThat(epicerie.services()).extracting(ServiceView::nom).containsExactly("Colis alimentaires");
        StructureView secours = listing().stream()
                .filter(s -> s.nom().startsWith("Secours"))
                .findFirst()
                .orElseThrow();
        // a cell that looks like a formula is kept as the text it is
        assertThat(secours.description()).isEqualTo("=HYPERLINK(\"https://example.org\";\"clic\")");
        assertThat(secours.services()).extracting(ServiceView::nom).containsExactly("Vestiaire solidaire");

        // the same preview cannot be imported twice
        assertThat(send(post(previewPage), scenario.carrier()).getRedirectedUrl())
                .isEqualTo(base + "/import");
        assertThat(names()).hasSize(3);
    }

    @Test
    void aDataInclusionFileIsCheckedAgainstTheSchemaRecordByRecord() throws Exception {
        MockHttpServletResponse uploaded = upload(fixture("import-fixture.json"), "annuaire.json");
        String preview = previewOf(uploaded);
        assertThat(preview)
                .contains("1 structure(s) et 1 service(s) seront ajoutés.")
                // the schema's findings in plain words, not the validator's JSON paths and lists of 100 codes
                .contains("date_maj : ce champ manque.")
                .doesNotContain("énumération", "$.")
                .contains("ce lieu n&#39;est pas en France")
                .contains("Thématiques : le code « pas-un-theme » n&#39;existe pas.");
        send(post(uploaded.getRedirectedUrl()), scenario.carrier());
        assertThat(names()).containsExactlyInAnyOrder("CCAS de Redon", "Centre social Le Tournesol");
    }

    @Test
    void badFilesGetAMessageInThePageAndNothingElse() throws Exception {
        assertThat(refusal(upload("%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.UTF_8), "notes.xlsx")))
                .contains("Le fichier « notes.xlsx » n&#39;est pas du bon type. Types acceptés : .xlsx, .json.");
        assertThat(refusal(upload("bonjour".getBytes(StandardCharsets.UTF_8), "notes.json")))
                .contains("Le fichier « notes.json » ne peut pas être lu");
        assertThat(refusal(upload(new byte[0], "vide.xlsx"))).contains("Le fichier « vide.xlsx » est vide.");
        assertThat(refusal(upload("{\"a\": 1}".getBytes(StandardCharsets.UTF_8), "autre.json")))
                .contains("Ce fichier JSON n&#39;est pas au format data·inclusion");
        assertThat(refusal(upload(workbook("Structures", "Nom", "Identifiant"), "titres.xlsx")))
                .contains("Feuille « Structures », colonne 1 : le titre doit être « Identifiant » (trouvé : « Nom »).");
        assertThat(refusal(upload(workbook("Feuil1", "Identifiant"), "feuille.xlsx")))
                .contains("Le fichier n&#39;a pas de feuille « Structures ».");
        assertThat(refusal(upload(new byte[5 * 1024 * 1024 + 1], "gros.xlsx"))).contains("est trop gros");
        assertThat(refusal(send(multipart(base + "/import"), scenario.carrier())))
                .contains("Choisissez le fichier à envoyer.");
        assertThat(names()).containsExactly("CCAS de Redon");
    }

    @Test
    void onlyTheTerritorysCarriersImportAndAPreviewIsOnlyItsUploaders() throws Exception {
        AccountPrincipal participant = data.memberOfCollege(scenario.experimentationId(), College.LIVED_EXPERIENCE);
        MockMultipartFile file = new MockMultipartFile("file", "a.xlsx", null, fixture("import-fixture.xlsx"));
        assertThat(send(multipart(base + "/import").file(file), participant).getStatus())
                .isEqualTo(403);
        assertThat(send(get(base + "/import"), participant).getStatus()).isEqualTo(403);

        String previewPage = upload(fixture("import-fixture.xlsx"), "a.xlsx").getRedirectedUrl();
        // another carrier with the same session (a stolen cookie is out of reach; a shared browser is not)
        AccountPrincipal admin = data.admin();
        assertThat(send(post(previewPage), admin).getRedirectedUrl()).isEqualTo(base + "/import");
        // the same preview under another territory's address
        TestData.Scenario other = data.runningExperimentation();
        String elsewhere = previewPage.replace(base, "/directory/" + other.territoryId());
        assertThat(send(post(elsewhere), other.carrier()).getStatus()).isEqualTo(302);
        assertThat(names()).containsExactly("CCAS de Redon");
    }

    @Test
    void theTemplateHasTheColumnsANoticeAndTheCodeLists() throws Exception {
        MockHttpServletResponse template = send(get(base + "/import/template.xlsx"), scenario.carrier());
        assertThat(template.getHeader("Content-Disposition")).contains("modele-annuaire.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(template.getContentAsByteArray()))) {
            assertThat(book.getSheet("Structures").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Nom");
            assertThat(book.getSheet("Services").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Identifiant de la structure");
            assertThat(book.getSheet("Notice").getRow(6).getCell(1).getStringCellValue())
                    .isEqualTo("Identifiant");
            assertThat(book.getSheet("Codes").getLastRowNum()).isGreaterThan(100);
        }
        // the template imports as it is: no rows
        assertThat(refusal(upload(template.getContentAsByteArray(), "modele.xlsx")))
                .contains("Le fichier n&#39;a aucune ligne à importer.");
    }

    private List<String> names() {
        return listing().stream().map(StructureView::nom).toList();
    }

    private List<StructureView> listing() {
        return directory
                .directory(scenario.carrier().viewer(), scenario.territoryId(), DirectoryQuery.all(), 0)
                .rows()
                .getContent();
    }

    private MockHttpServletResponse upload(byte[] content, String name) throws Exception {
        return send(
                multipart(base + "/import").file(new MockMultipartFile("file", name, null, content)),
                scenario.carrier());
    }

    private String previewOf(MockHttpServletResponse uploaded) throws Exception {
        assertThat(uploaded.getStatus()).as(uploaded.getContentAsString()).isEqualTo(302);
        assertThat(uploaded.getRedirectedUrl()).startsWith(base + "/import/");
        MockHttpServletResponse page = send(get(uploaded.getRedirectedUrl()), scenario.carrier());
        assertThat(page.getStatus()).isEqualTo(200);
        return page.getContentAsString();
    }

    private static String refusal(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = DirectoryImportTest.class.getResourceAsStream("/directory/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A workbook with one sheet whose first row has these titles. */
    private static byte[] workbook(String sheet, String... headers) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = book.createSheet(sheet).createRow(0);
            for (int i = 0; i < headers.length; i++) {
                row.createCell(i).setCellValue(headers[i]);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, AccountPrincipal who) throws Exception {
        return mvc.perform(request.session(session).with(csrf()).with(user(who)))
                .andReturn()
                .getResponse();
    }
}
