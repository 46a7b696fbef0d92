package coop.faireavec.shared;

import java.util.Arrays;

/**
 * A file the {@link UploadGuard} refused: the page shows {@link #messageKey()} with {@link #arguments()} next to the
 * form field {@link #field()} (for instance {@code errors.rejectValue(p.field(), p.messageKey(), p.arguments(), null)})
 * and keeps everything else typed. Nothing of the file is kept. Checked, so that every caller answers with its page.
 */
public class GuardedUploadProblem extends Exception {

    /** No file was chosen. Argument: none. */
    public static final String MISSING = "upload.missing";
    /** The file is empty. Argument: the file's display name. */
    public static final String EMPTY = "upload.empty";
    /** The file is over the size limit. Arguments: the display name, the limit in kilobytes. */
    public static final String TOO_LARGE = "upload.tooLarge";
    /** The content is not one of the kinds the field accepts. Arguments: the display name, the accepted extensions. */
    public static final String WRONG_TYPE = "upload.wrongType";
    /** The content has the right kind but cannot be read (damaged, bad encoding). Argument: the display name. */
    public static final String UNREADABLE = "upload.unreadable";
    /** Text that is not UTF-8 (a CSV saved in an old encoding). Argument: the display name. */
    public static final String NOT_UTF8 = "upload.notUtf8";
    /** The compressed content would grow beyond the platform's limits (a zip bomb). Argument: the display name. */
    public static final String TOO_EXPANDED = "upload.tooExpanded";

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    /**
     * @param field the form field the file came from (the name of the {@code <input type="file">})
     * @param messageKey one of the keys above, in both messages files
     * @param arguments the message's arguments, as listed with each key
     */
    public GuardedUploadProblem(String field, String messageKey, Object... arguments) {
        super(messageKey + " for field " + field);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The form field the file came from. */
    public String field() {
        return field;
    }

    /** The message key ({@code upload.*}). */
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments (a copy). */
    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
