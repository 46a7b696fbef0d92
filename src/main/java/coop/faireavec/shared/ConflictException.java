package coop.faireavec.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The action does not fit the current state (e.g. starting an experimentation twice); shown as the 409 page. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    /** Message key explaining the conflict in plain words on the 409 page. */
    private final String messageKey;

    public ConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
