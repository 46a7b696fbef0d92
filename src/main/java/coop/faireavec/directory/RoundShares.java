package coop.faireavec.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a round shares the stale records out among the correspondents (issue #17, point 2, "shared out fairly"): in
 * their stable order (records organisations first then by id, correspondents as given), the n-th record goes to the
 * (n mod k)-th correspondent, so that any two correspondents' counts differ by at most one and the same inputs always
 * give the same shares.
 */
public final class RoundShares {

    private RoundShares() {}

    /**
     * Shares the records out.
     *
     * @param records        the records to share (any order; duplicates count once each time given)
     * @param correspondents person ids, in the order they take turns (e.g. longest-serving first); no duplicates
     * @return for each correspondent, in the given order, their records in the stable order; empty when there is no
     *     correspondent
     */
    public static Map<Long, List<RecordRef>> share(List<RecordRef> records, List<Long> correspondents) {
        Map<Long, List<RecordRef>> shares = new LinkedHashMap<>();
        if (correspondents.isEmpty()) {
            return shares;
        }
        correspondents.forEach(c -> shares.put(c, new ArrayList<>()));
        List<RecordRef> sorted = records.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            shares.get(correspondents.get(i % correspondents.size())).add(sorted.get(i));
        }
        return shares;
    }
}
