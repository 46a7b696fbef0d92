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
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Monographs of local initiatives through the web (issue #17, point 3): writing, publishing, who sees drafts and
 * published ones, photos, the public directory, citations by an experimentation.
 */
@FaireAvecWebTest
class MonographPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CorrespondentService correspondents;

    @Autowired
    JdbcTemplate jdbc;

    TestData.Scenario scenario;
    TestData.DirectoryItems items;
    String base;
    AccountPrincipal participant;

    @BeforeEach
    void aPublishedDirectory() {
        scenario = data.runningExperimentation();
        items = data.directoryFixture(scenario);
        base = "/directory/" + scenario.territoryId() + "/monographs";
        participant = data.memberOfCollege(scenario.experimentationId(), College.LIVED_EXPERIENCE);
    }

    @Test
    void aCorrespondentWritesADraftThatOnlyWritersSeeUntilACarrierPublishesIt() throws Exception {
        AccountPrincipal correspondent = data.memberOfCollege(scenario.experimentationId(), College.PRACTITIONERS);
        correspondents.appoint(scenario.carrier().viewer(), scenario.territoryId(), correspondent.getPersonId());

        MockHttpServletResponse added = send(write(base + "/new", "L'épicerie qui prête"), correspondent);
        assertThat(added.getStatus()).isEqualTo(302);
        String page = added.getRedirectedUrl();
        assertThat(page).startsWith(base + "/");
        String slug = page.substring(page.lastIndexOf('/') + 1);
        String publicPage = "/territories/" + items.slug() + "/directory/monographs/" + slug;

        assertThat(send(get(page), correspondent).getContentAsString())
                .contains("L&#39;épicerie qui prête", "Brouillon", "Elle ouvre trois jours par semaine.")
                .doesNotContain("/publish");
        assertThat(send(get(page), participant).getStatus()).isEqualTo(404);
        assertThat(send(get(base), participant).getContentAsString()).doesNotContain("L&#39;épicerie qui prête");
        assertThat(send(get(publicPage), null).getStatus()).isEqualTo(404);
        assertThat(send(post(page + "/publish"), correspondent).getStatus()).isEqualTo(403);
        assertThat(send(post(page + "/publish"), participant).getStatus()).isEqualTo(403);

        assertThat(send(write(page + "/edit", "L'épicerie qui prête des outils").param("version", "0"), correspondent)
                        .getRedirectedUrl())
                .isEqualTo(page);
        assertThat(send(post(page + "/publish"), scenario.carrier()).getRedirectedUrl())
                .isEqualTo(page);

        assertThat(send(get(page), participant).getContentAsString())
                .contains("L&#39;épicerie qui prête des outils", "Colis alimentaires")
                .doesNotContain("Brouillon", "/edit");
        assertThat(send(get("/directory/" + scenario.territoryId() + "/structures/" + items.structureId()), participant)
                        .getContentAsString())
                .contains("Initiatives racontées", "L&#39;épicerie qui prête des outils");
        assertThat(send(get(publicPage), null).getContentAsString())
                .contains("L&#39;épicerie qui prête des outils", "accueil@example.org");

        // a correspondent's change to the published page goes public only once a carrier publishes it again
        String version = String.valueOf(jdbc.queryForObject(
                "select version from app.directory_monograph where id = ?", Long.class, Long.parseLong(slug)));
        send(write(page + "/edit", "L'épicerie qui prête tout").param("version", version), correspondent);
        assertThat(send(get(page), participant).getStatus()).isEqualTo(404);
        assertThat(send(get(publicPage), null).getStatus()).isEqualTo(404);
        assertThat(send(post(page + "/publish"), scenario.carrier()).getRedirectedUrl())
                .isEqualTo(page);
        assertThat(send(get(publicPage), null).getContentAsString()).contains("L&#39;épicerie qui prête tout");

        send(post(page + "/unpublish"), scenario.carrier());
        assertThat(send(get(page), participant).getStatus()).isEqualTo(404);
        assertThat(send(get(publicPage), null).getStatus()).isEqualTo(404);
    }

    @Test
    void wrongValuesComeBackWithTheirMessagesAndAPersonsNameNeedsTheirAgreement() throws Exception {
        MockHttpServletResponse refused = send(
                post(base + "/new")
                        .param("title", " ")
                        .param("structureId", String.valueOf(items.structureId()))
                        .param("whatItDoes", "Un texte garde")
                        .param("contactName", "Marie Dupont")
                        .param("contactEmail", "pas une adresse"),
                scenario.carrier());
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("Titre : indiquez un titre.")
                .contains("Nom de la personne : il n&#39;est publié qu&#39;avec son accord.")
                .contains("Courriel : une adresse comme")
                .contains("Un texte garde", "value=\"Marie Dupont\"");
        assertThat(send(post(base + "/new").param("structureId", "abc"), scenario.carrier())
                        .getContentAsString())
                .contains("Structure : choisissez une structure de la liste.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.directory_monograph where territory_id = ?",
                        Long.class,
                        scenario.territoryId()))
                .isZero();
    }

    @Test
    void aPhotoNeedsItsAlternativeTextIsCheckedByContentAndIsServedWithoutSniffing() throws Exception {
        String page = send(write(base + "/new", "Le jardin partagé"), scenario.carrier())
                .getRedirectedUrl();
        String form = page + "/photos/new";

        MockHttpServletResponse noAlt = send(
                multipart(form)
                        .file(new MockMultipartFile("photo", "jardin.png", "image/png", TestData.png()))
                        .param("altText", " ")
                        .param("caption", "Le jardin au printemps"),
                scenario.carrier());
        assertThat(noAlt.getStatus()).isEqualTo(200);
        assertThat(noAlt.getContentAsString())
                .contains("Texte alternatif : dites ce que montre la photo.")
                .contains("value=\"Le jardin au printemps\"");

        MockHttpServletResponse notAnImage = send(
                multipart(form)
                        .file(new MockMultipartFile(
                                "photo",
                                "jardin.png",
                                "image/png",
                                "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                        .param("altText", "Un jardin"),
                scenario.carrier());
        assertThat(notAnImage.getContentAsString()).contains("n&#39;est pas du bon type");
        assertThat(jdbc.queryForObject("select count(*) from app.directory_monograph_photo", Long.class))
                .as("no photo kept from refused forms")
                .isEqualTo(countPhotosElsewhere());

        // a JPEG named .gif, with EXIF saying where it was taken
        MockHttpServletResponse added = send(
                multipart(form)
                        .file(new MockMultipartFile("photo", "jardin.gif", "image/gif", jpegWithExif()))
                        .param("altText", "Des bacs de légumes")
                        .param("credit", "Association du jardin"),
                scenario.carrier());
        assertThat(added.getRedirectedUrl()).isEqualTo(page);
        String shown = send(get(page), scenario.carrier()).getContentAsString();
        assertThat(shown).contains("alt=\"Des bacs de légumes\"", "Photo : Association du jardin");
        String photoPath = photoPath(shown, page);

        send(post(page + "/publish"), scenario.carrier());
        MockHttpServletResponse photo = send(get(photoPath), participant);
        assertThat(photo.getStatus()).isEqualTo(200);
        assertThat(photo.getContentType()).isEqualTo("image/jpeg");
        assertThat(photo.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        String bytes = new String(photo.getContentAsByteArray(), StandardCharsets.ISO_8859_1);
        assertThat(bytes).as("metadata stripped").doesNotContain("Exif", "SECRET-PLACE");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(photo.getContentAsByteArray())))
                .isNotNull();

        String publicPhoto = photoPath.replace(
                "/directory/" + scenario.territoryId(), "/territories/" + items.slug() + "/directory");
        MockHttpServletResponse anonymous = send(get(publicPhoto), null);
        assertThat(anonymous.getStatus()).isEqualTo(200);
        assertThat(anonymous.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        send(post(page + "/unpublish"), scenario.carrier());
        assertThat(send(get(publicPhoto), null).getStatus()).isEqualTo(404);
        assertThat(send(get(photoPath), participant).getStatus()).isEqualTo(404);
    }

    @Test
    void aCarrierCitesAPublishedMonographAndTheExperimentationPageLinksIt() throws Exception {
        String draft = send(write(base + "/new", "Le garage solidaire"), scenario.carrier())
                .getRedirectedUrl();
        String draftId = draft.substring(draft.lastIndexOf('/') + 1);
        String cite = "/experimentations/" + scenario.experimentationId() + "/citations/new";

        assertThat(send(post(cite).param("monographId", draftId).param("note", "Pour la mobilité"), scenario.carrier())
                        .getContentAsString())
                .contains("Monographie : choisissez une monographie publiée de la liste.");
        send(post(draft + "/publish"), scenario.carrier());
        assertThat(send(post(cite).param("monographId", draftId), participant).getStatus())
                .isEqualTo(403);
        assertThat(send(post(cite).param("monographId", draftId).param("note", "Pour la mobilité"), scenario.carrier())
                        .getRedirectedUrl())
                .isEqualTo("/experimentations/" + scenario.experimentationId());

        String experimentation = send(get("/experimentations/" + scenario.experimentationId()), participant)
                .getContentAsString();
        assertThat(experimentation)
                .contains("Initiatives locales citées", "Le garage solidaire", "Pour la mobilité")
                .contains("href=\"" + draft + "\"");

        TestData.Scenario other = data.runningExperimentation();
        assertThat(send(
                                post("/experimentations/" + other.experimentationId() + "/citations/new")
                                        .param("monographId", draftId),
                                other.carrier())
                        .getContentAsString())
                .as("a monograph of another territory")
                .contains("Monographie : choisissez une monographie publiée de la liste.");
    }

    @Test
    void aWebpPhotoKeepsItsImageAndLosesItsExifChunk() throws Exception {
        String page = send(write(base + "/new", "La ressourcerie"), scenario.carrier())
                .getRedirectedUrl();
        MockHttpServletResponse added = send(
                multipart(page + "/photos/new")
                        .file(new MockMultipartFile("photo", "ressourcerie.bin", "application/octet-stream", webp()))
                        .param("altText", "Des meubles réparés"),
                scenario.carrier());
        assertThat(added.getRedirectedUrl()).isEqualTo(page);
        String shown = send(get(page), scenario.carrier()).getContentAsString();
        String photoPath = photoPath(shown, page);

        MockHttpServletResponse photo = send(get(photoPath), scenario.carrier());
        assertThat(photo.getContentType()).isEqualTo("image/webp");
        byte[] bytes = photo.getContentAsByteArray();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("RIFF").contains("WEBPVP8X", "VP8L").doesNotContain("EXIF", "SECRET-PLACE");
        assertThat(java.nio.ByteBuffer.wrap(bytes, 4, 4)
                        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                        .getInt())
                .as("the RIFF size")
                .isEqualTo(bytes.length - 8);
        assertThat(bytes[20] & 0x08).as("the VP8X EXIF flag").isZero();
    }

    /** A WebP container: a VP8X header saying it has EXIF, a (tiny, not decodable) VP8L chunk and an EXIF chunk. */
    private static byte[] webp() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        chunk(body, "VP8X", new byte[] {0x08, 0, 0, 0, 7, 0, 0, 7, 0, 0});
        chunk(body, "VP8L", new byte[] {0x2f, 7, (byte) 0xc0, 1, 0});
        chunk(body, "EXIF", "SECRET-PLACE 48.07N".getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(littleEndian(body.size()));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String id, byte[] data) {
        out.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(littleEndian(data.length));
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
    }

    private static byte[] littleEndian(int n) {
        return new byte[] {(byte) n, (byte) (n >> 8), (byte) (n >> 16), (byte) (n >> 24)};
    }

    /** The address of the first photo the monograph's page shows. */
    private static String photoPath(String html, String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        java.util.regex.Pattern.quote(page + "/photos/") + "[0-9]+\"")
                .matcher(html);
        assertThat(m.find()).as("a photo on the page").isTrue();
        return m.group().substring(0, m.group().length() - 1);
    }

    private long countPhotosElsewhere() {
        return jdbc.queryForObject(
                "select count(*) from app.directory_monograph_photo p join app.directory_monograph m on m.id = p.monograph_id"
                        + " where m.territory_id <> ?",
                Long.class,
                scenario.territoryId());
    }

    private MockHttpServletRequestBuilder write(String url, String title) {
        return post(url)
                .param("title", title)
                .param("structureId", String.valueOf(items.structureId()))
                .param("serviceIds", String.valueOf(items.serviceId()))
                .param("whatItDoes", "Une épicerie qui prête aussi.\r\n\r\nElle ouvre trois jours par semaine.")
                .param("contactEmail", "accueil@example.org");
    }

    /** A small JPEG with an EXIF segment (APP1) naming a place. */
    private static byte[] jpegWithExif() throws Exception {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xcc3300);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] payload = "Exif\0\0SECRET-PLACE 48.07N 1.84W".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, AccountPrincipal who) throws Exception {
        if (who != null) {
            request.with(user(who));
        }
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }
}
