package coop.faireavec.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The personal-data downloads speak plainly (newcomer's review): sheets and columns carry labels in the reader's
 * language, not table and column names, which stay on a last sheet (and in the JSON) for the data protection officer;
 * times are in the platform's time zone, which the files name.
 */
@FaireAvecWebTest
class PersonalDataLabelsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void theWorkbookNamesSheetsAndColumnsInPlainFrenchAndKeepsTheTechnicalNamesApart() throws Exception {
        AccountPrincipal me = data.account("labels", false);
        try (XSSFWorkbook book = workbook(get("/me/data.xlsx").with(user(me)))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).contains("02 Compte de connexion", "Noms techniques");
            assertThat(sheets.subList(0, sheets.size() - 1)).noneMatch(n -> n.contains("_"));

            Sheet account = book.getSheet("02 Compte de connexion");
            List<String> headers = texts(account.getRow(0));
            assertThat(headers).contains("Nom d'utilisateur", "Créé le").noneMatch(h -> h.contains("_"));
            assertThat(account.getRow(1)
                            .getCell(headers.indexOf("Nom d'utilisateur"))
                            .getStringCellValue())
                    .isEqualTo(me.getUsername());

            Sheet summary = book.getSheetAt(0);
            assertThat(summary.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Fait le (fuseau horaire Europe/Paris)");
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).matches(".* \\+0[12]:00");
            List<List<String>> lines = new ArrayList<>();
            summary.forEach(r -> lines.add(texts(r)));
            assertThat(lines).contains(List.of("Compte de connexion", "1", "user_account.person_id"));

            List<List<String>> technical = new ArrayList<>();
            book.getSheet("Noms techniques").forEach(r -> technical.add(texts(r)));
            assertThat(technical)
                    .contains(List.of("02 Compte de connexion", "Nom d'utilisateur", "user_account.username"));
        }
        try (XSSFWorkbook book =
                workbook(get("/me/data.xlsx").param("lang", "en").with(user(me)))) {
            Sheet account = book.getSheet("02 Sign-in account");
            assertThat(texts(account.getRow(0))).contains("Username");
        }
    }

    @Test
    void theJsonLabelsEachSectionAndColumnBesideItsTechnicalName() throws Exception {
        AccountPrincipal me = data.account("labelsjson", false);
        JsonNode doc = new ObjectMapper()
                .readTree(mvc.perform(get("/me/data.json").with(user(me)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(doc.get("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(doc.get("generatedAt").asText()).matches(".*\\+0[12]:00");
        JsonNode account = null;
        for (JsonNode section : doc.get("sections")) {
            if (section.get("name").asText().equals("user_account.person_id")) {
                account = section;
            }
        }
        assertThat(account).isNotNull();
        assertThat(account.get("label").asText()).isEqualTo("Compte de connexion");
        assertThat(account.get("columns").get("username").asText()).isEqualTo("Nom d'utilisateur");
        assertThat(account.get("rows").get(0).get("created_at").asText()).matches(".*\\+0[12]:00");
    }

    private XSSFWorkbook workbook(MockHttpServletRequestBuilder request) throws Exception {
        byte[] bytes = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}
