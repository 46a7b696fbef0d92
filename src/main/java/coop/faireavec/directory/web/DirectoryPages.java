package coop.faireavec.directory.web;

import coop.faireavec.directory.DirectoryCodes;
import coop.faireavec.directory.DirectoryCodes.Kind;
import coop.faireavec.directory.DirectoryProperties;
import coop.faireavec.directory.DirectoryQuery;
import coop.faireavec.directory.DirectoryService;
import coop.faireavec.security.ContentSecurityPolicy;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the directory's pages share: the code lists, the map's settings, the search asked for. */
@Component
class DirectoryPages {

    private final DirectoryCodes codes;
    private final DirectoryProperties properties;

    DirectoryPages(DirectoryCodes codes, DirectoryProperties properties) {
        this.codes = codes;
        this.properties = properties;
    }

    /**
     * Fills the model of a list or map page.
     *
     * @param base       the directory's address ({@code /directory/7} or {@code /territories/slug/directory})
     * @param publicView whether it is the public directory (no actions, public fields only)
     */
    String list(
            String view,
            DirectoryService.Listing listing,
            DirectoryQuery query,
            String base,
            boolean publicView,
            Model model) {
        model.addAttribute("listing", listing);
        model.addAttribute("query", query);
        model.addAttribute("base", base);
        model.addAttribute("publicView", publicView);
        model.addAttribute("themeFamilies", codes.themeFamilies(locale()));
        model.addAttribute("audiences", codes.list(Kind.PUBLICS, locale()));
        model.addAttribute("tiles", properties.tiles());
        return view;
    }

    /** A map page may load tiles from the configured server: its Content-Security-Policy says so. */
    void allowTiles(HttpServletResponse response) {
        response.setHeader(
                ContentSecurityPolicy.HEADER,
                ContentSecurityPolicy.allowingImagesFrom(properties.tiles().origin()));
    }

    void structureForm(Model model) {
        model.addAttribute("networks", codes.list(Kind.RESEAUX_PORTEURS));
    }

    void serviceForm(Model model) {
        Locale locale = locale();
        model.addAttribute("themeFamilies", codes.themeFamilies(locale));
        model.addAttribute("audiences", codes.list(Kind.PUBLICS, locale));
        model.addAttribute("fees", codes.list(Kind.FRAIS, locale));
        model.addAttribute("modes", codes.list(Kind.MODES_ACCUEIL, locale));
        model.addAttribute("types", codes.list(Kind.TYPES_DE_SERVICES, locale));
    }

    /** The page's language: the codes' labels follow it (English labels in the English UI). */
    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    static String base(long territoryId) {
        return "/directory/" + territoryId;
    }
}
