package coop.faireavec.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names of steps people read, always from the messages and never from the BPMN labels:
 * {@code activity.<processKey>.<taskKey>} (a phase's own wording, e.g. phase 4's final report), else
 * {@code activity.<taskKey>}, in the reader's language. Templates call it as {@code @stepNames}.
 */
@Component("stepNames")
public class StepNames {

    /** Prefix of a stored message argument that stands for a step's name (see {@link #reference}). */
    static final String REFERENCE = "step:";

    private final MessageSource messages;

    StepNames(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A step's name in this language.
     *
     * @param processKey the BPMN process key, e.g. {@code phase-4-consolidation} (may be null)
     * @param taskKey the user task's id in the BPMN, e.g. {@code WritePhaseReport}
     * @param locale the reader's language
     * @return the name; the task key itself if no message names it (a test keeps that from happening)
     */
    public String name(String processKey, String taskKey, Locale locale) {
        return text("activity", processKey, taskKey, locale);
    }

    /** A step's name in the language of the current request. */
    public String name(String processKey, String taskKey) {
        return name(processKey, taskKey, LocaleContextHolder.getLocale());
    }

    /**
     * A message that a phase may word its own way: {@code <prefix>.<processKey>.<suffix>}, else
     * {@code <prefix>.<suffix>}, e.g. {@code text("step.help", "phase-4-consolidation", "phase-report")}.
     *
     * @return the message in that language, or {@code <prefix>.<suffix>} itself when neither exists
     */
    public String text(String prefix, String processKey, String suffix, Locale locale) {
        if (processKey != null) {
            String own = messages.getMessage(prefix + "." + processKey + "." + suffix, null, null, locale);
            if (own != null) {
                return own;
            }
        }
        return messages.getMessage(prefix + "." + suffix, null, prefix + "." + suffix, locale);
    }

    /** {@link #text(String, String, String, Locale)} in the language of the current request. */
    public String text(String prefix, String processKey, String suffix) {
        return text(prefix, processKey, suffix, LocaleContextHolder.getLocale());
    }

    /**
     * What a notification stores to name a step, so that each reader gets the name in their own language.
     *
     * @return {@code step:<processKey>/<taskKey>}
     */
    public static String reference(String processKey, String taskKey) {
        return REFERENCE + (processKey == null ? "" : processKey) + "/" + taskKey;
    }

    /**
     * A stored message argument as the reader reads it: a {@link #reference} becomes the step's name in that
     * language; anything else (older notifications stored the BPMN label) is shown as stored.
     */
    public String argument(String stored, Locale locale) {
        if (stored == null || !stored.startsWith(REFERENCE) || stored.indexOf('/') < 0) {
            return stored;
        }
        String ref = stored.substring(REFERENCE.length());
        int slash = ref.indexOf('/');
        String processKey = slash == 0 ? null : ref.substring(0, slash);
        return name(processKey, ref.substring(slash + 1), locale);
    }

    /** {@link #argument(String, Locale)} in the language of the current request. */
    public String argument(String stored) {
        return argument(stored, LocaleContextHolder.getLocale());
    }
}
