package coop.faireavec.directory.web;

import coop.faireavec.directory.DirectoryExchangeService;
import coop.faireavec.directory.DirectoryQuery;
import coop.faireavec.directory.DirectoryService;
import coop.faireavec.directory.MonographService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A territory's published directory, read-only and without sign-in (issue #17, point 6): public fields only. A
 * territory whose directory is not published answers 404, the same as no territory.
 */
@Controller
@RequestMapping("/territories/{slug}/directory")
class PublicDirectoryController {

    private final DirectoryService directory;
    private final DirectoryPages pages;
    private final DirectoryExchangeService exchange;
    private final DataInclusionJson json;
    private final DirectoryWorkbook workbook;
    private final MonographService monographs;

    PublicDirectoryController(
            DirectoryService directory,
            DirectoryPages pages,
            DirectoryExchangeService exchange,
            DataInclusionJson json,
            DirectoryWorkbook workbook,
            MonographService monographs) {
        this.directory = directory;
        this.pages = pages;
        this.exchange = exchange;
        this.json = json;
        this.workbook = workbook;
        this.monographs = monographs;
    }

    /** The published directory in the data·inclusion JSON, public fields only (issue #17, point 4). */
    @GetMapping("/export.json")
    ResponseEntity<byte[]> exportJson(@PathVariable String slug) {
        return Downloads.json(json.write(exchange.publicExport(slug)));
    }

    /** The same as a workbook with the template's columns. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable String slug) {
        return Downloads.xlsx(workbook.write(exchange.publicExport(slug)), "annuaire");
    }

    @GetMapping
    String list(
            @PathVariable String slug,
            @ModelAttribute("query") DirectoryQuery query,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return pages.list(
                "directory/list", directory.publicDirectory(slug, query, page, false), query, base(slug), true, model);
    }

    @GetMapping("/map")
    String map(
            @PathVariable String slug,
            @ModelAttribute("query") DirectoryQuery query,
            HttpServletResponse response,
            Model model) {
        DirectoryService.Listing listing = directory.publicDirectory(slug, query, 0, true);
        pages.allowTiles(response);
        return pages.list("directory/map", listing, query, base(slug), true, model);
    }

    @GetMapping("/structures/{structureId}")
    String show(@PathVariable String slug, @PathVariable long structureId, Model model) {
        model.addAttribute("record", directory.publicStructure(slug, structureId));
        model.addAttribute("monographs", monographs.publishedAbout(structureId));
        model.addAttribute("base", base(slug));
        model.addAttribute("publicView", true);
        return "directory/structure";
    }

    private static String base(String slug) {
        return "/territories/" + slug + "/directory";
    }
}
