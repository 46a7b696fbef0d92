package coop.faireavec.directory;

import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.Viewer;
import coop.faireavec.territory.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The round page (issue #17, point 2): a correspondent's records of the territory's open round, each confirmed
 * (verified today, by them), changed (the record's own form) or archived; a correspondent's step completes when every
 * record of it is done or when they finish it. Carriers on the territory and administrators see everyone's round.
 * A record is done when it is no longer stale or is archived (read from the record, never copied).
 */
@Service
@Transactional(readOnly = true)
public class RoundService {

    private final UpkeepRoundRepository rounds;
    private final RoundRecordRepository roundRecords;
    private final StructureRepository structures;
    private final OfferedServiceRepository services;
    private final DirectoryService directory;
    private final DirectoryAccess access;
    private final UpkeepService upkeep;
    private final PeopleService people;

    RoundService(
            UpkeepRoundRepository rounds,
            RoundRecordRepository roundRecords,
            StructureRepository structures,
            OfferedServiceRepository services,
            DirectoryService directory,
            DirectoryAccess access,
            UpkeepService upkeep,
            PeopleService people) {
        this.rounds = rounds;
        this.roundRecords = roundRecords;
        this.structures = structures;
        this.services = services;
        this.directory = directory;
        this.access = access;
        this.upkeep = upkeep;
        this.people = people;
    }

    /**
     * One record of a round as the page shows it.
     *
     * @param record      which record
     * @param name        its name (a service: its own)
     * @param structureId the organisation whose page shows it
     * @param structure   that organisation's name
     * @param verifiedOn  when it was last verified (local date)
     * @param done        confirmed, changed or archived since the round opened
     */
    public record Line(
            RecordRef record, String name, long structureId, String structure, LocalDate verifiedOn, boolean done) {}

    /**
     * One correspondent's part of the round.
     *
     * @param personId their person id
     * @param name     their display name
     * @param lines    their records, organisations first
     * @param stepOpen whether their step is still open
     */
    public record Walk(long personId, String name, List<Line> lines, boolean stepOpen) {

        /** Records still to do. */
        public long left() {
            return lines.stream().filter(l -> !l.done()).count();
        }
    }

    /**
     * The round page.
     *
     * @param territory the territory
     * @param round     the open round, null when none is open
     * @param walks     the viewer's own part (a correspondent), or everyone's (carriers, administrators)
     * @param everyone  whether the viewer sees everyone's part
     */
    public record RoundPage(Territory territory, UpkeepRound round, List<Walk> walks, boolean everyone) {}

    /**
     * The round page for the viewer.
     *
     * @throws AccessDeniedException unless the viewer is a correspondent of the territory, a carrier on it or an
     *     administrator
     */
    public RoundPage page(Viewer viewer, long territoryId) {
        access.requireEditor(viewer, territoryId);
        Territory territory = directory.territory(viewer, territoryId);
        boolean everyone = access.mayAppoint(viewer, territoryId);
        Optional<UpkeepRound> round = openRound(territoryId);
        if (round.isEmpty()) {
            return new RoundPage(territory, null, List.of(), everyone);
        }
        List<RoundRecord> given =
                roundRecords.findByRoundIdOrderByPersonIdAscIdAsc(round.get().getId());
        Map<Long, List<RoundRecord>> byPerson = given.stream()
                .filter(r -> everyone || r.getPersonId() == viewer.personId())
                .collect(Collectors.groupingBy(RoundRecord::getPersonId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Person> names = people.byIds(byPerson.keySet());
        List<Walk> walks = new ArrayList<>();
        byPerson.forEach((person, records) -> walks.add(new Walk(
                person,
                names.containsKey(person) ? names.get(person).getDisplayName() : "",
                lines(records.stream().map(RoundRecord::record).toList()),
                upkeep.hasOpenStep(territoryId, person))));
        return new RoundPage(territory, round.get(), walks, everyone);
    }

    /**
     * How many records of the open round the viewer still has to do, for the directory page's "Ma tournée" link.
     *
     * @return empty unless the viewer is a correspondent of the territory; 0 when they have nothing left
     */
    public Optional<Long> leftFor(Viewer viewer, long territoryId) {
        if (!access.isCorrespondent(viewer.personId(), territoryId)) {
            return Optional.empty();
        }
        if (!upkeep.hasOpenStep(territoryId, viewer.personId())) {
            // finished (or nothing given): what is left waits for the next round
            return Optional.of(0L);
        }
        return Optional.of(openRound(territoryId)
                .map(r -> lines(roundRecords.findByRoundIdAndPersonIdOrderByIdAsc(r.getId(), viewer.personId()).stream()
                                .map(RoundRecord::record)
                                .toList())
                        .stream()
                        .filter(l -> !l.done())
                        .count())
                .orElse(0L));
    }

    /** The number of records each correspondent was given in the territory's open round (person id → count). */
    public Map<Long, Long> roundSizes(long territoryId) {
        return openRound(territoryId)
                .map(r -> roundRecords.findByRoundIdOrderByPersonIdAscIdAsc(r.getId()).stream()
                        .collect(Collectors.groupingBy(RoundRecord::getPersonId, Collectors.counting())))
                .orElse(Map.of());
    }

    /**
     * Confirms a record as it is (verified today by the viewer); completes the step of whoever had it when that was
     * their last record to do.
     *
     * @throws AccessDeniedException unless the viewer may change the territory's directory
     * @throws coop.faireavec.shared.NotFoundException when the record is not a live one of the territory
     */
    @Transactional
    public void confirm(Viewer viewer, long territoryId, RecordRef record) {
        if (record.kind() == RecordRef.Kind.STRUCTURE) {
            directory.verifyStructure(viewer, territoryId, record.id());
        } else {
            directory.verifyService(viewer, territoryId, record.id());
        }
        finishStepsDone(territoryId, record);
    }

    /**
     * Archives a record; completes the step of whoever had it when that was their last record to do.
     *
     * @throws AccessDeniedException unless the viewer may change the territory's directory
     * @throws coop.faireavec.shared.NotFoundException when the record is not a live one of the territory
     */
    @Transactional
    public void archive(Viewer viewer, long territoryId, RecordRef record) {
        if (record.kind() == RecordRef.Kind.STRUCTURE) {
            directory.archiveStructure(viewer, territoryId, record.id());
        } else {
            directory.archiveService(viewer, territoryId, record.id());
        }
        finishStepsDone(territoryId, record);
    }

    /**
     * The viewer finishes their round (what is left waits for the next one).
     *
     * @return whether they had a step open (a carrier who is no correspondent has none)
     * @throws AccessDeniedException unless the viewer may change the territory's directory
     */
    @Transactional
    public boolean finish(Viewer viewer, long territoryId) {
        access.requireEditor(viewer, territoryId);
        boolean open = upkeep.hasOpenStep(territoryId, viewer.personId());
        upkeep.finishStep(territoryId, viewer.personId());
        return open;
    }

    private void finishStepsDone(long territoryId, RecordRef record) {
        Optional<UpkeepRound> round = openRound(territoryId);
        if (round.isEmpty()) {
            return;
        }
        List<RoundRecord> given =
                roundRecords.findByRoundIdOrderByPersonIdAscIdAsc(round.get().getId());
        given.stream()
                .filter(r -> r.record().equals(record))
                .map(RoundRecord::getPersonId)
                .distinct()
                .forEach(person -> {
                    List<RecordRef> theirs = given.stream()
                            .filter(r -> r.getPersonId() == person)
                            .map(RoundRecord::record)
                            .toList();
                    if (lines(theirs).stream().allMatch(Line::done)) {
                        upkeep.finishStep(territoryId, person);
                    }
                });
    }

    private Optional<UpkeepRound> openRound(long territoryId) {
        return rounds.findFirstByTerritoryIdAndClosedAtIsNullOrderByOpenedAtDesc(territoryId);
    }

    /** The records as lines, organisations first then by id; a record that no longer exists counts as done. */
    private List<Line> lines(List<RecordRef> records) {
        LocalDate today = directory.today();
        List<Long> structureIds = records.stream()
                .filter(r -> r.kind() == RecordRef.Kind.STRUCTURE)
                .map(RecordRef::id)
                .toList();
        List<Long> serviceIds = records.stream()
                .filter(r -> r.kind() == RecordRef.Kind.SERVICE)
                .map(RecordRef::id)
                .toList();
        Map<Long, OfferedService> byService = services.findAllById(serviceIds).stream()
                .collect(Collectors.toMap(OfferedService::getId, Function.identity()));
        List<Long> allStructures = new ArrayList<>(structureIds);
        byService.values().forEach(v -> allStructures.add(v.getStructureId()));
        Map<Long, Structure> byStructure = structures.findAllById(allStructures).stream()
                .collect(Collectors.toMap(Structure::getId, Function.identity(), (a, b) -> a));
        List<Line> lines = new ArrayList<>();
        for (RecordRef r : records.stream().sorted().toList()) {
            if (r.kind() == RecordRef.Kind.STRUCTURE) {
                Structure s = byStructure.get(r.id());
                if (s == null) {
                    continue;
                }
                boolean done = s.getArchivedAt() != null || !Staleness.isStale(s.getVerifiedOn(), today);
                lines.add(new Line(r, s.getNom(), s.getId(), s.getNom(), s.getVerifiedOn(), done));
            } else {
                OfferedService v = byService.get(r.id());
                Structure s = v == null ? null : byStructure.get(v.getStructureId());
                if (v == null || s == null) {
                    continue;
                }
                boolean done = v.getArchivedAt() != null
                        || s.getArchivedAt() != null
                        || !Staleness.isStale(v.getVerifiedOn(), today);
                lines.add(new Line(r, v.getNom(), s.getId(), s.getNom(), v.getVerifiedOn(), done));
            }
        }
        return lines;
    }
}
