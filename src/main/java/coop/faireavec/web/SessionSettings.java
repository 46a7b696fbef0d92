package coop.faireavec.web;

import coop.faireavec.config.FaireAvecProperties;
import java.time.Duration;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.stereotype.Component;

/**
 * How long a session lasts ({@code server.servlet.session.timeout}, 30 minutes unless set), and when to warn before
 * it ends ({@code faireavec.session.warn-before}); read by the layout for session.js.
 */
@Component
public class SessionSettings {

    private final Duration timeout;
    private final Duration warnBefore;

    SessionSettings(ServerProperties server, FaireAvecProperties settings) {
        Duration configured = server.getServlet().getSession().getTimeout();
        this.timeout = configured == null ? Duration.ofMinutes(30) : configured;
        this.warnBefore = settings.session().warnBefore();
    }

    public long timeoutSeconds() {
        return timeout.toSeconds();
    }

    public long warnBeforeSeconds() {
        return Math.min(warnBefore.toSeconds(), timeout.toSeconds() / 2);
    }
}
