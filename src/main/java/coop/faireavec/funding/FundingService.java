package coop.faireavec.funding;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.FundingOverview.Figures;
import coop.faireavec.funding.FundingOverview.GrantView;
import coop.faireavec.funding.FundingOverview.LineView;
import coop.faireavec.funding.FundingOverview.SpendingView;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experimentation's funders, grant applications, budget and spending, on the associations' chart of accounts
 * ({@link Account}). Carriers of the experimentation (and administrators) record and change them; its committee
 * members read them; anyone else gets an {@link org.springframework.security.access.AccessDeniedException} (403).
 * A thing of another experimentation is not found ({@link NotFoundException}, 404); a change made over a newer one
 * fails with {@link ObjectOptimisticLockingFailureException} (409); a funder still in use is not deleted
 * ({@link ConflictException}, 409); a tampered value (a funder of another experimentation, a negative amount, an
 * income line as spending) is an {@link IllegalArgumentException} (400). Amounts are euros with cents.
 */
@Service
@Transactional(readOnly = true)
public class FundingService {

    private final FunderRepository funders;
    private final GrantApplicationRepository grants;
    private final BudgetLineRepository lines;
    private final SpendingRepository spending;
    private final FundingSettingsRepository settings;
    private final InKindTime inKind;
    private final AccessGuard guard;
    private final MessageSource messages;

    FundingService(
            FunderRepository funders,
            GrantApplicationRepository grants,
            BudgetLineRepository lines,
            SpendingRepository spending,
            FundingSettingsRepository settings,
            InKindTime inKind,
            AccessGuard guard,
            MessageSource messages) {
        this.funders = funders;
        this.grants = grants;
        this.lines = lines;
        this.spending = spending;
        this.settings = settings;
        this.inKind = inKind;
        this.guard = guard;
        this.messages = messages;
    }

    // ---- reading ----

    /** True when the viewer may read the funding: a carrier or committee member of it, or an administrator. */
    public boolean mayRead(Viewer viewer, long experimentationId) {
        return viewer.admin()
                || guard.hasRole(viewer, experimentationId, ExperimentationRole.CARRIER)
                || guard.hasRole(viewer, experimentationId, ExperimentationRole.COMMITTEE);
    }

    /** True when the viewer may change the funding: a carrier of it, or an administrator. */
    public boolean mayEdit(Viewer viewer, long experimentationId) {
        return viewer.admin() || guard.hasRole(viewer, experimentationId, ExperimentationRole.CARRIER);
    }

    /** A 403 unless the viewer may change the funding (controllers call it before validating a form). */
    public void requireEditor(Viewer viewer, long experimentationId) {
        requireCarrier(viewer, experimentationId);
    }

    /** Everything the funding page shows; for carriers, committee members and administrators (else 403). */
    public FundingOverview overview(Viewer viewer, long experimentationId) {
        requireReader(viewer, experimentationId);
        List<Funder> fs = funders.findByExperimentationIdOrderByIdAsc(experimentationId);
        Map<Long, Funder> byId = fs.stream().collect(Collectors.toMap(Funder::getId, Function.identity()));
        List<GrantApplication> gs = grants.findByExperimentationIdOrderByIdAsc(experimentationId);
        List<BudgetLine> ls = lines.findByExperimentationIdOrderByIdAsc(experimentationId);
        List<Spending> ss = spending.findByExperimentationIdOrderByIdAsc(experimentationId);
        Optional<FundingSettings> set = settings.findById(experimentationId);
        BigDecimal hourly = set.map(FundingSettings::getHourlyValue).orElse(null);
        Map<Phase, Long> minutes = inKind.minutesByPhase(experimentationId);
        List<Figures> rows = FundingFigures.rows(byId, ls, ss, minutes, hourly);
        long totalMinutes = minutes.values().stream().mapToLong(Long::longValue).sum();
        Function<Long, String> name =
                id -> id == null || !byId.containsKey(id) ? null : byId.get(id).getName();
        return new FundingOverview(
                fs,
                FundingFigures.summaries(fs, gs, ss),
                gs.stream()
                        .map(g -> new GrantView(g, byId.get(g.getFunderId())))
                        .toList(),
                ls.stream()
                        .sorted(java.util.Comparator.comparing(BudgetLine::getPhase)
                                .thenComparing(BudgetLine::getAccount))
                        .map(l -> new LineView(l, name.apply(l.getFunderId())))
                        .toList(),
                ss.stream()
                        .sorted(java.util.Comparator.comparing(Spending::getSpentOn)
                                .reversed())
                        .map(s -> new SpendingView(s, name.apply(s.getFunderId())))
                        .toList(),
                FundingFigures.byPhase(rows),
                FundingFigures.balance(rows, Figures::planned),
                hourly,
                set.map(FundingSettings::getVersion).orElse(0L),
                InKindTime.hours(totalMinutes),
                InKindTime.value(totalMinutes, hourly == null ? BigDecimal.ZERO : hourly));
    }

