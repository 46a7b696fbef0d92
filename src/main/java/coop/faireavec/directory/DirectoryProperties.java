package coop.faireavec.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The directory's settings ({@code faireavec.directory.*}), validated at start-up.
 *
 * @param tiles the map's tile server
 */
@Validated
@ConfigurationProperties(prefix = "faireavec.directory")
public record DirectoryProperties(
        @DefaultValue @Valid @NotNull(message = "must be set")
        Tiles tiles) {

    /**
     * The map's tile server. No geocoding service is used: coordinates are typed in or imported.
     *
     * @param url         the tiles' address with {@code {z}}, {@code {x}}, {@code {y}} (and optionally {@code {s}})
     *                    ({@code faireavec.directory.tiles.url}); empty: no map, the page says it is unavailable and
     *                    the list works as ever. Default: OpenStreetMap's tile server. Its origin (scheme, host,
     *                    port) is what the map page's Content-Security-Policy allows images from: a host name
     *                    (letters, digits, dots, hyphens, {@code {s}}), an optional port, then a path; no user name
     * @param attribution what the map must credit ({@code faireavec.directory.tiles.attribution}), plain text
     */
    public record Tiles(
            @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
            @Pattern(
                    regexp = "^$|^https?://[A-Za-z0-9.{}\\-]+(:[0-9]{1,5})?/\\S*$",
                    message = "must be empty or an http(s) address with a host name, an optional port and a path")
            String url,

            @DefaultValue("© les contributeurs d'OpenStreetMap")
            String attribution) {

        /** Whether a tile server is set. */
        public boolean available() {
            return url != null && !url.isBlank();
        }

        /** The tile server's origin ({@code https://host[:port]}), for the page's Content-Security-Policy; "" if none. */
        public String origin() {
            if (!available()) {
                return "";
            }
            int start = url.indexOf("://") + 3;
            int end = url.indexOf('/', start);
            return (end < 0 ? url : url.substring(0, end)).replace("{s}", "*");
        }
    }
}
