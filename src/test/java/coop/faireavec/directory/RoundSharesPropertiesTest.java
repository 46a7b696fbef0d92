package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/** A round's records are shared out fairly: every record to exactly one correspondent, counts within one. */
class RoundSharesPropertiesTest {

    private static List<RecordRef> records(Set<Long> structures, Set<Long> services) {
        List<RecordRef> all = new ArrayList<>();
        structures.forEach(id -> all.add(new RecordRef(RecordRef.Kind.STRUCTURE, id)));
        services.forEach(id -> all.add(new RecordRef(RecordRef.Kind.SERVICE, id)));
        return all;
    }

    @Property
    void everyRecordGoesToExactlyOneCorrespondentAndCountsDifferByAtMostOne(
            @ForAll @Size(max = 60) Set<@IntRange(min = 1, max = 10_000) Long> structures,
            @ForAll @Size(max = 60) Set<@IntRange(min = 1, max = 10_000) Long> services,
            @ForAll @Size(min = 1, max = 8) @UniqueElements List<@IntRange(min = 1, max = 500) Long> people) {
        List<RecordRef> all = records(structures, services);
        Map<Long, List<RecordRef>> shares = RoundShares.share(all, people);

        assertThat(shares.keySet()).containsExactlyElementsOf(people);
        List<RecordRef> given = shares.values().stream().flatMap(List::stream).toList();
        assertThat(given).containsExactlyInAnyOrderElementsOf(all);
        List<Integer> counts = shares.values().stream().map(List::size).toList();
        assertThat(Collections.max(counts) - Collections.min(counts)).isLessThanOrEqualTo(1);
    }

    @Property
    void theSharesDoNotDependOnTheOrderTheRecordsComeIn(
            @ForAll @Size(max = 40) Set<@IntRange(min = 1, max = 1000) Long> structures,
            @ForAll @Size(min = 1, max = 5) @UniqueElements List<@IntRange(min = 1, max = 50) Long> people) {
        List<RecordRef> all = records(structures, Set.of());
        List<RecordRef> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled);
        assertThat(RoundShares.share(shuffled, people)).isEqualTo(RoundShares.share(all, people));
    }

    @Property
    void nobodyToShareWithGivesNoShare(@ForAll @Size(max = 10) Set<@IntRange(min = 1, max = 100) Long> structures) {
        assertThat(RoundShares.share(records(structures, Set.of()), List.of())).isEmpty();
    }
}
