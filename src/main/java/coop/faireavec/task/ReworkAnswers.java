package coop.faireavec.task;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The answers typed on a reworked step, one per {@link Rework.Point} in the page's order ({@code answers[0]} answers
 * point 1).
 */
public record ReworkAnswers(List<@Size(max = 4000, message = "{form.tooLong}") String> answers) {

    /** No answers (a step that is not reworked). */
    public static ReworkAnswers none() {
        return new ReworkAnswers(List.of());
    }

    /** Empty answers for that many points (the page's fields start empty). */
    public static ReworkAnswers empty(int points) {
        java.util.List<String> list = new java.util.ArrayList<>();
        for (int i = 0; i < points; i++) {
            list.add(null);
        }
        return new ReworkAnswers(list);
    }

    /** The answer to the point at that index (0-based), trimmed, or null when missing or blank. */
    public String answer(int index) {
        if (answers == null || index >= answers.size() || answers.get(index) == null) {
            return null;
        }
        String a = answers.get(index).trim();
        return a.isEmpty() ? null : a;
    }
}
