package coop.faireavec.shared;

import java.time.Instant;

/**
 * What a person sent was already done by someone else (two people completing the same step, validating the same
 * minutes, closing the same shared step at once, or a second click after the first went through): nothing of this
 * request was saved. Shown as the 409 page saying "déjà fait par … le … à …" with a link to the current state.
 */
public class AlreadyDoneException extends ConflictException {

    private final String doneBy;
    private final Instant doneAt;
    private final String currentStatePath;

    /**
     * @param doneBy the display name of who did it, or null when unknown (the page then names no one)
     * @param doneAt when it was done (an instant; shown in the platform's time zone), or null when unknown
     * @param currentStatePath the in-app path of the page showing the current state (e.g. {@code /tasks/done/42}),
     *     or null
     */
    public AlreadyDoneException(String doneBy, Instant doneAt, String currentStatePath) {
        super("conflict.alreadyDone");
        this.doneBy = doneBy;
        this.doneAt = doneAt;
        this.currentStatePath = currentStatePath;
    }

    /** Who did it (display name), or null. */
    public String getDoneBy() {
        return doneBy;
    }

    /** When it was done, or null. */
    public Instant getDoneAt() {
        return doneAt;
    }

    /** The in-app path of the current state, or null. */
    public String getCurrentStatePath() {
        return currentStatePath;
    }
}
