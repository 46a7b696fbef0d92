package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Records not verified for 12 months are "à vérifier"; the directory shows its freshness; verifying renews it. */
@FaireAvecWebTest
class StalenessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    DirectoryService directory;

    @Autowired
    MutableClock clock;

    @Test
    void twelveMonthsAfterItsLastVerificationARecordIsToCheck() {
        LocalDate verified = LocalDate.of(2025, 3, 1);
        assertThat(Staleness.isStale(verified, LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(Staleness.isStale(verified, LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(Staleness.isStale(verified, verified)).isFalse();
    }

    @Test
    void theListFlagsStaleRecordsAndShowsTheShareVerifiedAndVerifyingRenewsIt() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        TestData.DirectoryItems items = data.directoryFixture(s);
        String base = "/directory/" + s.territoryId();
        assertThat(page(s, base)).contains("100 % des fiches vérifiées").doesNotContain("À vérifier</span>");
        try {
            clock.advance(Duration.ofDays(366));
            assertThat(directory.freshness(s.territoryId())).isEqualTo(new Freshness(2, 0));
            assertThat(page(s, base))
                    .contains("0 % des fiches vérifiées depuis moins de 12 mois ; 2 à vérifier.", "À vérifier");

            mvc.perform(post(base + "/structures/" + items.structureId() + "/verify")
                    .with(csrf())
                    .with(user(s.carrier())));
            assertThat(directory.freshness(s.territoryId())).isEqualTo(new Freshness(2, 1));
            assertThat(page(s, base)).contains("50 % des fiches vérifiées");
            String record = page(s, base + "/structures/" + items.structureId());
            // the organisation is fresh again, its service still to check
            assertThat(record.split("À vérifier", -1)).hasSize(2);
        } finally {
            clock.reset();
        }
    }

    private String page(TestData.Scenario s, String path) throws Exception {
        return mvc.perform(get(path).with(user(s.carrier())))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
