package coop.faireavec.directory;

/**
 * What a directory search asks for; blank or null parts mean "any".
 *
 * @param text     words found in an organisation's or its services' name, description, commune (accents and case
 *                 ignored)
 * @param theme    a {@code thematiques} code one of its services has
 * @param commune  the organisation's commune, exactly
 * @param audience a {@code publics} code one of its services has
 */
public record DirectoryQuery(String text, String theme, String commune, String audience) {

    /** No filter. */
    public static DirectoryQuery all() {
        return new DirectoryQuery("", "", "", "");
    }

    public DirectoryQuery {
        text = text == null ? "" : text.strip();
        theme = theme == null ? "" : theme.strip();
        commune = commune == null ? "" : commune.strip();
        audience = audience == null ? "" : audience.strip();
    }

    /** Whether some filter is set. */
    public boolean filtered() {
        return !(text.isEmpty() && theme.isEmpty() && commune.isEmpty() && audience.isEmpty());
    }
}
