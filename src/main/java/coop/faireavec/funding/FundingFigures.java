package coop.faireavec.funding;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.FundingOverview.Balance;
import coop.faireavec.funding.FundingOverview.Figures;
import coop.faireavec.funding.FundingOverview.FunderSummary;
import coop.faireavec.funding.FundingOverview.PhaseBudget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The budget's figures from what is recorded, in the compte-rendu-financier layout. Pure computation, no access:
 *
 * <ul>
 *   <li>planned: the budget lines, summed per account, phase and funder;
 *   <li>actual charges: the spending, summed the same way; spending charged to a funder whose charge line was
 *       planned without a funder counts on that line;
 *   <li>actual income: what was spent and charged to a funder in a phase is that funder's grant used, shown on the
 *       funder's income line of that phase (its first, in chart order), or on its kind's operating-grant line (74)
 *       when the budget has none;
 *   <li>in kind: the time given at meetings, valued at the hourly value, is actual on both 864 (use) and 870
 *       (source), so that it never unbalances the budget and shows as a contribution, not a cost.
 * </ul>
 */
final class FundingFigures {

    private FundingFigures() {}

    record Key(Account account, Phase phase, String funder) {}

    static final Comparator<Key> ORDER = Comparator.comparing(
                    (Key k) -> k.phase(), Comparator.nullsLast(Comparator.<Phase>naturalOrder()))
            .thenComparing(Key::account)
            .thenComparing(Key::funder, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /** The rows of every phase, in order. */
    static List<Figures> rows(
            Map<Long, Funder> funders,
            List<BudgetLine> lines,
            List<Spending> spending,
            Map<Phase, Long> minutesByPhase,
            BigDecimal hourlyValue) {
        Map<Key, BigDecimal[]> sums = new LinkedHashMap<>();
        Function<Long, String> name = id ->
                id == null || !funders.containsKey(id) ? null : funders.get(id).getName();
        for (BudgetLine l : lines) {
            add(sums, new Key(l.getAccount(), l.getPhase(), name.apply(l.getFunderId())), l.getPlanned(), 0);
        }
        for (Spending s : spending) {
            Key own = new Key(s.getAccount(), s.getPhase(), name.apply(s.getFunderId()));
            Key unfunded = new Key(s.getAccount(), s.getPhase(), null);
            // spending charged to a funder on a line planned without one stays on that line
            Key key = !sums.containsKey(own) && sums.containsKey(unfunded) ? unfunded : own;
            add(sums, key, s.getAmount(), 1);
        }
        // the grant used: spending charged to a funder, per phase, on the funder's income line
        Map<Key, BigDecimal> used = new LinkedHashMap<>();
        for (Spending s : spending) {
            if (s.getFunderId() != null && funders.containsKey(s.getFunderId())) {
                Funder f = funders.get(s.getFunderId());
                used.merge(
                        new Key(Account.grantOf(f.getKind()), s.getPhase(), f.getName()),
                        s.getAmount(),
                        BigDecimal::add);
            }
        }
        used.forEach((grantKey, amount) -> {
            Key target = sums.keySet().stream()
                    .filter(k -> k.account().kind() == Account.Kind.INCOME
                            && Objects.equals(k.phase(), grantKey.phase())
                            && Objects.equals(k.funder(), grantKey.funder()))
                    .min(ORDER)
                    .orElse(grantKey);
            add(sums, target, amount, 1);
        });
        BigDecimal hourly = hourlyValue == null ? BigDecimal.ZERO : hourlyValue;
        minutesByPhase.forEach((phase, minutes) -> {
            BigDecimal value = InKindTime.value(minutes, hourly);
            add(sums, new Key(Account.IN_KIND_VOLUNTEER_STAFF, phase, null), value, 1);
            add(sums, new Key(Account.IN_KIND_VOLUNTEERING, phase, null), value, 1);
        });
        return sums.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(ORDER))
                .map(e -> new Figures(
                        e.getKey().account(),
                        e.getKey().phase(),
                        e.getKey().funder(),
                        e.getValue()[0],
                        e.getValue()[1]))
                .toList();
    }

    private static void add(Map<Key, BigDecimal[]> sums, Key key, BigDecimal amount, int column) {
        BigDecimal[] pair = sums.computeIfAbsent(key, k -> new BigDecimal[] {zero(), zero()});
        pair[column] = pair[column].add(amount);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    /** The rows grouped by phase, each with its balances (planned and actual). */
    static List<PhaseBudget> byPhase(List<Figures> rows) {
        Map<Phase, List<Figures>> grouped = new LinkedHashMap<>();
        rows.forEach(
                r -> grouped.computeIfAbsent(r.phase(), p -> new ArrayList<>()).add(r));
        List<PhaseBudget> phases = new ArrayList<>();
        grouped.forEach((phase, list) -> phases.add(
                new PhaseBudget(phase, list, balance(list, Figures::planned), balance(list, Figures::actual))));
        return phases;
    }

    /** The balance of some rows, on one column. */
    static Balance balance(List<Figures> rows, Function<Figures, BigDecimal> column) {
        Map<Account.Kind, BigDecimal> by = rows.stream()
                .collect(Collectors.groupingBy(
                        r -> r.account().kind(), Collectors.reducing(zero(), column, BigDecimal::add)));
        BigDecimal charges = by.getOrDefault(Account.Kind.CHARGE, zero());
        BigDecimal uses = by.getOrDefault(Account.Kind.IN_KIND_USE, zero());
        BigDecimal income = by.getOrDefault(Account.Kind.INCOME, zero());
        BigDecimal sources = by.getOrDefault(Account.Kind.IN_KIND_SOURCE, zero());
        return new Balance(charges, uses, income, sources, income.add(sources).subtract(charges.add(uses)));
    }

    /** Per funder: asked (every application), granted (granted ones), spent charged to it, left of what was granted. */
    static List<FunderSummary> summaries(List<Funder> funders, List<GrantApplication> grants, List<Spending> spending) {
        List<FunderSummary> out = new ArrayList<>();
        for (Funder f : funders) {
            BigDecimal asked = grants.stream()
                    .filter(g -> g.getFunderId().equals(f.getId()))
                    .map(GrantApplication::getAmountAsked)
                    .reduce(zero(), BigDecimal::add);
            BigDecimal granted = grants.stream()
                    .filter(g -> g.getFunderId().equals(f.getId()) && g.getStatus() == GrantStatus.GRANTED)
                    .map(g -> g.getAmountGranted() == null ? zero() : g.getAmountGranted())
                    .reduce(zero(), BigDecimal::add);
            BigDecimal spent = spending.stream()
                    .filter(s -> f.getId().equals(s.getFunderId()))
                    .map(Spending::getAmount)
                    .reduce(zero(), BigDecimal::add);
            out.add(new FunderSummary(f, asked, granted, spent, granted.subtract(spent)));
        }
        return out;
    }
}
