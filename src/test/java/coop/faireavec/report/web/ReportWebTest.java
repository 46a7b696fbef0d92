package coop.faireavec.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.audit.AuditEvent;
import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.report.ReportService;
import coop.faireavec.report.ReportVersion;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The reports' pages and downloads through the web layer: who may, what comes back, what is recorded. */
@FaireAvecWebTest
class ReportWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    ReportService reports;

    @Autowired
    AuditLog audit;

    @Autowired
    org.camunda.bpm.engine.ManagementService jobs;

    @Test
    void theCommitteeDownloadsTheExactKeptWorkbookAndTheDownloadIsRecorded() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        reports.generate(exp, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_REPORT_STEP);
        ReportVersion v2 = reports.generate(exp, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_CORRECTION);
        AccountPrincipal committee = data.memberWithRole(exp, ExperimentationRole.COMMITTEE);

        MockHttpServletResponse r = mvc.perform(
                        get("/experimentations/{id}/reports/phase-1.xlsx", exp).with(user(committee)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(r.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.getHeader("Content-Disposition")).startsWith("attachment; ");
        assertThat(org.springframework.http.ContentDisposition.parse(r.getHeader("Content-Disposition"))
                        .getFilename())
                .isEqualTo("bilan-phase-1-" + data.experimentation(exp).getTitle() + "-v2.xlsx");
        assertThat(r.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(r.getContentAsByteArray()).isEqualTo(v2.getContent());
        assertThat(audit.about("report", v2.getId()))
                .filteredOn(e -> e.getKind() == AuditKind.REPORT_DOWNLOADED)
                .singleElement()
                .satisfies(e -> assertThat(e.getActorId()).isEqualTo(committee.getPersonId()))
                .extracting(AuditEvent::getDetail)
                .asString()
                .startsWith("SHARED_DIAGNOSIS v2");

        ReportVersion v1 = reports.version(exp, Phase.SHARED_DIAGNOSIS, 1).orElseThrow();
        byte[] first = mvc.perform(get("/experimentations/{id}/reports/phase-1/v1.xlsx", exp)
                        .with(user(s.carrier())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(first).isEqualTo(v1.getContent());
    }

    @Test
    void participantsAndOtherExperimentationsAreRefusedAndAMissingReportIsAPlainWordsPage() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        TestData.Scenario other = data.runningExperimentation();
        AccountPrincipal participant = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);

        String none = mvc.perform(
                        get("/experimentations/{id}/reports/phase-1.xlsx", exp).with(user(s.carrier())))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(none).select("h1").text()).isEqualTo("Pas encore de bilan");
        mvc.perform(get("/experimentations/{id}/reports/phase-7.xlsx", exp).with(user(s.carrier())))
                .andExpect(status().isNotFound());
        int notANumber = mvc.perform(
                        get("/experimentations/{id}/reports/phase-x.xlsx", exp).with(user(s.carrier())))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(notANumber)
                .as("a phase that is not a number is refused, never a 500")
                .isBetween(400, 404);

        reports.generate(exp, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_REPORT_STEP);
        mvc.perform(get("/experimentations/{id}/reports/phase-1.xlsx", exp).with(user(participant)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/experimentations/{id}/reports/phase-1.xlsx", exp).with(user(other.carrier())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/experimentations/{id}/reports/phase-1.xlsx", exp)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/experimentations/{id}/reports/experimentation.xlsx", exp)
                        .with(user(data.admin())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCarrierAsksForANewVersionTheCommitteeMayNot() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal committee = data.memberWithRole(exp, ExperimentationRole.COMMITTEE);
        // a phase that never reached its report step has no version: none can be asked for, in plain words
        String refused = mvc.perform(post("/experimentations/{id}/reports/phase-1/regenerate", exp)
                        .with(user(s.carrier()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(refused).text()).contains("pas encore de bilan");
        assertThat(reports.latest(exp, Phase.SHARED_DIAGNOSIS)).isEmpty();
        assertThat(Jsoup.parse(mvc.perform(get("/experimentations/{id}/reports", exp)
                                        .with(user(s.carrier())))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("form[action$=/phase-1/regenerate]"))
                .as("no button before the report step")
                .isEmpty();
        reports.generate(exp, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_REPORT_STEP);
        reports.generate(exp, null, null, ReportService.REASON_REPORT_STEP);

        mvc.perform(post("/experimentations/{id}/reports/phase-1/regenerate", exp)
                        .with(user(committee))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/experimentations/{id}/reports/phase-1/regenerate", exp)
                        .with(user(s.carrier())))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/experimentations/{id}/reports/phase-1/regenerate", exp)
                        .with(user(s.carrier()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/experimentations/" + exp + "/reports"))
                .andExpect(flash().attribute("flash", "flash.reportGenerated"));
        ReportVersion v = reports.latest(exp, Phase.SHARED_DIAGNOSIS).orElseThrow();
        assertThat(v.getVersionNo()).isEqualTo(2);
        assertThat(v.getGeneratedBy()).isEqualTo(s.carrier().getPersonId());
        assertThat(v.getReason()).isEqualTo("demandé par le porteur");
        // the whole-experimentation workbook follows each new phase version
        assertThat(reports.latest(exp, null).orElseThrow().getVersionNo()).isEqualTo(2);
        mvc.perform(post("/experimentations/{id}/reports/experimentation/regenerate", exp)
                        .with(user(committee))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/experimentations/{id}/reports/experimentation/regenerate", exp)
                        .with(user(s.carrier()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/experimentations/" + exp + "/reports"));
        assertThat(reports.latest(exp, null).orElseThrow().getVersionNo()).isEqualTo(3);
        assertThat(reports.latest(exp, Phase.SHARED_DIAGNOSIS).orElseThrow().getVersionNo())
                .isEqualTo(2);

        Document page = Jsoup.parse(
                mvc.perform(get("/experimentations/{id}/reports", exp).with(user(committee)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("a[href=/experimentations/" + exp + "/reports/phase-1/v2.xlsx]"))
                .hasSize(1);
        assertThat(page.select("code").text()).contains(v.getShortSha256());
        assertThat(page.select("form[action$=/regenerate]"))
                .as("no button for the committee")
                .isEmpty();
        String carrierPage = mvc.perform(
                        get("/experimentations/{id}/reports", exp).with(user(s.carrier())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(carrierPage).select("form[action$=/phase-1/regenerate]"))
                .hasSize(1);
        assertThat(Jsoup.parse(carrierPage).select("form[action$=/phase-4/regenerate]"))
                .as("phase 4 never reached its report step")
                .isEmpty();
        assertThat(Jsoup.parse(carrierPage).select("form[action$=/experimentation/regenerate]"))
                .hasSize(1);
        String experimentationPage = mvc.perform(
                        get("/experimentations/{id}", exp).with(user(committee)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(experimentationPage).select("a[href=/experimentations/" + exp + "/reports]"))
                .hasSize(1);
        String participantPage = mvc.perform(
                        get("/experimentations/{id}", exp).with(user(data.memberOfCollege(exp, College.PRACTITIONERS))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(participantPage).select("a[href=/experimentations/" + exp + "/reports]"))
                .isEmpty();
    }

    @Test
    void theSummaryShowsTheKeyFiguresAndTheAttendanceDrawingWithItsTable() throws Exception {
        TestData.ReportFixture f = data.reportFixture(clock);
        long exp = f.experimentationId();
        // the report is generated after the meeting (the page shows the kept version, as of its generation)
        clock.advance(java.time.Duration.ofDays(3));
        try {
            reports.generate(exp, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_REPORT_STEP);
        } finally {
            clock.reset();
        }

        Document page = Jsoup.parse(
                mvc.perform(get("/experimentations/{id}/reports/phase-1", exp).with(user(f.committee())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(page.select(".report-figures tr[data-college=LIVED_EXPERIENCE] td")
                        .eachText())
                .containsExactly("3", "3", "2", "67 %", "2", "2");
        assertThat(page.select("svg.attendance-chart[role=img] title").text())
                .isEqualTo("Présences par collège à chaque rencontre");
        assertThat(page.select("svg.attendance-chart desc").text())
                .contains("Discussion croisée du bilan, Personnes concernées : 2 présents sur 3 invités.");
        assertThat(page.select(".report-attendance table tbody tr")).hasSize(3);
        assertThat(page.select("svg.voice-chart[role=img]")).hasSize(1);
        assertThat(page.select(".report-figures li").eachText())
                .contains(
                        "Rencontres tenues : 1",
                        "Contributions : 5, dont 20 % notées par quelqu'un d'autre avec l'accord de la personne");
    }

    @Test
    void completingThePhaseReportStepGeneratesTheVersionTheCommitteeReads() throws Exception {
        FourPhaseJourney journey = new FourPhaseJourney(new WebScenario(mvc), data, jobs).enrolAndStart();
        journey.sharedDiagnosis();

        ReportVersion v = reports.latest(journey.id, Phase.SHARED_DIAGNOSIS).orElseThrow();
        assertThat(v.getVersionNo()).isEqualTo(1);
        // generated once the step was completed: the workbook lists the report step as done
        try (var book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(v.getContent()))) {
            var sheet = book.getSheet("Étapes");
            java.util.List<String> done = new java.util.ArrayList<>();
            sheet.forEach(row -> {
                var name = row.getCell(1);
                var completed = row.getCell(5);
                if (name != null
                        && completed != null
                        && completed.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    done.add(name.getStringCellValue());
                }
            });
            assertThat(done).contains("Bilan de la phase");
        }
        assertThat(v.getReason()).isEqualTo("étape bilan");
        assertThat(v.getGeneratedBy()).isNull();
        // the committee approved phase 1: a new whole-experimentation workbook says so and has phase 2 in it
        ReportVersion whole = reports.latest(journey.id, null).orElseThrow();
        assertThat(whole.getVersionNo()).isEqualTo(2);
        assertThat(whole.getReason()).isEqualTo(ReportService.REASON_APPROVED);
        try (var book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(whole.getContent()))) {
            java.util.List<String> texts = new java.util.ArrayList<>();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            })));
            assertThat(texts).contains("approuvée par le comité", "Phase 2 : pistes d'action");
        }
        var summary = reports.summary(journey.committee.viewer(), journey.id, Phase.SHARED_DIAGNOSIS)
                .orElseThrow();
        assertThat(summary.askOfCommittee()).isEqualTo("Bilan du diagnostic partagé.");
        assertThat(summary.texts())
                .extracting(t -> t.body())
                .contains("Synthèse, avec l'accueil au guichet.", "Bilan du diagnostic partagé.");
        // the summary is that of the kept version (the page and the workbook agree): generated when the report step
        // was completed, before the committee's decision
        assertThat(summary.heading().status()).isEqualTo("en relecture par le comité");
        assertThat(summary.heading().generatedAt()).isEqualTo(v.getGeneratedAt());
        java.util.List<coop.faireavec.report.PhaseReport.StepRow> steps = new java.util.ArrayList<>();
        summary.steps().forEach(steps::add);
        assertThat(steps)
                .filteredOn(st -> st.name().equals("Parole entre pairs"))
                .extracting(coop.faireavec.report.PhaseReport.StepRow::offeredTo)
                .containsExactlyInAnyOrder(
                        "Personnes concernées ou Porteur de projet",
                        "Accompagnants ou Porteur de projet",
                        "Décideurs ou Porteur de projet");
        // as of v1: every step done but the committee's review, open then (it was completed afterwards)
        assertThat(steps).filteredOn(st -> st.completed() == null).hasSize(1);
        assertThat(steps.get(steps.size() - 1).completed()).isNull();

        // phase 2: the votes in the summary, as the committee reads them in the page
        journey.actionLeads();
        var leads = reports.summary(journey.committee.viewer(), journey.id, Phase.ACTION_LEADS)
                .orElseThrow()
                .leads();
        // the vote's results: each college's median (never who graded what), the overall grade and rank
        assertThat(leads)
                .extracting(l -> l.title(), l -> l.overallResult(), l -> l.selected())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Un accueil sans rendez-vous", "Essentiel, rang 1", true),
                        org.assertj.core.groups.Tuple.tuple("Un référent unique", "Important, rang 2", true),
                        org.assertj.core.groups.Tuple.tuple("Un guichet commun", "pas de note", false));
        assertThat(leads.get(0).collegeResults())
                .containsEntry(College.LIVED_EXPERIENCE, "médiane : Essentiel (1 votant(s))")
                .containsEntry(College.DECISION_MAKERS, "médiane : Essentiel (1 votant(s))");
        assertThat(leads.get(2).collegeResults()).containsEntry(College.PRACTITIONERS, "pas de note");
        assertThat(leads.get(0).authorCollege()).isEqualTo(College.LIVED_EXPERIENCE);
        Document page = Jsoup.parse(mvc.perform(get("/experimentations/{id}/reports/phase-2", journey.id)
                        .with(user(journey.committee)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#report-leads-heading + .table-scroll tbody tr"))
                .hasSize(3);
    }
}
