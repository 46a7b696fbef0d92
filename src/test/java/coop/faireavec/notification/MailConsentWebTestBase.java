package coop.faireavec.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The one Spring context of the consent tests ({@link MailPreferencesTest}, {@link OneClickUnsubscribeTest}): mail on,
 * sent to a real SMTP server (GreenMail on a free port), the operator's contact e-mail set (for the mailto
 * unsubscribe). Both classes inherit this configuration, so they share the context.
 */
@FaireAvecWebTest
@TestPropertySource(
        properties = {
            "faireavec.mail.enabled=true",
            "faireavec.mail.from=faireavec@example.org",
            "faireavec.public-url=https://faireavec.example.org/",
            "faireavec.operator.contact-email=donnees@example.org",
            "spring.mail.host=127.0.0.1",
            "spring.mail.properties.mail.smtp.auth=false",
            "spring.mail.properties.mail.smtp.starttls.enable=false"
        })
abstract class MailConsentWebTestBase {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    PeopleService people;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    /** A person with this address and an account (not signed in through the form: tests act as them). */
    AccountPrincipal personWithAddress(String address) {
        String username = TestData.unique("mailuser");
        Person p = people.createPerson("Personne " + username, address, null);
        people.createAccountWithHash(
                p, username, "$2a$10$notarealhashnotarealhashnotarealhashnotarealhashnotar", false);
        return data.principal(username);
    }

    /** How many mails to this address the outbox holds (queued, sent or failed). */
    int mailsQueuedTo(String address) {
        Integer n =
                jdbc.queryForObject("select count(*) from APP.mail_outbox where recipient = ?", Integer.class, address);
        return n == null ? 0 : n;
    }
}
