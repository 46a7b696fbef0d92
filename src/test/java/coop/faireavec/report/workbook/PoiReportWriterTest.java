package coop.faireavec.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import coop.faireavec.report.PhaseReport;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Opens the written workbook with POI (and as XML) and checks what the committee will read. */
class PoiReportWriterTest {

    private final byte[] phase1 = Workbooks.bytes(List.of(PhaseReports.phase1()));

    @Test
    void aPhaseReportHasItsFrenchSheetsInOrderEachOpeningWithATitleRow() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(phase1)) {
            assertThat(names(book))
                    .containsExactly(
                            "Synthèse", "Participation", "Rencontres", "Contributions", "Étapes", "Financement");
            assertThat(book.getSheet("Synthèse").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Synthèse : Accueil à l'Ouest");
            assertThat(book.getSheet("Contributions").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Contributions");
            assertThat(book.getSheet("Financement").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Financement : compte rendu financier");
            for (Sheet sheet : book) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isNotBlank();
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isNotBlank();
                assertThat(sheet.getNumMergedRegions()).isZero();
            }
        }
    }

    @Test
    void theWholeExperimentationAddsLeadsAndExperimentsAndRowsCarryTheirPhase() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bytes(PhaseReports.wholeExperimentation()))) {
            assertThat(names(book))
                    .containsExactly(
                            "Synthèse",
                            "Participation",
                            "Rencontres",
                            "Contributions",
                            "Pistes et votes",
                            "Expérimentations",
                            "Étapes",
                            "Financement");
            Sheet summary = book.getSheet("Synthèse");
            Workbooks.rowWith(summary, 0, "Phase 1 : diagnostic partagé");
            Workbooks.rowWith(summary, 0, "Phase 2 : pistes d'action");
            Workbooks.rowWith(summary, 0, "Phase 3 : expérimentation des pistes");
            Row lead = Workbooks.rowWith(book.getSheet("Pistes et votes"), 1, "Un guichet commun");
            assertThat(lead.getCell(0).getStringCellValue()).isEqualTo("Phase 2 : pistes d'action");
            assertThat(lead.getCell(3).getStringCellValue()).isEqualTo("pour (5 sur 6)");
            assertThat(lead.getCell(7).getStringCellValue()).isEqualTo("Oui");
            Sheet contributions = book.getSheet("Contributions");
            assertThat(contributions.getLastRowNum()).isEqualTo(3 + 3 * 9);
            assertThat(contributions.getRow(4 + 18).getCell(0).getStringCellValue())
                    .isEqualTo("Phase 3 : expérimentation des pistes");
            Sheet experiments = book.getSheet("Expérimentations");
            Row indicator = Workbooks.rowWith(experiments, 2, "Personnes reçues sans rendez-vous");
            assertThat(indicator.getCell(4).getNumericCellValue()).isEqualTo(10);
            assertThat(indicator.getCell(6).getNumericCellValue()).isEqualTo(31);
            assertThat(charts((XSSFSheet) experiments))
                    .containsExactly("Personnes reçues sans rendez-vous (personnes par mois) : Un guichet commun");
            assertThat(tableNames((XSSFSheet) experiments))
                    .containsExactly("Experiences", "Indicateurs", "Valeurs_des_indicateurs");
        }
    }

    @Test
    void headersAreStyledFrozenAndMarkedAsRealExcelTables() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(phase1)) {
            for (String name : List.of("Rencontres", "Contributions", "Étapes")) {
                XSSFSheet sheet = book.getSheet(name);
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane.isFreezePane()).as(name).isTrue();
                assertThat(pane.getHorizontalSplitTopRow()).as(name).isEqualTo((short) 4);
                assertThat(sheet.getRow(3).getCell(0).getCellStyle().getFont().getBold())
                        .as(name)
                        .isTrue();
                assertThat(sheet.getTables()).as(name).hasSize(1);
            }
            XSSFTable contributions = book.getSheet("Contributions").getTables().get(0);
            assertThat(contributions.getArea().formatAsString()).isEqualTo("A4:I13");
            assertThat(contributions.getColumns().stream().map(c -> c.getName()))
                    .containsExactlyElementsOf(ContributionsSheet.HEADERS);
            assertThat(Workbooks.texts(book.getSheet("Contributions").getRow(3), 0))
                    .containsExactlyElementsOf(ContributionsSheet.HEADERS);
            assertThat(Workbooks.texts(book.getSheet("Étapes").getRow(3), 0))
                    .containsExactlyElementsOf(StepsSheet.HEADERS);
            assertThat(tableNames(book.getSheet("Synthèse"))).containsExactly("Synthese_colleges_phase_1");
            assertThat(tableNames(book.getSheet("Participation")))
                    .containsExactly("Participation_presents", "Participation_detail", "Participation_colleges");
            assertThat(book.getSheet("Contributions").getColumnWidth(8)).isEqualTo(90 * 256);
        }
    }

    @Test
    void theSummaryShowsTheKeyFiguresWithTheirTypes() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(phase1)) {
            Sheet summary = book.getSheet("Synthèse");
            Cell share = Workbooks.rowWith(summary, 0, "Part enregistrée pour quelqu'un")
                    .getCell(1);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue()).isCloseTo(9.0 / 54, within(1e-9));
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(Workbooks.rowWith(summary, 0, "Contributions").getCell(1).getNumericCellValue())
                    .isEqualTo(54);
            Cell start = Workbooks.rowWith(summary, 0, "Début réel").getCell(1);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 1, 12, 0, 0));
            assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            Cell generated = Workbooks.rowWith(summary, 0, "Généré le").getCell(1);
            assertThat(generated.getLocalDateTimeCellValue())
                    .as("08:30 UTC is 10:30 in Paris in May")
                    .isEqualTo(LocalDateTime.of(2026, 5, 4, 10, 30));
            assertThat(generated.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            Row lived = Workbooks.rowWith(summary, 3, "Personnes concernées");
            assertThat(lived.getCell(4).getNumericCellValue()).isEqualTo(12);
            assertThat(lived.getCell(7).getNumericCellValue()).isEqualTo(0.75);
            assertThat(lived.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(lived.getCell(9).getNumericCellValue()).isEqualTo(9);
            Workbooks.rowWith(summary, 0, "Demande (Participation)");
            assertThat(Workbooks.rowWith(summary, 0, "Noms et pseudonymes")
                            .getCell(1)
                            .getStringCellValue())
                    .isEqualTo(PhaseReports.PSEUDONYMISED);
        }
    }

    @Test
    void participationGivesRatesPerMeetingAndCollegeAndTheRuleThatDidNotHold() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(phase1)) {
            Sheet sheet = book.getSheet("Participation");
            List<Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                Cell college = row.getCell(3);
                Cell meeting = row.getCell(1);
                if (college != null
                        && college.getCellType() == CellType.STRING
                        && college.getStringCellValue().equals("Décideurs")
                        && meeting.getStringCellValue().equals("Discussion croisée sur l'accueil")) {
                    rows.add(row);
                }
            }
            assertThat(rows).hasSize(1);
            Row deciders = rows.get(0);
            assertThat(deciders.getCell(4).getNumericCellValue()).isEqualTo(5);
            assertThat(deciders.getCell(6).getNumericCellValue()).isEqualTo(3);
            assertThat(deciders.getCell(8).getNumericCellValue()).isEqualTo(0.6);
            assertThat(deciders.getCell(9).getNumericCellValue()).isCloseTo(1.0 / 3, within(1e-9));
            assertThat(deciders.getCell(11).getStringCellValue()).isEqualTo("Non");
            assertThat(deciders.getCell(12).getStringCellValue()).isEqualTo("-un décideur malade, prévenu la veille");
            assertThat(deciders.getCell(12).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(DateUtil.isCellDateFormatted(deciders.getCell(2))).isTrue();
            assertThat(deciders.getCell(2).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 2, 17, 14, 30));
        }
    }

    @Test
    void fundingIsBalancedPlannedVersusActualPerLineFunderAndGrantInEurosWithCents() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(phase1)) {
            Sheet sheet = book.getSheet("Financement");
            Row charges = Workbooks.rowWith(sheet, 1, "Total des charges");
            assertThat(charges.getCell(2).getNumericCellValue()).isEqualTo(10000.10);
            assertThat(charges.getCell(3).getNumericCellValue()).isEqualTo(4200.20);
            assertThat(charges.getCell(2).getCellStyle().getDataFormatString()).contains("€");
            Row purchases = Workbooks.rowWith(sheet, 1, "Achats");
            assertThat(purchases.getCell(0).getStringCellValue()).isEqualTo("60");
            assertThat(purchases.getCell(4).getNumericCellValue()).isEqualTo(-799.90);
            assertThat(purchases.getCell(5).getNumericCellValue()).isCloseTo(0.2002, within(1e-9));
            Row left = Workbooks.rowWith(sheet, 1, "Total des charges et des emplois (60 à 68 + 86)");
            Row right = Workbooks.rowWith(sheet, 1, "Total des produits et des contributions (70 à 78 + 87)");
            assertThat(left.getCell(2).getNumericCellValue()).isEqualTo(11500.10);
            assertThat(right.getCell(2).getNumericCellValue()).isEqualTo(11500.10);
            Row balanced = Workbooks.rowWith(sheet, 1, "Le budget est équilibré");
            assertThat(balanced.getCell(2).getStringCellValue()).isEqualTo("Oui");
            assertThat(balanced.getCell(3).getStringCellValue()).isEqualTo("Non");
            Row firstFunder = Workbooks.rowWith(sheet, 1, "Conseil départemental");
            assertThat(Workbooks.texts(sheet.getRow(firstFunder.getRowNum() - 1), 1))
                    .containsExactlyElementsOf(FundingSheet.FUNDER_HEADERS);
            Row leader = Workbooks.rowWith(sheet, 3, "LEADER");
            assertThat(leader.getCell(4).getNumericCellValue()).isEqualTo(12000.00);
            assertThat(leader.getCell(6).getStringCellValue()).isEqualTo("déposée");
            assertThat(leader.getCell(8)).isNull();
            assertThat(DateUtil.isCellDateFormatted(leader.getCell(5))).isTrue();
            Row time = Workbooks.rowWith(sheet, 1, "Valeur du temps donné");
            assertThat(time.getCell(2).getNumericCellValue()).isEqualTo(900.00);
            assertThat(tableNames(book.getSheet("Financement")))
                    .contains("Financement_charges", "Financement_equilibre", "Financement_subventions");
        }
    }

    @Test
    void perFunderTheSheetShowsTheFundingPagesGrantedSpentAndLeftNotSumsOfChargeRows() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(phase1)) {
            Sheet sheet = book.getSheet("Financement");
            Row foundation = Workbooks.rowWith(sheet, 1, "Fondation de France");
            assertThat(foundation.getCell(2).getNumericCellValue())
                    .as("income planned")
                    .isEqualTo(4000.10);
            assertThat(foundation.getCell(3).getNumericCellValue())
                    .as("income received")
                    .isEqualTo(2000.00);
            assertThat(foundation.getCell(4).getNumericCellValue())
                    .as("granted")
                    .isEqualTo(4000.10);
            assertThat(foundation.getCell(5).getNumericCellValue()).as("spent").isEqualTo(3150.00);
            assertThat(foundation.getCell(6).getNumericCellValue()).as("left").isEqualTo(850.10);
            Row rennes = Workbooks.rowWith(sheet, 1, "Pays de Rennes");
            assertThat(rennes.getCell(4).getNumericCellValue())
                    .as("an application not granted grants nothing")
                    .isEqualTo(0.0);
            assertThat(rennes.getCell(6).getNumericCellValue()).isEqualTo(0.0);
            Row department = Workbooks.rowWith(sheet, 1, "Conseil départemental");
            assertThat(department.getRowNum()).isEqualTo(foundation.getRowNum() - 1);
            assertThat(rennes.getRowNum()).isEqualTo(foundation.getRowNum() + 1);
        }
    }

    @Test
    void theIncomeSummaryKeepsOneLine74PerKindOfFunder() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(phase1)) {
            Sheet sheet = book.getSheet("Financement");
            Row department = Workbooks.rowWith(sheet, 1, "Subvention du département");
            Row foundation = Workbooks.rowWith(sheet, 1, "Subvention d'une fondation");
            assertThat(foundation.getRowNum())
                    .as("the summary's two 74 lines follow each other, before the detail")
                    .isEqualTo(department.getRowNum() + 1);
            assertThat(department.getCell(0).getStringCellValue()).isEqualTo("74");
            assertThat(department.getCell(2).getNumericCellValue()).isEqualTo(6000.00);
            assertThat(department.getCell(3).getNumericCellValue()).isEqualTo(6000.00);
            assertThat(foundation.getCell(0).getStringCellValue()).isEqualTo("74");
            assertThat(foundation.getCell(2).getNumericCellValue()).isEqualTo(4000.10);
            assertThat(foundation.getCell(3).getNumericCellValue()).isEqualTo(2000.00);
            Row total = Workbooks.rowWith(sheet, 1, "Total des produits");
            assertThat(total.getRowNum()).isEqualTo(foundation.getRowNum() + 1);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(10000.10);
        }
    }

    @Test
    void chartsAreNativeWithATitleAnAlternativeTextAndTheirFiguresInATable() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(phase1)) {
            assertThat(charts(book.getSheet("Synthèse")))
                    .containsExactly("Contributions et personnes qui ont contribué, par collège (phase 1)");
            assertThat(charts(book.getSheet("Participation")))
                    .containsExactly("Présents par collège à chaque rencontre");
            assertThat(charts(book.getSheet("Financement")))
                    .containsExactly("Budget prévu et dépenses réalisées, par poste de charges");
            for (String name : List.of("Synthèse", "Participation", "Financement")) {
                XSSFDrawing drawing = book.getSheet(name).getDrawingPatriarch();
                for (XSSFShape shape : drawing.getShapes()) {
                    String descr = ((XSSFGraphicFrame) shape)
                            .getCTGraphicalObjectFrame()
                            .getNvGraphicFramePr()
                            .getCNvPr()
                            .getDescr();
                    assertThat(descr).as(name).contains("Les mêmes");
                }
                assertThat(book.getSheet(name).getTables()).as(name).isNotEmpty();
            }
            XSSFChart attendance = book.getSheet("Participation")
                    .getDrawingPatriarch()
                    .getCharts()
                    .get(0);
            assertThat(attendance.getChartSeries().get(0).getSeriesCount()).isEqualTo(3);
            assertThat(attendance.getCTChart().xmlText())
                    .as("series names point at the header cells, with their sheet")
                    .contains("Participation!$D$5", "Participation!$E$5", "Participation!$F$5");
        }
    }

    @Test
    void documentPropertiesSayWhatWasPseudonymisedAndWhen() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(phase1)) {
            POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
            assertThat(core.getTitle()).contains("Accueil à l'Ouest").contains("Phase 1");
            assertThat(core.getSubject()).contains("Ouest de Rennes");
            assertThat(core.getCreator()).isEqualTo("Faire-Avec");
            assertThat(core.getCreated().toInstant()).isEqualTo(PhaseReports.GENERATED);
            assertThat(core.getDescription())
                    .contains(PhaseReports.PSEUDONYMISED)
                    .contains("04/05/2026 à 10:30");
            POIXMLProperties.CustomProperties custom = book.getProperties().getCustomProperties();
            assertThat(custom.getProperty("Pseudonymisation").getLpwstr()).isEqualTo(PhaseReports.PSEUDONYMISED);
            assertThat(custom.getProperty("Généré le").getLpwstr()).startsWith("04/05/2026 à 10:30");
        }
    }

    @Test
    void everyFormulaCharacterStaysTextAStringCellWithTheQuotePrefixInTheXml() throws Exception {
        Map<String, String> refs;
        String part;
        try (XSSFWorkbook book = Workbooks.open(phase1)) {
            XSSFSheet sheet = book.getSheet("Contributions");
            part = sheet.getPackagePart().getPartName().getName().substring(1);
            refs = new java.util.LinkedHashMap<>();
            for (String text : PhaseReports.INJECTIONS) {
                Cell cell = cellWithText(sheet, text);
                assertThat(cell.getCellType()).as(text).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(text).isTrue();
                refs.put(text, cell.getAddress().formatAsString());
            }
            Cell ordinary = cellWithText(sheet, "On me demande toujours les mêmes papiers.");
            assertThat(ordinary.getCellStyle().getQuotePrefixed()).isFalse();
        }
        List<Element> xfs = elements(Workbooks.part(phase1, "xl/styles.xml"), "cellXfs", "xf");
        Map<String, Element> cells = elements(Workbooks.part(phase1, part), "sheetData", "c").stream()
                .collect(Collectors.toMap(c -> c.getAttribute("r"), c -> c));
        for (Map.Entry<String, String> e : refs.entrySet()) {
            Element c = cells.get(e.getValue());
            assertThat(c.getAttribute("t")).as(e.getKey()).isIn("s", "inlineStr", "str");
            Element xf = xfs.get(Integer.parseInt(c.getAttribute("s")));
            assertThat(xf.getAttribute("quotePrefix")).as(e.getKey()).isIn("1", "true");
        }
    }

    @Test
    void userTextOnTheSmallSheetsIsQuotePrefixedTooInTheXml() throws Exception {
        byte[] whole = Workbooks.bytes(PhaseReports.wholeExperimentation());
        String leadsPart;
        String participationPart;
        String leadRef;
        String justificationRef;
        try (XSSFWorkbook book = Workbooks.open(whole)) {
            XSSFSheet leads = book.getSheet("Pistes et votes");
            Cell lead = Workbooks.rowWith(leads, 1, "=Une permanence le samedi").getCell(1);
            assertThat(lead.getCellType()).isEqualTo(CellType.STRING);
            assertThat(lead.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(lead.getCellStyle().getWrapText())
                    .as("keeps its wrapping")
                    .isTrue();
            leadsPart = leads.getPackagePart().getPartName().getName().substring(1);
            leadRef = lead.getAddress().formatAsString();
            XSSFSheet participation = book.getSheet("Participation");
            Cell justification = cellWithText(participation, "-un décideur malade, prévenu la veille");
            participationPart =
                    participation.getPackagePart().getPartName().getName().substring(1);
            justificationRef = justification.getAddress().formatAsString();
        }
        List<Element> xfs = elements(Workbooks.part(whole, "xl/styles.xml"), "cellXfs", "xf");
        for (String[] at :
                List.of(new String[] {leadsPart, leadRef}, new String[] {participationPart, justificationRef})) {
            Element c = elements(Workbooks.part(whole, at[0]), "sheetData", "c").stream()
                    .filter(e -> e.getAttribute("r").equals(at[1]))
                    .findFirst()
                    .orElseThrow();
            assertThat(c.getAttribute("t")).as(at[1]).isEqualTo("s");
            assertThat(xfs.get(Integer.parseInt(c.getAttribute("s"))).getAttribute("quotePrefix"))
                    .as(at[1])
                    .isIn("1", "true");
        }
    }

    @Test
    void contributionTimesAreDateCellsAtParisTime() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(phase1)) {
            Cell first = book.getSheet("Contributions").getRow(4).getCell(1);
            assertThat(first.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first)).isTrue();
            assertThat(first.getLocalDateTimeCellValue())
                    .as("17:10 UTC is 18:10 in Paris in January")
                    .isEqualTo(LocalDateTime.of(2026, 1, 20, 18, 10));
            Row late = Workbooks.rowWith(book.getSheet("Étapes"), 1, "Écrire la synthèse du diagnostic");
            assertThat(late.getCell(6).getStringCellValue()).isEqualTo("Oui");
            assertThat(late.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 4, 11, 0));
            Row open = Workbooks.rowWith(book.getSheet("Étapes"), 1, "Relire le rapport de phase");
            assertThat(open.getCell(5)).as("not done yet: empty").isNull();
        }
    }

    @Test
    void aWorkbookCoversOnePhaseAtLeast() {
        assertThatThrownBy(() -> new PoiReportWriter().write(List.of(), new java.io.ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTextLongerThanExcelAllowsIsCutAndSaysSo() throws Exception {
        String longText = "a".repeat(Cells.MAX_TEXT + 10);
        PhaseReport report = PhaseReports.phase(
                coop.faireavec.experimentation.Phase.SHARED_DIAGNOSIS,
                row -> row.accept(new PhaseReport.ContributionRow(
                        PhaseReports.GENERATED,
                        "Rencontre",
                        null,
                        null,
                        "Personne concernée 1",
                        "l'auteur",
                        null,
                        longText)),
                null);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bytes(List.of(report)))) {
            String text = book.getSheet("Contributions").getRow(4).getCell(8).getStringCellValue();
            assertThat(text).hasSize(Cells.MAX_TEXT).endsWith(" […]");
            assertThat(book.getSheetIndex("Financement"))
                    .as("no funding, no sheet")
                    .isEqualTo(-1);
        }
    }

    static Cell cellWithText(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell with " + text.replace("\n", "\\n").replace("\r", "\\r"));
    }

    static List<String> names(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static List<String> tableNames(XSSFSheet sheet) {
        return sheet.getTables().stream().map(XSSFTable::getName).toList();
    }

    static List<String> charts(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            return List.of();
        }
        return drawing.getCharts().stream()
                .map(c -> c.getTitleText().getString())
                .toList();
    }

    /** The {@code child} elements under the first {@code parent} element of an XML part, in order. */
    static List<Element> elements(String xml, String parent, String child) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Element under = (Element) doc.getElementsByTagNameNS("*", parent).item(0);
        NodeList nodes = under.getElementsByTagNameNS("*", child);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
