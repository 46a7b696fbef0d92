package coop.faireavec.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A person who did everything of {@link FourPhaseJourney} downloads everything held about them, in JSON and Excel;
 * their carrier downloads the experimentation's part for them (audited, without their ballots); nobody else's data
 * is in it, and a text that looks like a formula stays text in the workbook.
 */
@FaireAvecWebTest
class PersonalDataExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ManagementService jobs;

    @Autowired
    AuditLog audit;

    @Test
    void aPersonDownloadsEverythingAndTheirCarrierTheExperimentationsPartWithoutBallots() throws Exception {
        FourPhaseJourney journey = new FourPhaseJourney(new WebScenario(mvc), data, jobs).enrolAndStart();
        journey.sharedDiagnosis();
        journey.actionLeads();
        journey.experimenting();
        AccountPrincipal camille = journey.members.get(College.LIVED_EXPERIENCE);
        AccountPrincipal sam = journey.members.get(College.PRACTITIONERS);
        journey.consolidation();
        // words noted for Camille by the carrier in a meeting, and a text of hers that looks like a formula
        TestData.MeetingFixture meeting =
                data.meetingWithWords(new TestData.Scenario(journey.id, 0, journey.carrier), camille);
        String words = "/experimentations/" + journey.id + "/meetings/" + meeting.meetingId() + "/contributions";
        mvc.perform(post(words)
                        .with(user(journey.carrier))
                        .with(csrf())
                        .param("round", "PEER_LIVED_EXPERIENCE")
                        .param("body", "Noté par Claire pour Camille.")
                        .param("forPerson", String.valueOf(camille.getPersonId()))
                        .param("consentKind", "ORAL"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(words)
                        .with(user(camille))
                        .with(csrf())
                        .param("round", "PEER_LIVED_EXPERIENCE")
                        .param("body", "=HYPERLINK(\"http://example.org\";\"clic\")"))
                .andExpect(status().is3xxRedirection());

        String json = body(get("/me/data.json").with(user(camille)));
        JsonNode own = JSON.readTree(json);
        assertThat(own.get("personId").asLong()).isEqualTo(camille.getPersonId());
        assertThat(rows(own, "person.id")).hasSize(1);
        JsonNode account = rows(own, "user_account.person_id").get(0);
        assertThat(account.get("username").asText()).isEqualTo(camille.getUsername());
        assertThat(account.has("password_hash")).isFalse();
        assertThat(json).doesNotContain("$2a$").doesNotContain("$2b$");
        assertThat(rows(own, "membership.person_id")).isNotEmpty();
        assertThat(texts(own, "contribution.author_id", "body"))
                .contains("Ce que dit le collège de " + camille.getUsername(), "Noté par Claire pour Camille.");
        // who recorded on her behalf, by name, and how she agreed
        assertThat(rows(own, "contribution.author_id")).anySatisfy(c -> {
            assertThat(c.path("recorded_by_id_name").asText()).isEqualTo("Claire");
            assertThat(c.path("consent_kind").asText()).isEqualTo("ORAL");
        });
        assertThat(rows(own, "meeting_participant.person_id"))
                .anySatisfy(p -> assertThat(p.path("present").asBoolean()).isTrue());
        assertThat(rows(own, "minutes_validation.person_id")).isNotEmpty();
        assertThat(rows(own, "vote_ballot.voter_id"))
                .as("her own ballots, with their grades")
                .anySatisfy(b -> assertThat(b.path("grade").asText()).isEqualTo("ESSENTIAL"));
        assertThat(rows(own, "membership.person_id").get(0).has("named_in_reports"))
                .as("her consent to be named")
                .isTrue();
        // nobody else's words or account
        assertThat(json)
                .doesNotContain("Ce que dit le collège de " + sam.getUsername())
                .doesNotContain(sam.getUsername());

        // the workbook: the same, every cell text; the formula-like text is a text cell, quote-prefixed
        byte[] xlsx = bytes(get("/me/data.xlsx").with(user(camille)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Cell> cells = new ArrayList<>();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    row.forEach(cells::add);
                }
            }
            assertThat(cells).allSatisfy(c -> assertThat(c.getCellType()).isEqualTo(CellType.STRING));
            assertThat(cells)
                    .filteredOn(c -> c.getStringCellValue().startsWith("=HYPERLINK"))
                    .singleElement()
                    .satisfies(
                            c -> assertThat(c.getCellStyle().getQuotePrefixed()).isTrue());
            assertThat(cells)
                    .extracting(Cell::getStringCellValue)
                    .contains(camille.getUsername(), "Noté par Claire pour Camille.", "ESSENTIAL")
                    .doesNotContain(sam.getUsername());
        }

        // the carrier, for Camille: that experimentation's part, never her ballots; recorded in the audit
        String forMember = "/experimentations/" + journey.id + "/members/" + camille.getPersonId() + "/data";
        JsonNode carrierView = JSON.readTree(body(get(forMember + ".json").with(user(journey.carrier))));
        assertThat(names(carrierView)).doesNotContain("vote_ballot.voter_id", "user_account.person_id");
        assertThat(texts(carrierView, "contribution.author_id", "body")).contains("Noté par Claire pour Camille.");
        assertThat(carrierView.toString()).doesNotContain("ESSENTIAL");
        byte[] carrierXlsx = bytes(get(forMember + ".xlsx").with(user(journey.carrier)));
        assertThat(new String(carrierXlsx, StandardCharsets.ISO_8859_1)).startsWith("PK");
        assertThat(audit.about("person", camille.getPersonId()))
                .filteredOn(e -> e.getKind() == AuditKind.PERSONAL_DATA_DOWNLOADED)
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.getActorId()).isEqualTo(journey.carrier.getPersonId()));
        // someone who is not a member of that experimentation: not found there
        mvc.perform(get("/experimentations/" + journey.id + "/members/"
                                + data.admin().getPersonId() + "/data.json")
                        .with(user(journey.carrier)))
                .andExpect(status().isNotFound());
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return new String(bytes(request), StandardCharsets.UTF_8);
    }

    private byte[] bytes(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static List<String> names(JsonNode doc) {
        List<String> names = new ArrayList<>();
        doc.get("sections").forEach(s -> names.add(s.get("name").asText()));
        return names;
    }

    private static List<JsonNode> rows(JsonNode doc, String section) {
        List<JsonNode> rows = new ArrayList<>();
        doc.get("sections").forEach(s -> {
            if (s.get("name").asText().equals(section)) {
                s.get("rows").forEach(rows::add);
            }
        });
        return rows;
    }

    private static List<String> texts(JsonNode doc, String section, String column) {
        return rows(doc, section).stream()
                .filter(r -> r.hasNonNull(column))
                .map(r -> r.get(column).asText())
                .toList();
    }
}
