package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.support.Browser;
import coop.faireavec.support.BrowserTest;
import coop.faireavec.support.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The directory's import in a real browser on a 375 px phone: the import page and the preview of the fixture
 * workbook (good and bad rows) have no WCAG 2.1 AA violation (axe-core) and do not scroll sideways.
 */
@BrowserTest
class DirectoryImportBrowserTest {

    @Autowired
    TestData data;

    @Test
    void aCarrierSendsAWorkbookAndReadsThePreviewOnAPhone(Browser browser) {
        TestData.Scenario s = data.runningExperimentation();
        String base = "/directory/" + s.territoryId();
        browser.phone().signIn(s.carrier().getUsername()).open(base + "/import");
        browser.assertAccessible().assertNoHorizontalScroll();

        browser.find("#file")
                .sendKeys(Path.of("src/test/resources/directory/import-fixture.xlsx")
                        .toAbsolutePath()
                        .toString());
        browser.submit("form.card button[type=submit]");
        browser.waitForPath(p -> p.startsWith(base + "/import/"), "the import's preview");
        assertThat(browser.text("main"))
                .contains("3 structure(s) et 2 service(s) seront ajoutés.", "Nom : indiquez le nom.");
        browser.assertAccessible().assertNoHorizontalScroll().screenshot("directory-import-preview-phone");
    }
}
