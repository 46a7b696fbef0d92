package coop.faireavec.personaldata;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything held about one person, as downloaded (issue #16, point 9): one section per entry of the definition of a
 * person's data, in its order, empty sections included (they say that nothing of that kind is held).
 *
 * @param personId the person
 * @param displayName their name today
 * @param generatedAt when the download was made (UTC)
 * @param experimentationId the experimentation a carrier downloaded it for, or null for the person's own download
 * @param sections the sections, in the definition's order
 */
public record PersonalDataSet(
        long personId, String displayName, Instant generatedAt, Long experimentationId, List<Section> sections) {

    /**
     * The rows of one table that point at the person through one column.
     *
     * @param name {@code table.column}
     * @param kind {@code PROFILE}, {@code ROWS} (the rows, with the names of the people they point at) or
     *     {@code MENTION} (only the ids of records the person acted on: the record is someone else's data)
     * @param rows each row as column name (lower case) to value: a String, a Number, a Boolean, or null; instants
     *     are ISO-8601 text in the platform's time zone with its offset, dates ISO-8601 text
     */
    public record Section(String name, String kind, List<Map<String, Object>> rows) {}

    /** The section of that {@code table.column}, if the download has it. */
    public java.util.Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
