package coop.faireavec.directory;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Lists of codes stored in one column as {@code ,a,b,}, so that a filter on one code is {@code LIKE '%,a,%'}. */
final class CodeLists {

    private CodeLists() {}

    static String join(Collection<String> codes) {
        return codes == null || codes.isEmpty() ? "" : "," + String.join(",", codes) + ",";
    }

    static List<String> split(String stored) {
        return stored == null || stored.isEmpty()
                ? List.of()
                : Arrays.stream(stored.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    /** The LIKE pattern that finds one code in a stored list. */
    static String pattern(String code) {
        return "%," + code + ",%";
    }
}