    /** The experimentation's funders (for the forms' lists); carriers only. */
    public List<Funder> funders(Viewer viewer, long experimentationId) {
        requireCarrier(viewer, experimentationId);
        return funders.findByExperimentationIdOrderByIdAsc(experimentationId);
    }

    /** One funder, to change it; carriers only; another experimentation's is not found. */
    public Funder funder(Viewer viewer, long experimentationId, long funderId) {
        requireCarrier(viewer, experimentationId);
        return funders.findById(funderId)
                .filter(f -> f.getExperimentationId() == experimentationId)
                .orElseThrow(() -> new NotFoundException("funder", funderId));
    }

    /** One grant application, to change it; carriers only; another experimentation's is not found. */
    public GrantApplication grant(Viewer viewer, long experimentationId, long grantId) {
        requireCarrier(viewer, experimentationId);
        return grants.findById(grantId)
                .filter(g -> g.getExperimentationId() == experimentationId)
                .orElseThrow(() -> new NotFoundException("grant", grantId));
    }

    /** One budget line, to change it; carriers only; another experimentation's is not found. */
    public BudgetLine budgetLine(Viewer viewer, long experimentationId, long lineId) {
        requireCarrier(viewer, experimentationId);
        return lines.findById(lineId)
                .filter(l -> l.getExperimentationId() == experimentationId)
                .orElseThrow(() -> new NotFoundException("budget line", lineId));
    }

    /** One spending, to change it; carriers only; another experimentation's is not found. */
    public Spending spending(Viewer viewer, long experimentationId, long spendingId) {
        requireCarrier(viewer, experimentationId);
        return spending.findById(spendingId)
                .filter(s -> s.getExperimentationId() == experimentationId)
                .orElseThrow(() -> new NotFoundException("spending", spendingId));
    }

    // ---- recording ----

    /** Adds a funder; carriers only. */
    @Transactional
    public Funder addFunder(Viewer viewer, long experimentationId, FunderDetails details) {
        requireCarrier(viewer, experimentationId);
        FunderDetails d = checked(details);
        requireUniqueName(experimentationId, null, d.name());
        return funders.save(new Funder(experimentationId, d));
    }

    /** Changes a funder, as it was at {@code seenVersion}. */
    @Transactional
    public void changeFunder(
            Viewer viewer, long experimentationId, long funderId, long seenVersion, FunderDetails details) {
        Funder f = funder(viewer, experimentationId, funderId);
        requireVersion(f.getVersion(), seenVersion, Funder.class, funderId);
        FunderDetails d = checked(details);
        requireUniqueName(experimentationId, funderId, d.name());
        f.set(d);
    }

    /** Deletes a funder nothing refers to (a grant, a line or a spending on it: 409, delete those first). */
    @Transactional
    public void deleteFunder(Viewer viewer, long experimentationId, long funderId) {
        Funder f = funder(viewer, experimentationId, funderId);
        if (grants.existsByFunderId(funderId)
                || lines.existsByFunderId(funderId)
                || spending.existsByFunderId(funderId)) {
            throw new ConflictException("conflict.funderInUse");
        }
        funders.delete(f);
    }

    /** Records a grant application; carriers only. */
    @Transactional
    public GrantApplication addGrant(Viewer viewer, long experimentationId, GrantDetails details) {
        requireCarrier(viewer, experimentationId);
        return grants.save(new GrantApplication(experimentationId, checked(experimentationId, details)));
    }

    /** Changes a grant application, as it was at {@code seenVersion}. */
    @Transactional
    public void changeGrant(
            Viewer viewer, long experimentationId, long grantId, long seenVersion, GrantDetails details) {
        GrantApplication g = grant(viewer, experimentationId, grantId);
        requireVersion(g.getVersion(), seenVersion, GrantApplication.class, grantId);
        g.set(checked(experimentationId, details));
    }

    /** Deletes a grant application. */
    @Transactional
    public void deleteGrant(Viewer viewer, long experimentationId, long grantId) {
        grants.delete(grant(viewer, experimentationId, grantId));
    }

