package coop.faireavec.privacy.web;

import coop.faireavec.privacy.PrivacyPage;
import coop.faireavec.privacy.PrivacyTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The three public pages, open without signing in and linked in every page's footer: the privacy notice, the
 * accessibility statement and the legal notice. Each shows the operator's facts and either the administrator's
 * replacement text (escaped, paragraph by paragraph) or the standard text of the messages files.
 */
@Controller
class PrivacyController {

    private final PrivacyTexts texts;

    PrivacyController(PrivacyTexts texts) {
        this.texts = texts;
    }

    @GetMapping("/privacy")
    String notice(Model model) {
        return page(PrivacyPage.NOTICE, "privacy/notice", model);
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        return page(PrivacyPage.ACCESSIBILITY, "privacy/accessibility", model);
    }

    @GetMapping("/legal")
    String legal(Model model) {
        return page(PrivacyPage.LEGAL, "privacy/legal", model);
    }

    private String page(PrivacyPage page, String view, Model model) {
        model.addAttribute("facts", texts.facts());
        model.addAttribute("replacement", texts.replacementParagraphs(page));
        return view;
    }
}
