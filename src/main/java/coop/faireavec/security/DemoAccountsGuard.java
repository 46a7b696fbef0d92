package coop.faireavec.security;

import coop.faireavec.people.PeopleService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * No default account outside the demo (issue #16, point 3; ASVS 6.3.2): under profile {@code postgres}, start-up
 * stops, before the web server opens, while any account the demo seeder made (flagged {@code demo_account}) still
 * has the demo password, unless {@code faireavec.demo.allow-demo-passwords=true} ({@code FAIREAVEC_DEMO=true}).
 * Only the demo-flagged accounts are hashed, never every account. The H2 demo (default profile) is not checked.
 */
@Component
@Profile("postgres")
class DemoAccountsGuard implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccountsGuard.class);

    private final PeopleService people;
    private final boolean allowed;

    DemoAccountsGuard(PeopleService people, @Value("${faireavec.demo.allow-demo-passwords:false}") boolean allowed) {
        this.people = people;
        this.allowed = allowed;
    }

    /** @throws IllegalStateException naming the accounts, when demo accounts keep the demo password */
    @Override
    public void afterSingletonsInstantiated() {
        if (allowed) {
            return;
        }
        List<String> usernames = people.demoAccountsStillWithPassword(DEMO_PASSWORD);
        if (!usernames.isEmpty()) {
            String message = "Refusing to start: the demo accounts " + String.join(", ", usernames)
                    + " still have the demo password \"demo\". Give each of them a new password"
                    + " (page /me/password, or an access reset by an administrator) or delete them from the"
                    + " user_account table; or, if this database is a demonstration, set FAIREAVEC_DEMO=true.";
            log.error(message);
            throw new IllegalStateException(message);
        }
    }
}