    /** Adds a line to the planned budget; carriers only. */
    @Transactional
    public BudgetLine addBudgetLine(Viewer viewer, long experimentationId, BudgetLineDetails details) {
        requireCarrier(viewer, experimentationId);
        return lines.save(new BudgetLine(experimentationId, checked(experimentationId, details)));
    }

    /** Changes a budget line, as it was at {@code seenVersion}. */
    @Transactional
    public void changeBudgetLine(
            Viewer viewer, long experimentationId, long lineId, long seenVersion, BudgetLineDetails details) {
        BudgetLine l = budgetLine(viewer, experimentationId, lineId);
        requireVersion(l.getVersion(), seenVersion, BudgetLine.class, lineId);
        l.set(checked(experimentationId, details));
    }

    /** Deletes a budget line. */
    @Transactional
    public void deleteBudgetLine(Viewer viewer, long experimentationId, long lineId) {
        lines.delete(budgetLine(viewer, experimentationId, lineId));
    }

    /** Records money spent (a charge, 60 to 68), recorded by the viewer; carriers only. */
    @Transactional
    public Spending addSpending(Viewer viewer, long experimentationId, SpendingDetails details) {
        requireCarrier(viewer, experimentationId);
        return spending.save(new Spending(experimentationId, checked(experimentationId, details), viewer.personId()));
    }

    /** Changes a spending, as it was at {@code seenVersion}. */
    @Transactional
    public void changeSpending(
            Viewer viewer, long experimentationId, long spendingId, long seenVersion, SpendingDetails details) {
        Spending s = spending(viewer, experimentationId, spendingId);
        requireVersion(s.getVersion(), seenVersion, Spending.class, spendingId);
        s.set(checked(experimentationId, details));
    }

    /** Deletes a spending. */
    @Transactional
    public void deleteSpending(Viewer viewer, long experimentationId, long spendingId) {
        spending.delete(spending(viewer, experimentationId, spendingId));
    }

    /**
     * Sets the hourly value of time given (euros per hour), as the setting was at {@code seenVersion} (0 when none was
     * set yet); carriers only.
     */
    @Transactional
    public void setHourlyValue(Viewer viewer, long experimentationId, long seenVersion, BigDecimal hourlyValue) {
        requireCarrier(viewer, experimentationId);
        BigDecimal value = Amounts.require(hourlyValue, "hourlyValue");
        Optional<FundingSettings> existing = settings.findById(experimentationId);
        if (existing.isEmpty()) {
            settings.save(new FundingSettings(experimentationId, value));
            return;
        }
        requireVersion(existing.get().getVersion(), seenVersion, FundingSettings.class, experimentationId);
        existing.get().setHourlyValue(value);
    }

    // ---- the statement ----

    /**
     * The funding in the compte-rendu-financier layout, for reports. No access check: the caller checks first.
     * Labels are in French. Rows are per account, phase and funder (see {@link FundingFigures} for what "actual"
     * means on each side); the time given at meetings is on 864 and 870 (actual).
     *
     * @return the statement, empty only when nothing at all is recorded (no funder, grant, budget line, spending or
     *     hourly value)
     */
    public Optional<FundingStatement> statement(long experimentationId) {
        List<Funder> fs = funders.findByExperimentationIdOrderByIdAsc(experimentationId);
        List<GrantApplication> gs = grants.findByExperimentationIdOrderByIdAsc(experimentationId);
        List<BudgetLine> ls = lines.findByExperimentationIdOrderByIdAsc(experimentationId);
        List<Spending> ss = spending.findByExperimentationIdOrderByIdAsc(experimentationId);
        Optional<FundingSettings> set = settings.findById(experimentationId);
        if (fs.isEmpty() && gs.isEmpty() && ls.isEmpty() && ss.isEmpty() && set.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Funder> byId = new LinkedHashMap<>();
        fs.forEach(f -> byId.put(f.getId(), f));
        BigDecimal hourly = set.map(FundingSettings::getHourlyValue).orElse(FundingFigures.zero());
        Map<Phase, Long> minutes = inKind.minutesByPhase(experimentationId);
        List<Figures> rows = FundingFigures.rows(byId, ls, ss, minutes, hourly);
        Function<Account.Kind, List<FundingStatement.BudgetRow>> side = kind -> rows.stream()
                .filter(r -> r.account().kind() == kind)
                .map(r -> new FundingStatement.BudgetRow(
                        r.account().code(),
                        french(r.account().labelKey()),
                        r.phase(),
                        r.funder(),
                        r.planned(),
                        r.actual()))
                .toList();
        List<FundingStatement.GrantRow> grantRows = gs.stream()
                .map(g -> {
                    Funder f = byId.get(g.getFunderId());
                    return new FundingStatement.GrantRow(
                            f.getName(),
                            french("funding.funderKind." + f.getKind()),
                            g.getProgramme(),
                            g.getAmountAsked(),
                            g.getSubmittedOn(),
                            french("funding.grantStatus." + g.getStatus()),
                            g.getDecidedOn(),
                            g.getAmountGranted(),
                            g.getConditions());
                })
                .toList();
        long totalMinutes = minutes.values().stream().mapToLong(Long::longValue).sum();
        return Optional.of(new FundingStatement(
                side.apply(Account.Kind.CHARGE),
                side.apply(Account.Kind.INCOME),
                side.apply(Account.Kind.IN_KIND_USE),
                side.apply(Account.Kind.IN_KIND_SOURCE),
                grantRows,
                hourly,
                InKindTime.hours(totalMinutes),
                FundingFigures.summaries(fs, gs, ss).stream()
                        .map(f -> new FundingStatement.FunderRow(
                                f.funder().getName(),
                                french("funding.funderKind." + f.funder().getKind()),
                                f.asked(),
                                f.granted(),
                                f.spent(),
                                f.left()))
                        .toList()));
    }

    // ---- checks ----

    private void requireReader(Viewer viewer, long experimentationId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER, ExperimentationRole.COMMITTEE);
    }

