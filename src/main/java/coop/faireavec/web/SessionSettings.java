package coop.faireavec.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long a session lasts, and when to warn before it ends (read by the layout for session.js). */
@Component
public class SessionSettings {

    private final Duration timeout;
    private final Duration warnBefore;

    SessionSettings(@Value("${server.servlet.session.timeout:30m}") Duration timeout,
                    @Value("${faireavec.session.warn-before:2m}") Duration warnBefore) {
        this.timeout = timeout;
        this.warnBefore = warnBefore;
    }

    public long timeoutSeconds() {
        return timeout.toSeconds();
    }

    public long warnBeforeSeconds() {
        return Math.min(warnBefore.toSeconds(), timeout.toSeconds() / 2);
    }
}
