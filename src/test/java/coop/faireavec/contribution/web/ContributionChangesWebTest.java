package coop.faireavec.contribution.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionChanged;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.ContributionService.CollegeVoices;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.meeting.MeetingWords;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.ReportedPhasesForTests;
import coop.faireavec.support.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An author withdraws or corrects what was recorded in their name, or the carrier does it for them with their
 * agreement: free until the phase is reported, then correction only (a new report version), and a withdrawn
 * contribution is no longer shown nor counted anywhere.
 */
@FaireAvecWebTest
@Import(ReportedPhasesForTests.class)
@RecordApplicationEvents
class ContributionChangesWebTest {

    static final String PHASE = "SHARED_DIAGNOSIS";
    static final String TEXT = "Le bus ne passe plus après 19 heures";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ContributionService contributions;

    @Autowired
    MeetingWords words;

    @Autowired
    ReportedPhasesForTests.Switch reported;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    /** A running experimentation and one thing its lived-experience member said in phase 1. */
    record Said(TestData.Scenario s, AccountPrincipal author, long contributionId) {
        long id() {
            return s.experimentationId();
        }
    }

    Said said(String decision) {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal author = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        Contribution c = contributions.record(new NewContribution(
                s.experimentationId(),
                PHASE,
                "PeerSessions",
                null,
                College.LIVED_EXPERIENCE.name(),
                null,
                null,
                decision,
                TEXT,
                author.getPersonId(),
                author.getPersonId()));
        return new Said(s, author, c.getId());
    }

    private String base(Said x) {
        return "/experimentations/" + x.id() + "/contributions/" + x.contributionId();
    }

    private long livedVoices(Said x) {
        return contributions.voicesByCollege(x.id(), PHASE).stream()
                .filter(v -> v.college() == College.LIVED_EXPERIENCE)
                .mapToLong(CollegeVoices::contributions)
                .sum();
    }

