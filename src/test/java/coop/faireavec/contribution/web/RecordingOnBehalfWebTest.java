package coop.faireavec.contribution.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.contribution.Contribution;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Acting on someone's behalf, honestly: who said it, who noted it, and how the person agreed. */
@FaireAvecWebTest
class RecordingOnBehalfWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ContributionService contributions;

    WebScenario web;

    @BeforeEach
    void scenario() {
        web = new WebScenario(mvc);
    }

    /** A running experimentation in its peer sessions, with Nadia, who has no account, in the lived-experience college. */
    record PeerSessions(
            TestData.Scenario s, long nadia, String livedStep, AccountPrincipal lived, AccountPrincipal practitioner) {
        long id() {
            return s.experimentationId();
        }
    }

    PeerSessions peerSessions() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                "KickOffMeeting",
                "Lancement",
                data.collegeMembers(s.experimentationId()));
        long nadia =
                data.personWithoutAccount(s.experimentationId(), TestData.unique("Nadia "), College.LIVED_EXPERIENCE);
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        return new PeerSessions(
                s,
                nadia,
                web.stepId(lived, "PeerSessions"),
                lived,
                data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS));
    }

    private List<Contribution> peerContributions(long id) {
        return contributions.ofPhase(id, "SHARED_DIAGNOSIS").stream()
                .filter(c -> "PeerSessions".equals(c.getStepKey()))
                .toList();
    }

    private String nameOf(AccountPrincipal p) {
        return "Personne " + p.getUsername();
    }

    @Test
    void theCarrierCompletesAPeerSessionForAPersonWithoutAccountAndItIsShownAsHerVoiceNotedByTheCarrier()
            throws Exception {
        PeerSessions p = peerSessions();
        String nadiaName = nameOfPerson(p);
        mvc.perform(get("/tasks/{t}", p.livedStep()).with(user(p.s().carrier())))
                .andExpect(content().string(containsString("Je remplis pour :")))
                .andExpect(content().string(containsString(nadiaName + " (sans compte)")));

        web.submit(
                p.s().carrier(),
                p.livedStep(),
                "body",
                "Ce que Nadia a dit",
                "onBehalfOf",
                String.valueOf(p.nadia()),
                "consentKind",
                "ORAL");

        assertThat(peerContributions(p.id())).singleElement().satisfies(c -> {
            assertThat(c.getAuthorId()).isEqualTo(p.nadia());
            assertThat(c.getRecordedById()).isEqualTo(p.s().carrier().getPersonId());
            assertThat(c.getConsentKind()).isEqualTo(ConsentKind.ORAL);
            assertThat(c.getCollege()).isEqualTo("LIVED_EXPERIENCE");
        });
        String practitionersStep = web.stepId(p.practitioner(), "PeerSessions");
        mvc.perform(get("/tasks/{t}", practitionersStep).with(user(p.practitioner())))
                .andExpect(content().string(containsString("Ce que Nadia a dit")))
                .andExpect(content()
                        .string(containsString("Noté par " + nameOf(p.s().carrier()) + " pour " + nadiaName
                                + "</span>\n    — <span>accord donné à l&#39;oral")));
    }

    @Autowired
    coop.faireavec.people.PeopleService people;

    private String nameOfPerson(PeerSessions p) {
        return people.byIds(List.of(p.nadia())).get(p.nadia()).getDisplayName();
    }

    @Test
    void withoutSayingHowThePersonAgreedTheFormComesBackWithAPlainMessageAndNothingTypedIsLost() throws Exception {
        PeerSessions p = peerSessions();
        mvc.perform(post("/tasks/{t}", p.livedStep())
                        .with(user(p.s().carrier()))
                        .with(csrf())
                        .param("body", "Texte a garder tel quel")
                        .param("onBehalfOf", String.valueOf(p.nadia())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dites comment la personne a donné son accord.")))
                .andExpect(content().string(containsString("Texte a garder tel quel")))
                .andExpect(content().string(containsString("value=\"" + p.nadia() + "\" selected")));
        mvc.perform(post("/tasks/{t}", p.livedStep())
                        .with(user(p.s().carrier()))
                        .with(csrf())
                        .param("body", "Texte a garder tel quel")
                        .param("onBehalfOf", String.valueOf(p.nadia()))
                        .param("consentKind", "OTHER"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Dites en quelques mots comment la personne a donné son accord.")))
                .andExpect(content().string(containsString("Texte a garder tel quel")));
        assertThat(peerContributions(p.id())).isEmpty();
        assertThat(web.stepIds(p.lived(), "PeerSessions")).containsExactly(p.livedStep());

        web.submit(
                p.s().carrier(),
                p.livedStep(),
                "body",
                "Texte",
                "onBehalfOf",
                String.valueOf(p.nadia()),
                "consentKind",
                "OTHER",
                "consentNote",
                "Par téléphone, texte relu avec elle");
        assertThat(peerContributions(p.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.getConsentNote()).isEqualTo("Par téléphone, texte relu avec elle"));
    }

    @Test
    void aParticipantCannotRecordForSomeoneElseNorCanAMemberOfAnotherExperimentation() throws Exception {
        PeerSessions p = peerSessions();
        mvc.perform(get("/tasks/{t}", p.livedStep()).with(user(p.lived())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Je remplis pour :"))));
        mvc.perform(post("/tasks/{t}", p.livedStep())
                        .with(user(p.lived()))
                        .with(csrf())
                        .param("body", "Pour Nadia")
                        .param("onBehalfOf", String.valueOf(p.nadia()))
                        .param("consentKind", "ORAL"))
                .andExpect(status().isForbidden());
        AccountPrincipal outsider = data.runningExperimentation().carrier();
        mvc.perform(post("/tasks/{t}", p.livedStep())
                        .with(user(outsider))
                        .with(csrf())
                        .param("body", "Pour Nadia")
                        .param("onBehalfOf", String.valueOf(p.nadia()))
                        .param("consentKind", "ORAL"))
                .andExpect(status().isForbidden());
        // the carrier may only record for a member the step is offered to
        long decider = data.memberOfCollege(p.id(), College.DECISION_MAKERS).getPersonId();
        mvc.perform(post("/tasks/{t}", p.livedStep())
                        .with(user(p.s().carrier()))
                        .with(csrf())
                        .param("body", "Pour un élu")
                        .param("onBehalfOf", String.valueOf(decider))
                        .param("consentKind", "ORAL"))
                .andExpect(status().isForbidden());
        assertThat(peerContributions(p.id())).isEmpty();
    }

    @Test
    void aPractitionerTheCarrierAllowedMayRecordForAPersonOfAnotherCollegeButNotInTheirOwnName() throws Exception {
        PeerSessions p = peerSessions();
        AccountPrincipal practitioner = p.practitioner();
        mvc.perform(get("/tasks/{t}", p.livedStep()).with(user(practitioner))).andExpect(status().isForbidden());

        mvc.perform(post("/experimentations/{id}/members/{p}/record-for-others", p.id(), practitioner.getPersonId())
                        .with(user(p.lived()))
                        .with(csrf())
                        .param("allowed", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post(
                                "/experimentations/{id}/members/{p}/record-for-others",
                                p.id(),
                                p.lived().getPersonId())
                        .with(user(p.s().carrier()))
                        .with(csrf())
                        .param("allowed", "true"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/experimentations/{id}/members/{p}/record-for-others", p.id(), practitioner.getPersonId())
                        .with(user(p.s().carrier()))
                        .with(csrf())
                        .param("allowed", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/experimentations/{id}/members", p.id()).with(user(p.s().carrier())))
                .andExpect(content().string(containsString("peut noter pour d&#39;autres")));
        // my steps now list the other colleges' peer sessions, to fill in with someone (not my own college's)
        org.jsoup.nodes.Document tasks =
                org.jsoup.Jsoup.parse(mvc.perform(get("/tasks").with(user(practitioner)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(tasks.select("#for-someone-heading").text())
                .isEqualTo("Les étapes que je peux remplir avec quelqu'un");
        assertThat(tasks.select("section[aria-labelledby=for-someone-heading] .card.step h3 a")
                        .eachAttr("href"))
                .hasSize(2)
                .contains("/tasks/" + p.livedStep());
        assertThat(tasks.select("section[aria-labelledby=for-someone-heading] .badge")
                        .eachText())
                .noneMatch(t -> t.contains("Accompagnants"));
        assertThat(tasks.select("section[aria-labelledby=for-someone-heading] form"))
                .isEmpty();

        mvc.perform(get("/tasks/{t}", p.livedStep()).with(user(practitioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez la personne")));
        // in their own name, naming nobody: refused; the page's form left on "choose": the message names the choice
        mvc.perform(post("/tasks/{t}", p.livedStep())
                        .with(user(practitioner))
                        .with(csrf())
                        .param("body", "En mon nom"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/{t}", p.livedStep())
                        .with(user(practitioner))
                        .with(csrf())
                        .param("body", "En mon nom")
                        .param("onBehalfOf", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Choisissez la personne pour qui vous remplissez cette étape.")));
        web.submit(
                practitioner,
                p.livedStep(),
                "body",
                "Ce que Nadia a écrit",
                "onBehalfOf",
                String.valueOf(p.nadia()),
                "consentKind",
                "WRITTEN");
        assertThat(peerContributions(p.id())).singleElement().satisfies(c -> {
            assertThat(c.getAuthorId()).isEqualTo(p.nadia());
            assertThat(c.getRecordedById()).isEqualTo(practitioner.getPersonId());
            assertThat(c.getConsentKind()).isEqualTo(ConsentKind.WRITTEN);
        });

        mvc.perform(post("/experimentations/{id}/members/{p}/record-for-others", p.id(), practitioner.getPersonId())
                        .with(user(p.s().carrier()))
                        .with(csrf())
                        .param("allowed", "false"))
                .andExpect(status().is3xxRedirection());
        String deciders = web.stepId(data.memberOfCollege(p.id(), College.DECISION_MAKERS), "PeerSessions");
        mvc.perform(get("/tasks/{t}", deciders).with(user(practitioner))).andExpect(status().isForbidden());
        // no longer allowed: the group is gone
        mvc.perform(get("/tasks").with(user(practitioner)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("for-someone-heading"))));
    }

    @Test
    void aPersonSeesEverythingRecordedInTheirNameIncludingWhatOthersNotedForThem() throws Exception {
        PeerSessions p = peerSessions();
        web.submit(
                p.s().carrier(),
                p.livedStep(),
                "body",
                "Ma parole notée par le porteur",
                "onBehalfOf",
                String.valueOf(p.lived().getPersonId()),
                "consentKind",
                "ORAL");
        web.complete(p.practitioner(), "PeerSessions", "body", "Parole des accompagnants");

        mvc.perform(get("/").with(user(p.lived())))
                .andExpect(content().string(containsString("href=\"/me/contributions\"")));
        mvc.perform(get("/me/contributions").with(user(p.lived())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ma parole notée par le porteur")))
                .andExpect(content()
                        .string(containsString("Noté par " + nameOf(p.s().carrier()) + " pour " + nameOf(p.lived()))))
                .andExpect(content().string(containsString("accord donné à l&#39;oral")))
                .andExpect(content().string(not(containsString("Parole des accompagnants"))));
        mvc.perform(get("/me/contributions").with(user(p.practitioner())))
                .andExpect(content().string(containsString("Parole des accompagnants")))
                .andExpect(content().string(not(containsString("Ma parole notée par le porteur"))));
    }

    @Test
    void voicesByCollegeCountsEachContributionInItsAuthorsCollege() throws Exception {
        PeerSessions p = peerSessions();
        long id = p.id();
        long carrier = p.s().carrier().getPersonId();
        // noted by the carrier for Nadia in a step of no college: Nadia's voice, in her college
        contributions.record(new NewContribution(
                id,
                "SHARED_DIAGNOSIS",
                "CrossedDiscussion",
                null,
                null,
                null,
                null,
                null,
                "Nadia au croisement",
                p.nadia(),
                carrier,
                ConsentKind.ORAL,
                null));
        web.submit(p.lived(), p.livedStep(), "body", "Parole des personnes concernées");
        web.complete(p.practitioner(), "PeerSessions", "body", "Parole des accompagnants");
        contributions.record(new NewContribution(
                id,
                "SHARED_DIAGNOSIS",
                "CrossedDiscussion",
                null,
                null,
                null,
                null,
                null,
                "Encore",
                p.practitioner().getPersonId(),
                p.practitioner().getPersonId()));

        assertThat(contributions.voicesByCollege(id, "SHARED_DIAGNOSIS"))
                .containsExactly(
                        new ContributionService.CollegeVoices(College.LIVED_EXPERIENCE, 2, 2),
                        new ContributionService.CollegeVoices(College.PRACTITIONERS, 2, 1),
                        new ContributionService.CollegeVoices(College.DECISION_MAKERS, 0, 0));
        mvc.perform(get("/experimentations/{id}", id).with(user(p.lived())))
                .andExpect(content().string(containsString("Qui a pris la parole ?")))
                .andExpect(content().string(containsString("<th scope=\"row\">Personnes concernées</th>")));
    }
}
