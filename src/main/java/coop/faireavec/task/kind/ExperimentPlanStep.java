package coop.faireavec.task.kind;

import coop.faireavec.experiment.ExperimentPlan;
import coop.faireavec.experiment.ExperimentStepInfo;
import coop.faireavec.experiment.ExperimentView;
import coop.faireavec.experiment.IndicatorSpec;
import coop.faireavec.meeting.CompositionCheck;
import coop.faireavec.participation.College;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import coop.faireavec.task.kind.ExperimentPlanForm.IndicatorRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * A mixed team plans one experiment: goal, dates, team (checked against the experimentation's working-group rule)
 * and indicators. Completing it creates (or, after "adjust", updates) the experiment; the goal is also kept as the
 * step's text. Taken up again after "adjust", it starts from the current plan.
 */
final class ExperimentPlanStep extends FormStep<ExperimentPlanForm> {

    ExperimentPlanStep() {
        super(ProcessConstants.FORM_EXPERIMENT_PLAN, ExperimentPlanForm.class, ExperimentPlanForm::empty);
    }

    @Override
    public boolean reworkable() {
        return true;
    }

    @Override
    public ExperimentPlanForm formFor(StepPage page) {
        ExperimentView e = page.experiment() == null ? null : page.experiment().experiment();
        if (e == null) {
            return emptyForm();
        }
        List<IndicatorRow> rows = new ArrayList<>();
        for (ExperimentView.IndicatorView i : e.activeIndicators()) {
            rows.add(new IndicatorRow(
                    i.name(),
                    i.unit(),
                    i.baseline().stripTrailingZeros().toPlainString(),
                    i.target().stripTrailingZeros().toPlainString(),
                    i.direction()));
        }
        rows.addAll(ExperimentPlanForm.emptyRows(1));
        return new ExperimentPlanForm(
                e.goal(),
                e.startsOn().toString(),
                e.endsOn().toString(),
                e.team().stream().map(ExperimentView.Member::personId).toList(),
                rows);
    }

    @Override
    public ExperimentPlanForm withMoreRows(ExperimentPlanForm form) {
        if (form.rows().size() >= ExperimentPlanForm.MAX_ROWS) {
            return form;
        }
        List<IndicatorRow> rows = new ArrayList<>(form.rows());
        rows.addAll(ExperimentPlanForm.emptyRows(1));
        return new ExperimentPlanForm(form.goal(), form.startsOn(), form.endsOn(), form.teamIds(), rows);
    }

    @Override
    public void validate(ExperimentPlanForm form, StepPage page, Errors errors) {
        ExperimentStepInfo info = page.experiment();
        if (info == null) {
            errors.reject("form.experiment.noLead");
            return;
        }
        requireText(form.goal(), "goal", errors, "form.experiment.goalRequired");
        if (!blank(form.goal()) && form.goal().length() > 2000) {
            errors.rejectValue("goal", "form.experiment.goalTooLong");
        }
        LocalDate start = date(form.startsOn(), "startsOn", errors);
        LocalDate end = date(form.endsOn(), "endsOn", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("endsOn", "form.experiment.endBeforeStart");
        }
        checkTeam(form, info, errors);
        checkIndicators(form, errors);
    }

    private static LocalDate date(String typed, String field, Errors errors) {
        if (blank(typed)) {
            errors.rejectValue(field, "form.experiment." + field + "Required");
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "form.experiment." + field + "Invalid");
            return null;
        }
    }

    private static void checkTeam(ExperimentPlanForm form, ExperimentStepInfo info, Errors errors) {
        if (form.team().isEmpty()) {
            errors.rejectValue("teamIds", "form.experiment.teamRequired");
            return;
        }
        Map<College, Long> counts = new EnumMap<>(College.class);
        for (Long id : new LinkedHashSet<>(form.team())) {
            College college = id == null ? null : info.collegeOf(id);
            if (college == null) {
                errors.rejectValue("teamIds", "form.experiment.teamUnknown");
                return;
            }
            counts.merge(college, 1L, Long::sum);
        }
        CompositionCheck check = info.teamRule().check(counts);
        for (CompositionCheck.Problem p : check.problems()) {
            errors.rejectValue(
                    "teamIds",
                    "form.experiment.team." + p.kind(),
                    new Object[] {
                        new DefaultMessageSourceResolvable("meetingRules.college." + p.college()),
                        p.count(),
                        p.limit(),
                        check.sharePercent(p.college())
                    },
                    null);
        }
    }

    private static void checkIndicators(ExperimentPlanForm form, Errors errors) {
        boolean any = false;
        for (int i = 0; i < form.rows().size(); i++) {
            IndicatorRow row = form.rows().get(i);
            if (row == null || row.empty()) {
                continue;
            }
            any = true;
            String at = "indicators[" + i + "].";
            Object[] n = {i + 1};
            if (blank(row.name())) {
                errors.rejectValue(at + "name", "form.experiment.indicator.nameRequired", n, null);
            } else if (row.name().length() > 200) {
                errors.rejectValue(at + "name", "form.experiment.indicator.nameTooLong", n, null);
            }
            if (blank(row.unit())) {
                errors.rejectValue(at + "unit", "form.experiment.indicator.unitRequired", n, null);
            } else if (row.unit().length() > 60) {
                errors.rejectValue(at + "unit", "form.experiment.indicator.unitTooLong", n, null);
            }
            if (number(row.baseline()) == null) {
                errors.rejectValue(at + "baseline", "form.experiment.indicator.baselineNumber", n, null);
            }
            if (number(row.target()) == null) {
                errors.rejectValue(at + "target", "form.experiment.indicator.targetNumber", n, null);
            }
            if (row.direction() == null) {
                errors.rejectValue(at + "direction", "form.experiment.indicator.directionRequired", n, null);
            }
        }
        if (!any) {
            errors.rejectValue("indicators", "form.experiment.indicatorRequired");
        }
    }

    /** A number as people type it ("12", "12,5", "1 200"), or null. */
    static BigDecimal number(String typed) {
        if (blank(typed)) {
            return null;
        }
        String s = typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        return s.matches("-?\\d{1,13}(\\.\\d{1,4})?") ? new BigDecimal(s) : null;
    }

    @Override
    public Map<String, Object> complete(StepContext step, ExperimentPlanForm form) {
        List<IndicatorSpec> specs = new ArrayList<>();
        for (IndicatorRow row : form.rows()) {
            if (row == null || row.empty()) {
                continue;
            }
            BigDecimal baseline = number(row.baseline());
            BigDecimal target = number(row.target());
            if (blank(row.name())
                    || blank(row.unit())
                    || baseline == null
                    || target == null
                    || row.direction() == null) {
                throw new IllegalArgumentException("indicator row incomplete");
            }
            specs.add(new IndicatorSpec(row.name().strip(), row.unit().strip(), baseline, target, row.direction()));
        }
        LocalDate start = LocalDate.parse(text(form.startsOn()).strip());
        LocalDate end = LocalDate.parse(text(form.endsOn()).strip());
        step.planExperiment(new ExperimentPlan(text(form.goal()), start, end, form.team(), specs));
        step.store(null, null, form.goal().strip());
        return Map.of();
    }
}