    @Test
    void theAuthorWithdrawsBeforeTheReportAndItIsNoLongerShownNorCountedButKeptAsWithdrawn() throws Exception {
        Said x = said(null);
        assertThat(livedVoices(x)).isEqualTo(1);

        mvc.perform(post(base(x) + "/withdraw")
                        .param("confirmWithdraw", "true")
                        .with(csrf())
                        .with(user(x.author())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/me/contributions"));

        assertThat(livedVoices(x)).isZero();
        assertThat(contributions.voicesByPhase(x.id(), List.of(PHASE)).get(PHASE))
                .allSatisfy(v -> assertThat(v.authors()).isZero());
        assertThat(contributions.ofPhase(x.id(), PHASE)).isEmpty();
        assertThat(contributions.ofExperimentation(x.id())).isEmpty();
        assertThat(contributions.byAuthor(x.author().getPersonId())).isEmpty();
        assertThat(contributions.find(x.contributionId())).isEmpty();
        mvc.perform(get("/me/contributions").with(user(x.author())))
                .andExpect(content().string(not(containsString(TEXT))));
        mvc.perform(get(base(x)).with(user(x.author()))).andExpect(status().isNotFound());
        Map<String, Object> row = jdbc.queryForMap(
                "select withdrawn_at, withdrawn_by_id, body from APP.contribution where id = ?", x.contributionId());
        assertThat(row.get("WITHDRAWN_AT")).isNotNull();
        assertThat(((Number) row.get("WITHDRAWN_BY_ID")).longValue())
                .isEqualTo(x.author().getPersonId());
        assertThat(row.get("BODY")).isEqualTo(TEXT);
        assertThat(events.stream(ContributionChanged.class)).isEmpty();
    }

    @Test
    void aWithdrawalWithoutTheBoxTickedSaysWhichBoxAndKeepsTheText() throws Exception {
        Said x = said(null);
        mvc.perform(post(base(x) + "/withdraw").with(csrf()).with(user(x.author())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cochez « Oui, je veux retirer ce texte »")));
        assertThat(livedVoices(x)).isEqualTo(1);
    }

    @Test
    void afterThePhaseIsReportedAWithdrawalIsRefusedAndACorrectionMakesANewReportVersion() throws Exception {
        Said x = said(null);
        reported.markReported(x.id(), PHASE);

        mvc.perform(get(base(x)).with(user(x.author())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le bilan de cette phase est déjà remis au comité")))
                .andExpect(content().string(not(containsString("/withdraw"))));
        mvc.perform(post(base(x) + "/withdraw")
                        .param("confirmWithdraw", "true")
                        .with(csrf())
                        .with(user(x.author())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("ce texte ne peut plus être retiré")));
        assertThat(livedVoices(x)).isEqualTo(1);

        mvc.perform(post(base(x) + "/correct")
                        .param("body", "Le bus ne passe plus après 20 heures")
                        .with(csrf())
                        .with(user(x.author())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/me/contributions"));

        assertThat(contributions.find(x.contributionId()).orElseThrow().getBody())
                .isEqualTo("Le bus ne passe plus après 20 heures");
        assertThat(events.stream(ContributionChanged.class))
                .containsExactly(new ContributionChanged(x.id(), PHASE, x.contributionId()));
    }

    @Test
    void beforeTheReportACorrectionPublishesNoNewVersion() throws Exception {
        Said x = said(null);
        mvc.perform(post(base(x) + "/correct")
                        .param("body", "Corrigé")
                        .with(csrf())
                        .with(user(x.author())))
                .andExpect(status().isFound());
        Contribution c = contributions.find(x.contributionId()).orElseThrow();
        assertThat(c.getBody()).isEqualTo("Corrigé");
        assertThat(c.getChangedById()).isEqualTo(x.author().getPersonId());
        assertThat(c.getChangeConsentKind()).isNull();
        assertThat(events.stream(ContributionChanged.class)).isEmpty();
    }

    @Test
    void anEmptyCorrectionNamesTheTextField() throws Exception {
        Said x = said(null);
        mvc.perform(post(base(x) + "/correct").param("body", " ").with(csrf()).with(user(x.author())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Écrivez le texte corrigé")));
        assertThat(contributions.find(x.contributionId()).orElseThrow().getBody())
                .isEqualTo(TEXT);
    }

    @Test
    void theCarrierCorrectsOrWithdrawsForTheAuthorOnlySayingHowTheAuthorAgreed() throws Exception {
        Said x = said(null);
        AccountPrincipal carrier = x.s().carrier();
        mvc.perform(post(base(x) + "/correct")
                        .param("body", "Corrigé")
                        .with(csrf())
                        .with(user(carrier)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dites comment la personne a donné son accord.")));
        assertThat(contributions.find(x.contributionId()).orElseThrow().getBody())
                .isEqualTo(TEXT);

        mvc.perform(post(base(x) + "/correct")
                        .param("body", "Corrigé")
                        .param("consentKind", "WRITTEN")
                        .with(csrf())
                        .with(user(carrier)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(
                        "/experimentations/" + x.id() + "/members/" + x.author().getPersonId() + "/contributions"));
        Contribution c = contributions.find(x.contributionId()).orElseThrow();
        assertThat(c.getBody()).isEqualTo("Corrigé");
        assertThat(c.getChangedById()).isEqualTo(carrier.getPersonId());
        assertThat(c.getChangeConsentKind()).isEqualTo(ConsentKind.WRITTEN);

        mvc.perform(get("/experimentations/" + x.id() + "/members/" + x.author().getPersonId() + "/contributions")
                        .with(user(carrier)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Corrigé")))
                .andExpect(content().string(containsString(base(x))));

        mvc.perform(post(base(x) + "/withdraw")
                        .param("confirmWithdraw", "true")
                        .param("consentKind", "OTHER")
                        .with(csrf())
                        .with(user(carrier)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dites en quelques mots comment la personne")));
        mvc.perform(post(base(x) + "/withdraw")
                        .param("confirmWithdraw", "true")
                        .param("consentKind", "ORAL")
                        .with(csrf())
                        .with(user(carrier)))
                .andExpect(status().isFound());
        assertThat(livedVoices(x)).isZero();
    }

    @Test
    void anotherParticipantCannotSeeNorChangeIt() throws Exception {
        Said x = said(null);
        AccountPrincipal other = data.memberOfCollege(x.id(), College.PRACTITIONERS);
        mvc.perform(get(base(x)).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(post(base(x) + "/correct")
                        .param("body", "Pas à moi")
                        .with(csrf())
                        .with(user(other)))
                .andExpect(status().isForbidden());
        mvc.perform(post(base(x) + "/withdraw")
                        .param("confirmWithdraw", "true")
                        .with(csrf())
                        .with(user(other)))
                .andExpect(status().isForbidden());
        assertThat(contributions.find(x.contributionId()).orElseThrow().getBody())
                .isEqualTo(TEXT);
    }

    @Test
    void aValidationCannotBeWithdrawnButItsCommentCanBeCorrected() throws Exception {
        Said x = said("AGREE");
        mvc.perform(get(base(x)).with(user(x.author())))
                .andExpect(content().string(containsString("C&#39;est une validation")));
        mvc.perform(post(base(x) + "/withdraw")
                        .param("confirmWithdraw", "true")
                        .with(csrf())
                        .with(user(x.author())))
                .andExpect(status().isConflict());
        assertThat(livedVoices(x)).isEqualTo(1);
    }

    @Test
    void aWithdrawnMeetingWordIsNoLongerShownNorCountedInItsMeeting() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal author = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        TestData.MeetingFixture m = data.meetingWithWords(s, author);
        String page = "/experimentations/" + s.experimentationId() + "/meetings/" + m.meetingId();
        mvc.perform(get(page).with(user(author)))
                .andExpect(content().string(containsString("Ce que je voulais dire.")));

        mvc.perform(post("/experimentations/" + s.experimentationId() + "/contributions/" + m.contributionId()
                                + "/withdraw")
                        .param("confirmWithdraw", "true")
                        .with(csrf())
                        .with(user(author)))
                .andExpect(status().isFound());

        assertThat(contributions.ofMeeting(m.meetingId())).isEmpty();
        assertThat(contributions.voicesOfMeeting(m.meetingId()))
                .allSatisfy(v -> assertThat(v.contributions()).isZero());
        mvc.perform(get(page).with(user(author)))
                .andExpect(content().string(not(containsString("Ce que je voulais dire."))));
    }

    @Test
    void aMeetingWordCorrectedOnTheMeetingPageAfterTheReportAlsoMakesANewVersion() {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal author = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        TestData.MeetingFixture m = data.meetingWithWords(s, author);
        String phase = contributions.find(m.contributionId()).orElseThrow().getPhase();
        reported.markReported(s.experimentationId(), phase);

        words.correct(author.viewer(), s.experimentationId(), m.meetingId(), m.contributionId(), "Autrement dit.");

        assertThat(events.stream(ContributionChanged.class))
                .containsExactly(new ContributionChanged(s.experimentationId(), phase, m.contributionId()));
        assertThat(contributions.find(m.contributionId()).orElseThrow().getChangedById())
                .isEqualTo(author.getPersonId());
    }

    @Test
    void aContributionIsDatedByTheApplicationsClockNotTheSystemsOne() {
        clock.advance(Duration.ofDays(-90));
        Said x;
        Instant before;
        try {
            before = clock.instant();
            x = said(null);
        } finally {
            clock.reset();
        }
        Instant createdAt = contributions.find(x.contributionId()).orElseThrow().getCreatedAt();
        assertThat(createdAt).isBetween(before, before.plus(Duration.ofMinutes(1)));
        assertThat(createdAt).isBefore(Instant.now().minus(Duration.ofDays(89)));
    }
}
