package coop.faireavec.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.report.ReportService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every download's {@code Content-Disposition} (issue #16, point 5): a file name built from what people wrote (an
 * experimentation's title, a meeting's title) with quotes, line breaks, slashes, backslashes, a direction override and
 * accents comes out as {@code attachment}, printable ASCII only, with an ASCII {@code filename} without quotes,
 * slashes or control characters and the full name in {@code filename*} (UTF-8), which Spring reads back; and with
 * {@code X-Content-Type-Options: nosniff}.
 */
@FaireAvecWebTest
class SafeDownloadsTest {

    /** Text no form lets through whole, but a crafted request or an old import might: set straight in the database. */
    static final String HOSTILE = "Quartier \"Nord\"\r\nSet-Cookie: x=1/../..\\été\u202Eslx.exe";

    static final Pattern ASCII_FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDownloadNamesItsFileSafelyWhateverTheTitle() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        reports.generate(exp, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_REPORT_STEP);
        reports.generate(exp, null, null, ReportService.REASON_REPORT_STEP);
        AccountPrincipal lived = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        long meeting = data.comingMeeting(s, lived);
        jdbc.update("update APP.experimentation set title = ? where id = ?", HOSTILE, exp);
        jdbc.update("update APP.meeting set title = ? where id = ?", HOSTILE, meeting);
        String base = "/experimentations/" + exp;

        assertSafe(download(base + "/reports/phase-1.xlsx", s.carrier()), "bilan-phase-1-", "-v1.xlsx");
        assertSafe(download(base + "/reports/phase-1/v1.xlsx", s.carrier()), "bilan-phase-1-", "-v1.xlsx");
        assertSafe(download(base + "/reports/experimentation.xlsx", s.carrier()), "experimentation-", "-v1.xlsx");
        assertSafe(download(base + "/meetings/" + meeting + "/calendar.ics", lived), "rencontre-", ".ics");
    }

    @Test
    void aPlainNameNeedsNoUtf8Form() {
        assertThat(SafeDownloads.attachment("bilan-phase-1-v2.xlsx"))
                .isEqualTo("attachment; filename=\"bilan-phase-1-v2.xlsx\"");
        assertThat(SafeDownloads.attachment(null)).isEqualTo("attachment; filename=\"fichier\"");
        assertThat(SafeDownloads.attachment("été.ics"))
                .isEqualTo("attachment; filename=\"ete.ics\"; filename*=UTF-8''%C3%A9t%C3%A9.ics");
    }

    private MockHttpServletResponse download(String path, AccountPrincipal who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    private static void assertSafe(MockHttpServletResponse response, String prefix, String suffix) {
        String header = response.getHeader("Content-Disposition");
        assertThat(header).as("printable ASCII only").matches("[\\x20-\\x7e]+").startsWith("attachment; ");
        Matcher ascii = ASCII_FILENAME.matcher(header);
        assertThat(ascii.find()).as("an ASCII filename in %s", header).isTrue();
        assertThat(ascii.group(1))
                .startsWith(prefix)
                .endsWith(suffix)
                .doesNotContain("/", "\\", "\"", "Set-Cookie: x")
                .contains("ete");
        String name = ContentDisposition.parse(header).getFilename();
        assertThat(name)
                .startsWith(prefix)
                .endsWith(suffix)
                .contains("Quartier _Nord_", "été")
                .doesNotContain("/", "\\", "\"", "\r", "\n", "\u202E");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