    private void requireCarrier(Viewer viewer, long experimentationId) {
        guard.requireRole(viewer, experimentationId, ExperimentationRole.CARRIER);
    }

    private static void requireVersion(long current, long seen, Class<?> type, long id) {
        if (current != seen) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private String french(String key) {
        return messages.getMessage(key, null, key, Locale.FRENCH);
    }

    private static FunderDetails checked(FunderDetails d) {
        if (d.name() == null || d.name().isBlank() || d.name().length() > 200 || d.kind() == null) {
            throw new IllegalArgumentException("funder: a name (200 characters at most) and a kind");
        }
        return new FunderDetails(d.name().strip(), d.kind());
    }

    private void requireUniqueName(long experimentationId, Long funderId, String name) {
        if (funders.findByExperimentationIdOrderByIdAsc(experimentationId).stream()
                .anyMatch(f -> !f.getId().equals(funderId) && Funder.sameName(f.getName(), name))) {
            throw new IllegalArgumentException("funder: another funder of this experimentation has this name");
        }
    }

    private void requireOwnFunder(long experimentationId, Long funderId) {
        if (funderId != null
                && funders.findById(funderId)
                        .filter(f -> f.getExperimentationId() == experimentationId)
                        .isEmpty()) {
            throw new IllegalArgumentException("funder " + funderId + " is not one of this experimentation's");
        }
    }

    private GrantDetails checked(long experimentationId, GrantDetails d) {
        requireOwnFunder(experimentationId, d.funderId());
        if (d.programme() == null || d.programme().isBlank() || d.status() == null) {
            throw new IllegalArgumentException("grant: a programme and a status");
        }
        return new GrantDetails(
                d.funderId(),
                d.programme().strip(),
                Amounts.require(d.asked(), "asked"),
                d.submittedOn(),
                d.status(),
                d.decidedOn(),
                Amounts.optional(d.granted(), "granted"),
                d.conditions());
    }

    private BudgetLineDetails checked(long experimentationId, BudgetLineDetails d) {
        requireOwnFunder(experimentationId, d.funderId());
        if (d.phase() == null || d.account() == null) {
            throw new IllegalArgumentException("budget line: a phase and an account");
        }
        return new BudgetLineDetails(
                d.phase(), d.account(), d.funderId(), Amounts.require(d.planned(), "planned"), d.note());
    }

    private SpendingDetails checked(long experimentationId, SpendingDetails d) {
        requireOwnFunder(experimentationId, d.funderId());
        if (d.spentOn() == null
                || d.phase() == null
                || d.account() == null
                || d.account().kind() != Account.Kind.CHARGE) {
            throw new IllegalArgumentException("spending: a date, a phase and a charge account (60 to 68)");
        }
        if (d.amount() != null && d.amount().signum() == 0) {
            throw new IllegalArgumentException("spending: an amount more than 0");
        }
        return new SpendingDetails(
                d.spentOn(), Amounts.require(d.amount(), "amount"), d.account(), d.phase(), d.funderId(), d.note());
    }
}
