package coop.faireavec.directory.web;

import coop.faireavec.directory.ImportProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of an imported file as read, before any check: its values by {@link ExchangeColumns} header (a workbook's
 * cells, or a data·inclusion record's fields under the same names), lists of codes already split, and what the reader
 * itself found wrong (a record that does not follow the schema).
 */
final class RawRow {

    final int line;
    final Map<String, String> text = new HashMap<>();
    final Map<String, List<String>> lists = new HashMap<>();
    final List<ImportProblem> problems = new ArrayList<>();

    RawRow(int line) {
        this.line = line;
    }

    String get(String header) {
        return text.get(header);
    }

    List<String> list(String header) {
        return lists.getOrDefault(header, List.of());
    }

    /** Splits a cell of codes at commas, semicolons and line breaks. */
    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split("[,;\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** "oui", "o", "x", "vrai", "true", "1" (any case): true; blank: the default; anything else: false. */
    static Boolean yesNo(String cell, boolean blank) {
        if (cell == null || cell.isBlank()) {
            return blank;
        }
        return switch (cell.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "oui", "o", "x", "vrai", "true", "1", "yes" -> true;
            default -> false;
        };
    }
}
