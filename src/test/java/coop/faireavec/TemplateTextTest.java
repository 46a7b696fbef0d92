package coop.faireavec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No text is written in a template: every word people read comes from messages*.properties (French and English).
 * Text inside an element whose content Thymeleaf replaces (th:text...) is only a prototype and is allowed.
 */
class TemplateTextTest {

    static final Set<String> REPLACING =
            Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors", "th:remove");
    static final Set<String> READABLE_ATTRIBUTES = Set.of("aria-label", "title", "alt", "placeholder");

    @Test
    void everyTextPeopleReadComesFromTheMessages() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                for (Element element : doc.getAllElements()) {
                    if (replaced(element)
                            || element.tagName().equals("script")
                            || element.tagName().equals("style")) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        String t = text.text().strip();
                        // punctuation and arrows between messages are not words
                        if (!t.isEmpty() && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                            problems.add(file.getFileName() + ": <" + element.tagName() + "> \"" + t + "\"");
                        }
                    }
                    for (String attribute : READABLE_ATTRIBUTES) {
                        if (element.hasAttr(attribute)
                                && !element.hasAttr("th:" + attribute)
                                && !element.hasAttr("th:attr")) {
                            problems.add(
                                    file.getFileName() + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(problems).as("hard-coded text in templates").isEmpty();
    }

    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute : REPLACING) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
            if (e.hasAttr("th:fragment") && e != element) {
                break;
            }
        }
        return false;
    }
}
