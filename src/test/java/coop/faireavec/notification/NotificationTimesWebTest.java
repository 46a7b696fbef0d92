package coop.faireavec.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The time of a message on the dashboard is the platform's time (faireavec.time-zone, Europe/Paris), not the
 * server's: a reminder created at 19:14 in Paris shows 19:14 on a server whose clock runs in UTC.
 */
@FaireAvecWebTest
class NotificationTimesWebTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    NotificationService notifications;

    @Test
    void aMessageShowsTheParisTimeOnAServerRunningInUtc() throws Exception {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            TestData.Scenario s = data.draftExperimentation();
            AccountPrincipal carrier = s.carrier();
            data.notificationFor(carrier, s.experimentationId());
            Instant created = notifications.all(carrier.getPersonId()).get(0).getCreatedAt();
            String paris = created.atZone(ZoneId.of("Europe/Paris")).format(SHOWN);
            String utc = created.atZone(ZoneId.of("UTC")).format(SHOWN);
            assertThat(paris).isNotEqualTo(utc);

            for (String lang : new String[] {"fr", "en"}) {
                Document dashboard =
                        Jsoup.parse(mvc.perform(get("/").with(user(carrier)).cookie(new Cookie("faireavec-lang", lang)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString());
                assertThat(dashboard.select(".notification .muted").eachText())
                        .as(lang)
                        .containsExactly(paris);
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
