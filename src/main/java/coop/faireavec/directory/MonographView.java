package coop.faireavec.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A monograph as its page shows it: the texts split into paragraphs (plain text, shown escaped), its organisation and
 * services by name ({@code structureLive} false once its record is archived: no link then), the contact (a person's name only when they agreed), the photos without their bytes.
 */
public record MonographView(
        long id,
        String title,
        boolean published,
        Instant publishedAt,
        long structureId,
        String structureName,
        boolean structureLive,
        List<Named> services,
        List<Section> sections,
        String contactName,
        String contactPhone,
        String contactEmail,
        List<Photo> photos,
        long version) {

    /** An organisation's service, by id and name. */
    public record Named(long id, String name) {}

    /** One titled part of the text: its message key's last part ({@code whatItDoes}) and its paragraphs. */
    public record Section(String key, List<String> paragraphs) {}

    /** A photo: what the page needs to show it. */
    public record Photo(long id, String altText, String caption, String credit) {}

    /** Whether the monograph has any contact to show. */
    public boolean hasContact() {
        return contactName != null || contactPhone != null || contactEmail != null;
    }

    /** The text's paragraphs: split on blank lines, each stripped; none for a null or blank text. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
