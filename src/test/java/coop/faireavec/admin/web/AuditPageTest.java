package coop.faireavec.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The administrators' audit page (issue #16, point 4): filters by person, experimentation, kind and days (Paris
 * time), pages of 50, the export of the filtered events as a workbook whose every cell is text, and no way for
 * anyone to change it: a participant gets 403 on reading and exporting, and there is no endpoint but GET.
 */
@FaireAvecWebTest
class AuditPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theFiltersKeepOnlyThatPersonExperimentationKindAndDays() throws Exception {
        AccountPrincipal admin = data.admin();
        AccountPrincipal someone = data.account("filtered", false);
        long exp = data.runningExperimentation().experimentationId();
        AuditLog.Actor actor = new AuditLog.Actor(admin.getPersonId(), admin.getDisplayName(), "10.0.0.1");
        audit.record(actor, AuditKind.MEMBER_ADDED, "membership", 1L, "trouvé-exp", exp, someone.getPersonId());
        audit.record(actor, AuditKind.ACCOUNT_DISABLED, "person", someone.getPersonId(), "trouvé-kind");
        try {
            clock.advance(Duration.ofDays(-40));
            audit.record(actor, AuditKind.ACCOUNT_DISABLED, "person", someone.getPersonId(), "il-y-a-40-jours");
        } finally {
            clock.reset();
        }
        audit.record(actor, AuditKind.ACCOUNT_DISABLED, "person", admin.getPersonId(), "autre-personne");

