package coop.faireavec.decision;

import coop.faireavec.participation.College;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The colleges a tally counts: those with members, in {@link College} order (unknown names after, by name). */
final class Colleges {

    private Colleges() {}

    /**
     * The counted colleges.
     *
     * @param collegeSizes members per college name
     * @return the names of colleges with at least one member, ordered
     */
    static List<String> counted(Map<String, Integer> collegeSizes) {
        List<String> names = new ArrayList<>();
        collegeSizes.forEach((name, size) -> {
            if (name != null && size != null && size > 0) {
                names.add(name);
            }
        });
        names.sort(Comparator.comparingInt(Colleges::order).thenComparing(Comparator.naturalOrder()));
        return List.copyOf(names);
    }

    private static int order(String name) {
        for (College college : College.values()) {
            if (college.name().equals(name)) {
                return college.ordinal();
            }
        }
        return College.values().length;
    }
}
