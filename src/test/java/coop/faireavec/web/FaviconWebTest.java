package coop.faireavec.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import coop.faireavec.support.FaireAvecWebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Browsers ask for /favicon.ico before anyone signs in: it and the SVG icon the pages link to are served to all. */
@FaireAvecWebTest
class FaviconWebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theIconsAreServedToAnAnonymousVisitor() throws Exception {
        MockHttpServletResponse ico =
                mvc.perform(get("/favicon.ico")).andReturn().getResponse();
        assertThat(ico.getStatus()).isEqualTo(200);
        assertThat(ico.getContentAsByteArray()).startsWith(0, 0, 1, 0);

        MockHttpServletResponse svg =
                mvc.perform(get("/favicon.svg")).andReturn().getResponse();
        assertThat(svg.getStatus()).isEqualTo(200);
        assertThat(svg.getContentType()).startsWith("image/svg+xml");
    }

    @Test
    void pagesLinkToTheIcons() throws Exception {
        String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("head link[rel=icon]").eachAttr("href")).contains("/favicon.ico", "/favicon.svg");
    }
}
