package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.security.ContentSecurityPolicy;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The tile server's address is checked at start-up so that its origin is always one a Content-Security-Policy source
 * can hold (else the map page would fail): the map page then allows images from that origin and nothing more.
 */
class MapTilesSettingsTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final Validator validator = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void anAddressWithAHostAnOptionalPortAndAPathIsTakenAndGivesItsOrigin() {
        assertThat(origin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://tile.openstreetmap.org");
        assertThat(origin("https://{s}.tile.example.org/{z}/{x}/{y}.png")).isEqualTo("https://*.tile.example.org");
        assertThat(origin("http://127.0.0.1:8123/tiles/{z}/{x}/{y}.png")).isEqualTo("http://127.0.0.1:8123");
        assertThat(origin("")).isEmpty();
        assertThat(ContentSecurityPolicy.allowingImagesFrom(origin("http://127.0.0.1:8123/tiles/{z}/{x}/{y}.png")))
                .contains("img-src 'self' data: http://127.0.0.1:8123; font-src 'self';")
                .startsWith("default-src 'self'; script-src 'self'; style-src 'self'; img-src");
    }

    @Test
    void anAddressWhoseOriginNoPolicyCouldHoldIsRefusedAtStartUp() {
        assertThat(valid("https://user@tiles.example.org/{z}/{x}/{y}.png")).isFalse();
        assertThat(valid("https://tiles.example.org?z={z}&x={x}&y={y}")).isFalse();
        assertThat(valid("https://tiles.example.org;script-src/{z}/{x}/{y}.png"))
                .isFalse();
        assertThat(valid("ftp://tiles.example.org/{z}/{x}/{y}.png")).isFalse();
        assertThat(valid("https://tiles.example.org/{z}/{x}/{y}.png?key=abc")).isTrue();
    }

    private String origin(String url) {
        DirectoryProperties.Tiles tiles = new DirectoryProperties.Tiles(url, "©");
        assertThat(validator.validate(tiles)).as(url).isEmpty();
        return tiles.origin();
    }

    private boolean valid(String url) {
        return validator.validate(new DirectoryProperties.Tiles(url, "©")).isEmpty();
    }
}
