package coop.faireavec.directory.web;

import coop.faireavec.directory.MonographService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The published monographs of a published directory, without sign-in (issue #17, points 3 and 6): a draft, or any
 * monograph of a directory that is not published, answers 404.
 */
@Controller
@RequestMapping("/territories/{slug}/directory/monographs")
class PublicMonographController {

    private final MonographService monographs;

    PublicMonographController(MonographService monographs) {
        this.monographs = monographs;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        model.addAttribute("listing", monographs.publicList(slug));
        model.addAttribute("base", base(slug));
        model.addAttribute("publicView", true);
        return "directory/monographs";
    }

    @GetMapping("/{monographId}")
    String show(@PathVariable String slug, @PathVariable long monographId, Model model) {
        model.addAttribute("page", monographs.publicMonograph(slug, monographId));
        model.addAttribute("base", base(slug));
        model.addAttribute("publicView", true);
        return "directory/monograph";
    }

    @GetMapping("/{monographId}/photos/{photoId}")
    ResponseEntity<byte[]> photo(
            @PathVariable String slug, @PathVariable long monographId, @PathVariable long photoId) {
        return MonographPhotos.send(monographs.publicPhoto(slug, monographId, photoId), true);
    }

    private static String base(String slug) {
        return "/territories/" + slug + "/directory";
    }
}
