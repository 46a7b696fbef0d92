package coop.faireavec.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.invitation.InvitationService;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public notices (issue #16, point 8): the privacy notice, the accessibility statement and the legal notice open
 * without signing in, show the operator's facts an administrator saved, show the administrator's replacement text
 * escaped and paragraph by paragraph, and are linked from the footer of every page; a person who is invited sees a
 * short summary with the link to the notice.
 */
@FaireAvecWebTest
class PrivacyPagesTest {

    private static final List<String> PAGES = List.of("/privacy", "/accessibility", "/legal");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    InvitationService invitations;

    /** Back to the standard texts and no facts: the context is shared with other tests. */
    @AfterEach
    void standardTextsAgain() throws Exception {
        mvc.perform(post("/admin/platform/privacy").with(user(data.admin())).with(csrf()))
                .andExpect(redirectedUrl("/admin/platform"));
    }

    @Test
    void theThreePagesOpenWithoutSigningIn() throws Exception {
        assertThat(anonymous("/privacy").select("h1").text()).isEqualTo("Vos données personnelles");
        assertThat(anonymous("/accessibility").select("h1").text()).isEqualTo("Déclaration d'accessibilité");
        assertThat(anonymous("/legal").select("h1").text()).isEqualTo("Mentions légales");
        Document statement = anonymous("/accessibility");
        assertThat(statement.text())
                .contains("partiellement conforme", "axe-core", "Défenseur des droits", "Dérogations");
        assertThat(anonymous("/privacy?lang=en").select("h1").text()).isEqualTo("Your personal data");
        assertThat(anonymous("/privacy").text()).contains("CNIL", "2 ans");
    }

    @Test
    void theOperatorsFactsSavedByAnAdministratorAreShown() throws Exception {
        save(facts().param("organisation", "Association Pas Sans Nous")
                .param("address", "12 rue des Lilas\n69001 Lyon")
                .param("contactEmail", "donnees@pas-sans-nous.org")
                .param("dpoContact", "Claire Martin, dpo@pas-sans-nous.org")
                .param("host", "Hébergeur Coop, 1 quai du Rhône, Lyon")
                .param("director", "Samia Benali"));

        Document notice = anonymous("/privacy");
        assertThat(notice.text())
                .contains("Association Pas Sans Nous", "69001 Lyon", "Claire Martin, dpo@pas-sans-nous.org");
        assertThat(notice.select("a[href=mailto:donnees@pas-sans-nous.org]")).isNotEmpty();
        Document legal = anonymous("/legal");
        assertThat(legal.text())
                .contains("Samia Benali", "Hébergeur Coop, 1 quai du Rhône", "Association Pas Sans Nous");
        assertThat(anonymous("/accessibility").text()).contains("Association Pas Sans Nous s'engage");
        assertThat(anonymous("/legal?lang=en").text()).contains("Director of publication", "Samia Benali");
    }

    @Test
    void anAdministratorsReplacementTextIsShownEscapedParagraphByParagraph() throws Exception {
        save(facts().param("noticeText", "<script>alert('x')</script> Nous gardons peu.\n\nDeuxième <b>paragraphe</b>.")
                .param("legalText", "Texte légal <i>propre</i>."));

        String html = mvc.perform(get("/privacy")).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        Document notice = Jsoup.parse(html);
        assertThat(notice.select(".operator-text p"))
                .extracting(p -> p.text())
                .containsExactly("<script>alert('x')</script> Nous gardons peu.", "Deuxième <b>paragraphe</b>.");
        // the standard body gave way; the rights and the CNIL stay
        assertThat(notice.text()).doesNotContain("Ce que nous gardons sur vous").contains("CNIL");
        Document legal = anonymous("/legal");
        assertThat(legal.select(".operator-text p").text()).isEqualTo("Texte légal <i>propre</i>.");
        assertThat(legal.select(".operator-text i")).isEmpty();
        // the other page keeps its standard text
        assertThat(anonymous("/accessibility").select(".operator-text")).isEmpty();
    }

    @Test
    void aWrongContactAddressIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        String html = mvc.perform(facts().param("organisation", "Ne doit pas apparaître")
                        .param("contactEmail", "pas une adresse"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#contactEmail-error").text()).contains("L'e-mail de contact");
        assertThat(page.select("#organisation").val()).isEqualTo("Ne doit pas apparaître");
        assertThat(anonymous("/legal").text()).doesNotContain("Ne doit pas apparaître");
    }

    @Test
    void everyPageLinksTheThreeNoticesInItsFooterAndSignedInPeopleTheirPreferences() throws Exception {
        AccountPrincipal someone = data.account("footer", false);
        for (String path : List.of("/login", "/invitation", "/privacy", "/legal", "/accessibility")) {
            assertThat(footerLinks(anonymous(path))).as(path).containsExactly("/privacy", "/accessibility", "/legal");
        }
        for (String path : List.of("/", "/tasks", "/me/preferences")) {
            Document page = Jsoup.parse(mvc.perform(get(path).with(user(someone)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(footerLinks(page))
                    .as(path)
                    .containsExactly("/privacy", "/accessibility", "/legal", "/me/preferences");
        }
    }

    @Test
    void anInvitedPersonChoosingTheirPasswordSeesTheSummaryAndTheLinkToTheNotice() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        long zoe = data.personWithoutAccount(s.experimentationId(), "Zoé Notice", College.LIVED_EXPERIENCE);
        String code = invitations
                .create(s.carrier().viewer(), s.experimentationId(), zoe)
                .code();

        Document page = Jsoup.parse(mvc.perform(post("/invitation").with(csrf()).param("code", code))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#privacy-summary-heading").text()).isEqualTo("Vos données");
        assertThat(page.select("main a[href=/privacy]")).isNotEmpty();
    }

    private Document anonymous(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static List<String> footerLinks(Document page) {
        return page.select("footer nav a").eachAttr("href");
    }

    private MockHttpServletRequestBuilder facts() {
        return post("/admin/platform/privacy").with(user(data.admin())).with(csrf());
    }

    private void save(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(redirectedUrl("/admin/platform"));
    }
}