        mvc.perform(get("/admin/audit").param("person", someone.getUsername()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("trouvé-exp")))
                .andExpect(content().string(containsString("trouvé-kind")))
                .andExpect(content().string(containsString("il-y-a-40-jours")))
                .andExpect(content().string(not(containsString("autre-personne"))));
        mvc.perform(get("/admin/audit")
                        .param("person", String.valueOf(someone.getPersonId()))
                        .param("experimentation", String.valueOf(exp))
                        .with(user(admin)))
                .andExpect(content().string(containsString("trouvé-exp")))
                .andExpect(content().string(not(containsString("trouvé-kind"))));
        LocalDate today = LocalDate.now(clock.withZone(audit.zone()));
        mvc.perform(get("/admin/audit")
                        .param("person", someone.getUsername())
                        .param("kind", "ACCOUNT_DISABLED")
                        .param("from", today.minusDays(1).toString())
                        .param("to", today.toString())
                        .with(user(admin)))
                .andExpect(content().string(containsString("trouvé-kind")))
                .andExpect(content().string(not(containsString("trouvé-exp"))))
                .andExpect(content().string(not(containsString("il-y-a-40-jours"))));
        mvc.perform(get("/admin/audit")
                        .param("person", someone.getUsername())
                        .param("to", today.minusDays(39).toString())
                        .with(user(admin)))
                .andExpect(content().string(containsString("il-y-a-40-jours")))
                .andExpect(content().string(not(containsString("trouvé-kind"))));
    }

    @Test
    void aWrongFilterSaysWhichFieldAndShowsNoEvent() throws Exception {
        AccountPrincipal admin = data.admin();
        mvc.perform(get("/admin/audit")
                        .param("person", "personne-qui-n-existe-pas")
                        .param("kind", "NOT_A_KIND")
                        .param("from", "30/11/2026")
                        .with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Personne : aucun numéro ni nom d&#39;utilisateur")))
                .andExpect(content().string(containsString("Type d&#39;action : choisissez-en un")))
                .andExpect(content().string(containsString("Du : tapez un jour comme 2026-11-30.")));
        mvc.perform(get("/admin/audit")
                        .param("from", "2026-11-30")
                        .param("to", "2026-11-01")
                        .with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Au : ce jour est avant")));
        mvc.perform(get("/admin/audit/export").param("experimentation", "douze").with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Expérimentation : choisissez-en une")));
    }

    @Test
    void eventsComeFiftyAPageNewestFirst() throws Exception {
        AccountPrincipal admin = data.admin();
        AccountPrincipal someone = data.account("paged", false);
        AuditLog.Actor actor = new AuditLog.Actor(admin.getPersonId(), admin.getDisplayName(), null);
        for (int i = 1; i <= 51; i++) {
            audit.record(actor, AuditKind.ACCOUNT_ENABLED, "person", someone.getPersonId(), "ligne-" + i + "-fin");
        }
        mvc.perform(get("/admin/audit").param("person", someone.getUsername()).with(user(admin)))
                .andExpect(content().string(containsString("51 action(s)")))
                .andExpect(content().string(containsString("ligne-51-fin")))
                .andExpect(content().string(containsString("ligne-2-fin")))
                .andExpect(content().string(not(containsString("ligne-1-fin"))))
                .andExpect(content().string(containsString("Page 1 sur 2")));
        mvc.perform(get("/admin/audit")
                        .param("person", someone.getUsername())
                        .param("page", "2")
                        .with(user(admin)))
                .andExpect(content().string(containsString("ligne-1-fin")))
                .andExpect(content().string(not(containsString("ligne-2-fin"))));
    }

    @Test
    void theExportHoldsTheFilteredEventsAndEveryCellIsText() throws Exception {
        AccountPrincipal admin = data.admin();
        AccountPrincipal someone = data.account("exported", false);
        AuditLog.Actor actor = new AuditLog.Actor(admin.getPersonId(), "=HYPERLINK(\"http://x\")", "+33 1");
        audit.record(actor, AuditKind.ACCOUNT_DISABLED, "person", someone.getPersonId(), "=1+2");
        audit.record(actor, AuditKind.ACCOUNT_ENABLED, "person", someone.getPersonId(), "@SUM(A1)");
        audit.record(actor, AuditKind.ACCOUNT_ENABLED, "person", admin.getPersonId(), "pas-dans-l-export");

        byte[] bytes = mvc.perform(get("/admin/audit/export")
                        .param("person", someone.getUsername())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> details = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType())
                            .as("cell %s", cell.getAddress())
                            .isEqualTo(CellType.STRING);
                    String v = cell.getStringCellValue();
                    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                        assertThat(cell.getCellStyle().getQuotePrefixed())
                                .as("%s kept as text", v)
                                .isTrue();
                    }
                }
                if (row.getRowNum() > 0) {
                    details.add(row.getCell(7).getStringCellValue());
                }
            }
            assertThat(details).containsExactly("@SUM(A1)", "=1+2");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        }
    }

    /**
     * The filters read days in the platform's time zone (Europe/Paris); the times shown and exported are in it too,
     * never in UTC, and the export's header names the zone.
     */
    @Test
    void timesAreShownAndExportedInThePlatformsTimeZone() throws Exception {
        AccountPrincipal admin = data.admin();
        AccountPrincipal someone = data.account("zoned", false);
        java.time.Instant lateEvening = LocalDate.now(clock)
                .minusDays(3)
                .atTime(23, 30)
                .atZone(java.time.ZoneId.of("Europe/Paris"))
                .toInstant();
        try {
            clock.advance(Duration.between(clock.instant(), lateEvening));
            audit.record(
                    new AuditLog.Actor(admin.getPersonId(), admin.getDisplayName(), "10.0.0.1"),
                    AuditKind.ACCOUNT_DISABLED,
                    "person",
                    someone.getPersonId(),
                    "tard-le-soir");
        } finally {
            clock.reset();
        }
        java.time.ZonedDateTime paris = lateEvening.atZone(java.time.ZoneId.of("Europe/Paris"));
        java.time.ZonedDateTime utc = lateEvening.atZone(java.time.ZoneOffset.UTC);
        java.time.format.DateTimeFormatter shown = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

        mvc.perform(get("/admin/audit")
                        .param("person", someone.getUsername())
                        .param("kind", "ACCOUNT_DISABLED")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(shown.format(paris))))
                .andExpect(content().string(not(containsString(shown.format(utc)))))
                .andExpect(content().string(containsString("fuseau horaire Europe/Paris")));

        byte[] bytes = mvc.perform(get("/admin/audit/export")
                        .param("person", someone.getUsername())
                        .param("kind", "ACCOUNT_DISABLED")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("Europe/Paris");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")
                            .format(paris));
        }
    }

    @Test
    void aParticipantCanNeitherReadNorExportNorChangeTheAudit() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal participant = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        AccountPrincipal admin = data.admin();

        mvc.perform(get("/admin/audit").with(user(participant))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit/export").with(user(participant))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/audit").with(csrf()).with(user(participant))).andExpect(status().isForbidden());
        mvc.perform(delete("/admin/audit").with(csrf()).with(user(participant))).andExpect(status().isForbidden());
        // not even an administrator can change it: there is no endpoint but GET
        mvc.perform(post("/admin/audit").with(csrf()).with(user(admin))).andExpect(status().isMethodNotAllowed());
        assertThat(mappings.getHandlerMethods().keySet())
                .filteredOn(info -> info.getPatternValues().stream().anyMatch(p -> p.startsWith("/admin/audit")))
                .isNotEmpty()
                .allSatisfy(info ->
                        assertThat(info.getMethodsCondition().getMethods()).containsExactly(RequestMethod.GET));
    }
}
