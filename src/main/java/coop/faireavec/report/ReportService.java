package coop.faireavec.report;

import coop.faireavec.audit.AuditKind;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.people.PeopleService;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's report workbooks: generating a version (assemble, keep the assembled data without names ({@link
 * StoredReport}), write the workbook from them with the {@link ReportWriter} into memory, SHA-256, keep both in the
 * database), reading and downloading kept versions, and generating kept versions again.
 * Only the experimentation's committee members, carriers and administrators read reports (403 for anyone else);
 * every generation and download is in the audit log (who, when, which version). A phase is given as a {@link Phase};
 * {@code null} stands for the whole-experimentation workbook ({@link ReportVersion#WHOLE}).
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);

    /** The reason kept with the version generated when the carrier completes the phase report step. */
    public static final String REASON_REPORT_STEP = "étape bilan";

    /** The reason kept with a version the carrier asked for. */
    public static final String REASON_ASKED = "demandé par le porteur";

    /** The reason kept with a version made because a contribution of a reported phase was corrected. */
    public static final String REASON_CORRECTION = "correction";

    private final ReportVersionRepository versions;
    private final PhaseReportAssembler assembler;
    private final ReportWriter writer;
    private final ExperimentationService experimentations;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final PeopleService people;
    private final Clock clock;

    ReportService(
            ReportVersionRepository versions,
            PhaseReportAssembler assembler,
            ReportWriter writer,
            ExperimentationService experimentations,
            AccessGuard guard,
            AuditLog audit,
            PeopleService people,
            Clock clock) {
        this.versions = versions;
        this.assembler = assembler;
        this.writer = writer;
        this.experimentations = experimentations;
        this.guard = guard;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    /** The stored phase value: {@code Phase.name()}, or {@value ReportVersion#WHOLE} for null. */
    public static String key(Phase phaseOrNull) {
        return phaseOrNull == null ? ReportVersion.WHOLE : phaseOrNull.name();
    }

    /**
     * Generates and keeps a new version (numbered after the latest one of that phase), and records it in the audit.
     * No access check: the flow, the events and {@link #generateOnRequest} call it.
     *
     * @param phaseOrNull the phase, or null for the whole-experimentation workbook (every phase started so far)
     * @param byPersonOrNull who asked for it; null when the flow did
     * @param reason why, in plain French ({@link #REASON_REPORT_STEP}...), kept with the version
     * @return the kept version
     * @throws NotFoundException when there is no such experimentation
     */
    @Transactional
    public ReportVersion generate(long experimentationId, Phase phaseOrNull, Long byPersonOrNull, String reason) {
        String key = key(phaseOrNull);
        int number = versions.findFirstByExperimentationIdAndPhaseOrderByVersionNoDesc(experimentationId, key)
                        .map(ReportVersion::getVersionNo)
                        .orElse(0)
                + 1;
        // as precise as the database keeps it, so that the kept data and the version say the same instant
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // the data are kept first, and the workbook is written from them: what is kept is what the workbook says
        byte[] data = StoredReport.write(assembled(experimentationId, phaseOrNull, number, byPersonOrNull, now, false));
        byte[] bytes = write(StoredReport.read(data, assembler.namingNow(experimentationId)));
        ReportVersion v = versions.save(
                new ReportVersion(experimentationId, key, number, now, byPersonOrNull, reason, bytes, data));
        audit.record(
                actor(byPersonOrNull, null),
                AuditKind.REPORT_GENERATED,
                "report",
                v.getId(),
                describe(v) + " : " + reason);
        return v;
    }

    /**
     * The phase reached its report step (the carrier completed {@code WritePhaseReport}): a new version of the phase
     * report and of the whole-experimentation workbook, generated by the flow.
     */
    @Transactional
    public void reportStepReached(long experimentationId, Phase phase) {
        generate(experimentationId, phase, null, REASON_REPORT_STEP);
        generate(experimentationId, null, null, REASON_REPORT_STEP);
    }

    /** The reason kept with a whole-experimentation workbook generated when the committee approved a phase. */
    public static final String REASON_APPROVED = "phase approuvée par le comité";

    /**
     * A new version the carrier (or an administrator) asked for, never generated on a download. A new version of a
     * phase also makes a new version of the whole-experimentation workbook, so that it never lags behind.
     *
     * @param phaseOrNull the phase, or null for the whole-experimentation workbook only
     * @return the new version of that phase (or of the whole workbook)
     * @throws org.springframework.security.access.AccessDeniedException unless the viewer carries that
     *     experimentation or is an administrator
     * @throws ConflictException ("conflict.reportNotReached") when the phase never reached its report step (it has no
     *     version yet): a version of it would say nothing and would close its contributions to withdrawals
     */
    @Transactional
    public ReportVersion generateOnRequest(Viewer viewer, long experimentationId, Phase phaseOrNull) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
        if (phaseOrNull != null && !mayRegenerate(experimentationId, phaseOrNull)) {
            throw new ConflictException("conflict.reportNotReached");
        }
        ReportVersion v = generate(experimentationId, phaseOrNull, viewer.personId(), REASON_ASKED);
        if (phaseOrNull != null) {
            generate(experimentationId, null, viewer.personId(), REASON_ASKED);
        }
        return v;
    }

    /**
     * Whether a new version of that phase may be asked for: only once the phase reached its report step (it has at
     * least one version). No access check.
     */
    public boolean mayRegenerate(long experimentationId, Phase phase) {
        return versions.existsByExperimentationIdAndPhase(experimentationId, key(phase));
    }

    /**
     * The committee approved a phase (the task module calls this once the engine moved on): a new version of the
     * whole-experimentation workbook, so that it shows the phase approved and the next one started. No access check.
     */
    @Transactional
    public ReportVersion phaseApproved(long experimentationId, Phase phase) {
        return generate(experimentationId, null, null, REASON_APPROVED);
    }

    /** The latest kept version of that phase (null: the whole workbook), if any. No access check. */
    public Optional<ReportVersion> latest(long experimentationId, Phase phaseOrNull) {
        return versions.findFirstByExperimentationIdAndPhaseOrderByVersionNoDesc(experimentationId, key(phaseOrNull));
    }

    /**
     * The latest kept version number of that phase (null: the whole workbook), read without its workbook (for step
     * pages). No access check.
     */
    public Optional<Integer> latestNumber(long experimentationId, Phase phaseOrNull) {
        return Optional.ofNullable(versions.latestNumber(experimentationId, key(phaseOrNull)));
    }

    /** Whether version {@code number} of that phase (null: the whole workbook) was kept. No access check. */
    public boolean kept(long experimentationId, Phase phaseOrNull, int number) {
        return versions.existsByExperimentationIdAndPhaseAndVersionNo(experimentationId, key(phaseOrNull), number);
    }

    /** Version {@code number} of that phase (null: the whole workbook), if kept. No access check. */
    public Optional<ReportVersion> version(long experimentationId, Phase phaseOrNull, int number) {
        return versions.findByExperimentationIdAndPhaseAndVersionNo(experimentationId, key(phaseOrNull), number);
    }

    /** Whether the viewer may read this experimentation's reports: its committee, its carriers, administrators. */
    public boolean mayRead(Viewer viewer, long experimentationId) {
        return viewer.admin()
                || guard.hasRole(viewer, experimentationId, ExperimentationRole.COMMITTEE)
                || guard.hasRole(viewer, experimentationId, ExperimentationRole.CARRIER);
    }

    /** Whether the viewer may ask for a new version: carriers and administrators. */
    public boolean mayGenerate(Viewer viewer, long experimentationId) {
        return viewer.admin() || guard.hasRole(viewer, experimentationId, ExperimentationRole.CARRIER);
    }

    /**
     * @throws org.springframework.security.access.AccessDeniedException (403) unless {@link #mayRead}
     * @throws NotFoundException when there is no such experimentation
     */
    public Experimentation requireReader(Viewer viewer, long experimentationId) {
        Experimentation e = experimentations.forReport(experimentationId);
        guard.requireRole(viewer, experimentationId, ExperimentationRole.COMMITTEE, ExperimentationRole.CARRIER);
        return e;
    }

    /**
     * Every kept version of the experimentation, for its reports page: by phase, newest version first (the
     * whole-experimentation workbook under {@value ReportVersion#WHOLE}).
     *
     * @throws org.springframework.security.access.AccessDeniedException (403) unless {@link #mayRead}
     */
    public List<ReportVersionInfo> versions(Viewer viewer, long experimentationId) {
        requireReader(viewer, experimentationId);
        return versions.listOf(experimentationId);
    }

    /**
     * The names of the people who asked for the kept versions, for the reports page (the flow's versions have none).
     *
     * @return person id → display name
     * @throws org.springframework.security.access.AccessDeniedException (403) unless {@link #mayRead}
     */
    public Map<Long, String> authorNames(Viewer viewer, long experimentationId) {
        requireReader(viewer, experimentationId);
        Set<Long> ids = new HashSet<>();
        versions.listOf(experimentationId).stream()
                .map(ReportVersionInfo::generatedBy)
                .filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        Map<Long, String> names = new HashMap<>();
        people.byIds(ids).forEach((pid, person) -> names.put(pid, person.getDisplayName()));
        return names;
    }

    /**
     * A kept workbook, exactly as it was generated, recorded in the audit (who, when, which version).
     *
     * @param phaseOrNull the phase, or null for the whole-experimentation workbook
     * @param versionOrNull the version number; null for the latest
     * @param clientAddress the viewer's client address, for the audit (may be null)
     * @throws org.springframework.security.access.AccessDeniedException (403) unless {@link #mayRead}
     * @throws NotFoundException (404) when no such version was kept
     */
    @Transactional
    public ReportVersion download(
            Viewer viewer, long experimentationId, Phase phaseOrNull, Integer versionOrNull, String clientAddress) {
        requireReader(viewer, experimentationId);
        ReportVersion v = (versionOrNull == null
                        ? latest(experimentationId, phaseOrNull)
                        : version(experimentationId, phaseOrNull, versionOrNull))
                .orElseThrow(() -> new NotFoundException("report", key(phaseOrNull)));
        audit.record(
                actor(viewer.personId(), clientAddress), AuditKind.REPORT_DOWNLOADED, "report", v.getId(), describe(v));
        return v;
    }

    /** {@link #download(Viewer, long, Phase, Integer, String)} with no client address. */
    @Transactional
    public ReportVersion download(Viewer viewer, long experimentationId, Phase phaseOrNull, Integer versionOrNull) {
        return download(viewer, experimentationId, phaseOrNull, versionOrNull, null);
    }

    /**
     * The report of the latest kept version of a phase, for the pages (key figures, texts, meetings, leads): the data
     * that version was written from, named with today's names (see {@link #regenerateKept}), so that the page and the
     * workbook agree, headed with that version's number, date and author. A version kept before its data were (V52)
     * gives the phase's data as of its date ({@link PhaseReportAssembler#assembleAsOf}).
     *
     * @return empty when no version of that phase was generated yet
     * @throws org.springframework.security.access.AccessDeniedException (403) unless {@link #mayRead}
     */
    public Optional<PhaseReport> summary(Viewer viewer, long experimentationId, Phase phase) {
        requireReader(viewer, experimentationId);
        return latest(experimentationId, phase).map(v -> {
            byte[] data = v.getReportData();
            return StoredReport.readable(data)
                    ? StoredReport.read(data, assembler.namingNow(experimentationId))
                            .get(0)
                    : assembler.assembleAsOf(
                            experimentationId, phase, v.getVersionNo(), v.getGeneratedBy(), v.getGeneratedAt());
        });
    }

    /**
     * Writes every kept version of the experimentation again (a withdrawn consent to be named, an erasure) with
     * today's names and pseudonyms and nothing else changed: from the data the version was written from (figures,
     * votes, experiments, funding, attendance, texts and status as the committee saw them), or, for a version kept
     * before those data were (V52), from the data as of its generation instant (see {@link
     * PhaseReportAssembler#assembleAsOf} for what that cannot reproduce). Each keeps its number, its generation
     * instant and its data; its old bytes are deleted, and it records when, why and the hash it replaced. Recorded in
     * the audit.
     *
     * @param reason why, in plain French ("consentement retiré"...)
     * @return how many versions were written again
     */
    @Transactional
    public int regenerateKept(long experimentationId, String reason) {
        List<ReportVersion> kept =
                new ArrayList<>(versions.findByExperimentationIdOrderByPhaseAscVersionNoDesc(experimentationId));
        if (kept.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        StoredReport.Naming naming = assembler.namingNow(experimentationId);
        for (ReportVersion v : kept) {
            byte[] data = v.getReportData();
            byte[] bytes;
            if (StoredReport.readable(data)) {
                bytes = write(StoredReport.read(data, naming));
            } else {
                Phase phase = ReportVersion.WHOLE.equals(v.getPhase()) ? null : Phase.valueOf(v.getPhase());
                bytes = write(assembled(
                        experimentationId, phase, v.getVersionNo(), v.getGeneratedBy(), v.getGeneratedAt(), true));
            }
            v.replaceContent(bytes, now, reason);
            audit.record(
                    actor(null, null), AuditKind.REPORT_REGENERATED, "report", v.getId(), describe(v) + " : " + reason);
        }
        return kept.size();
    }

    /**
     * The people of the experimentation were replaced by pseudonymous person records (its retention period is over, or
     * an erasure): every kept version's data and asker are made to point to the new records, then every kept version
     * is written again with today's names ({@link #regenerateKept(long, String)}), so that neither its data nor its
     * workbook lead back to the people. Figures, votes, texts and statuses stay those the committee saw.
     *
     * @param replaced old person id → the pseudonymous person id that replaced it in this experimentation
     * @param reason why, in plain French ("durée de conservation écoulée"...)
     * @return how many versions were written again
     */
    @Transactional
    public int regenerateKept(long experimentationId, String reason, Map<Long, Long> replaced) {
        for (ReportVersion v : versions.findByExperimentationIdOrderByPhaseAscVersionNoDesc(experimentationId)) {
            byte[] data = v.getReportData();
            Long by = v.getGeneratedBy();
            v.repointPeople(
                    StoredReport.readable(data) ? StoredReport.repoint(data, replaced) : data,
                    by == null ? null : replaced.getOrDefault(by, by));
        }
        return regenerateKept(experimentationId, reason);
    }

    /**
     * The reports one workbook covers: the phase's, or every phase started so far for the whole workbook.
     *
     * @param asOf whether to read the data as they were at {@code at} (a kept version without its data) rather than
     *     now
     */
    private List<PhaseReport> assembled(
            long experimentationId, Phase phaseOrNull, int number, Long by, Instant at, boolean asOf) {
        List<PhaseReport> reports = new ArrayList<>();
        if (phaseOrNull != null) {
            reports.add(assemble(experimentationId, phaseOrNull, number, by, at, asOf));
        } else {
            for (Phase p : experimentations.forReport(experimentationId).getStartedPhases()) {
                // a phase started after a kept whole workbook was generated was not in it
                PhaseReport r = assemble(experimentationId, p, number, by, at, asOf);
                if (!asOf || r.heading().actualStart() != null || p == Phase.SHARED_DIAGNOSIS) {
                    reports.add(r);
                }
            }
            if (reports.isEmpty()) {
                reports.add(assemble(experimentationId, Phase.SHARED_DIAGNOSIS, number, by, at, asOf));
            }
        }
        return reports;
    }

    private byte[] write(List<PhaseReport> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(reports, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private PhaseReport assemble(long experimentationId, Phase phase, int number, Long by, Instant at, boolean asOf) {
        return asOf
                ? assembler.assembleAsOf(experimentationId, phase, number, by, at)
                : assembler.assemble(experimentationId, phase, number, by, at);
    }

    private AuditLog.Actor actor(Long personId, String clientAddress) {
        String name = personId == null ? "Faire-Avec" : people.get(personId).getDisplayName();
        return new AuditLog.Actor(personId, name, clientAddress);
    }

    private static String describe(ReportVersion v) {
        return v.getPhase() + " v" + v.getVersionNo() + " sha256 " + v.getShortSha256();
    }
}
