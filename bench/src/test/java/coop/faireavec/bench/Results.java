package coop.faireavec.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a benchmark run's results: {@code <scale>-latest.json} (every figure with its ratio and verdict, the machine,
 * the data set, the generation's timings) and {@code <scale>-latest.md} (the same as a table for people).
 */
final class Results {

    private Results() {}

    /**
     * Writes both files.
     *
     * @param dir the results directory
     * @param machine what the run ran on (cores, memory, JDK, PostgreSQL, date), in order
     * @param dataSet what the generator made, or null if it failed
     * @param generation the generator's timing lines
     * @param figures every figure, failed measurements included (ours NaN)
     */
    static void write(
            Path dir,
            String scale,
            Map<String, String> machine,
            DataSet dataSet,
            List<String> generation,
            List<Figure> figures)
            throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scale", scale);
        json.put("machine", machine);
        if (dataSet != null) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("experimentations", dataSet.experimentations());
            data.put("people", dataSet.people());
            data.put("contributions", dataSet.contributions());
            data.put("largestExperimentationId", dataSet.largestExperimentationId());
            data.put("users", dataSet.usernames().size());
            json.put("dataSet", data);
        }
        json.put("generation", generation);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("name", f.name());
            m.put("unit", f.unit());
            m.put("ours", number(f.ours()));
            m.put("baseline", number(f.baseline()));
            m.put("ratio", number(f.ratio()));
            m.put("maxRatio", number(f.maxRatio()));
            m.put("maxAbsolute", number(f.maxAbsolute()));
            m.put("verdict", verdict(f));
            m.put("note", f.note());
            if (!f.met() && !Double.isNaN(f.ours())) {
                m.put("missedBecause", f.missedBecause());
                m.put("wouldMeet", f.wouldMeet());
            }
            list.add(m);
        }
        json.put("figures", list);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve(scale + "-latest.json").toFile(), json);
        Files.writeString(dir.resolve(scale + "-latest.md"), markdown(scale, machine, generation, figures));
    }

    /** "met", "MISSED", or "FAILED" when the measurement could not be made. */
    static String verdict(Figure f) {
        return Double.isNaN(f.ours()) ? "FAILED" : f.met() ? "met" : "MISSED";
    }

    private static Object number(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? null : Math.round(d * 100) / 100.0;
    }

    private static String markdown(
            String scale, Map<String, String> machine, List<String> generation, List<Figure> figures) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark, scale ").append(scale).append("\n\n");
        md.append("Written by `./mvnw -Pbench verify -Dbench.scale=")
                .append(scale)
                .append(
                        "` (see docs/performance.md). Each figure is ours beside a baseline measured in the same run.\n\n");
        md.append("| figure | ours | baseline | ratio | target | verdict | note |\n");
        md.append("|---|---:|---:|---:|---|---|---|\n");
        for (Figure f : figures) {
            md.append("| ")
                    .append(f.name())
                    .append(" | ")
                    .append(value(f.ours(), f.unit()))
                    .append(" | ")
                    .append(value(f.baseline(), f.unit()))
                    .append(" | ")
                    .append(Double.isNaN(f.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", f.ratio()))
                    .append(" | ")
                    .append(target(f))
                    .append(" | ")
                    .append(verdict(f))
                    .append(" | ")
                    .append(f.note().replace("|", "/").replace("\n", " "))
                    .append(" |\n");
        }
        List<Figure> missed = figures.stream()
                .filter(f -> !Double.isNaN(f.ours()) && !f.met())
                .toList();
        if (!missed.isEmpty()) {
            md.append("\n## Targets missed: the measured reason and what would meet each\n\n");
            for (Figure f : missed) {
                md.append("- **")
                        .append(f.name())
                        .append("** (")
                        .append(value(f.ours(), f.unit()))
                        .append("; target ")
                        .append(target(f))
                        .append("). Why: ")
                        .append(f.missedBecause().isBlank() ? "no reason measured by this figure." : f.missedBecause())
                        .append(" What would meet it: ")
                        .append(f.wouldMeet().isBlank() ? "not said by this figure." : f.wouldMeet())
                        .append('\n');
            }
        }
        md.append("\n## Machine\n\n");
        machine.forEach(
                (k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n## Stages (wall and CPU seconds of the bench's process tree), generation, start-up\n\n```\n");
        generation.forEach(line -> md.append(line).append('\n'));
        md.append("```\n");
        return md.toString();
    }

    private static String value(double d, String unit) {
        if (Double.isNaN(d)) {
            return "";
        }
        return (d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d)) + " " + unit;
    }

    private static String target(Figure f) {
        List<String> parts = new ArrayList<>();
        if (!Double.isNaN(f.maxRatio())) {
            parts.add("ratio ≤ " + f.maxRatio());
        }
        if (!Double.isNaN(f.maxAbsolute())) {
            parts.add("≤ " + value(f.maxAbsolute(), f.unit()));
        }
        return String.join(", ", parts);
    }
}
