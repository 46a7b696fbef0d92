package coop.faireavec.experimentation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.contribution.ConsentKind;
import coop.faireavec.contribution.ContributionService;
import coop.faireavec.contribution.NewContribution;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.process.StepView;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import coop.faireavec.task.StepService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The experimentation page shows, for each phase entered so far, how much each college was heard. */
@FaireAvecWebTest
class VoiceBalanceWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ContributionService contributions;

    @Autowired
    StepService steps;

    @Test
    void eachStartedPhaseShowsContributionsAndPeoplePerCollegeAsBarsAndAsATable() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal lived = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        AccountPrincipal practitioner = data.memberOfCollege(id, College.PRACTITIONERS);
        long nadia = data.personWithoutAccount(id, TestData.unique("Nadia "), College.LIVED_EXPERIENCE);
        long carrier = s.carrier().getPersonId();
        // lived experience: 3 contributions from 2 people (one noted by the carrier); practitioners: 1 from 1
        say(id, lived.getPersonId(), lived.getPersonId(), "Première parole");
        say(id, lived.getPersonId(), lived.getPersonId(), "Deuxième parole");
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
                nadia,
                carrier,
                ConsentKind.ORAL,
                null));
        say(id, practitioner.getPersonId(), practitioner.getPersonId(), "Parole des accompagnants");
        // the carrier has no college: not counted; and they walk phase 1 to its end, so phase 2 starts, silent. A
        // college's own step (the peer session) is its members': the carrier records it for the first member of each
        // college (+1 each). In the collective validation two people with lived experience (Nadia noted by the
        // carrier) and the practitioner agree, the decision makers stay silent. So: lived experience 2 + 1 + 1 + 2 = 6
        // from 2 people, practitioners 1 + 1 + 1 = 3 from 1, decision makers 1 (the peer session) from 1.
        walkPhaseOneAsCarrier(s, List.of(lived, practitioner), nadia);
        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(Phase.ACTION_LEADS);

        Document page = page(id, lived);

        Elements phases = page.select(".voice-phase");
        assertThat(phases).hasSize(2);
        assertThat(phases.get(0).selectFirst("h3").text()).isEqualTo("Phase 1 : diagnostic partagé");
        assertThat(phases.get(1).selectFirst("h3").text()).isEqualTo("Phase 2 : pistes d'action en cours");

        Element first = phases.get(0);
        assertThat(first.selectFirst("figcaption").text())
                .isEqualTo("Contributions par collège — Phase 1 : diagnostic partagé");
        // the table
        assertThat(row(first, "Personnes concernées")).containsExactly("6", "2");
        assertThat(row(first, "Accompagnants")).containsExactly("3", "1");
        assertThat(row(first, "Décideurs")).containsExactly("1", "1");
        assertThat(first.select("table th[scope=col]")).hasSize(3);
        // the drawing: named by its title and its description, which says every number in words
        Element svg = first.selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        String[] labelledBy = svg.attr("aria-labelledby").split(" ");
        assertThat(labelledBy).hasSize(2);
        assertThat(page.getElementById(labelledBy[0]).text()).isEqualTo("Graphique en barres, par collège.");
        assertThat(page.getElementById(labelledBy[1]).text())
                .isEqualTo("Personnes concernées : 6 contributions de 2 personnes. "
                        + "Accompagnants : 3 contributions de 1 personne. "
                        + "Décideurs : 1 contribution de 1 personne.");
        // the numbers written next to the bars
        assertThat(barLabels(svg, "LIVED_EXPERIENCE")).containsExactly("6 contributions", "2 personnes");
        assertThat(barLabels(svg, "PRACTITIONERS")).containsExactly("3 contributions", "1 personne");
        assertThat(barLabels(svg, "DECISION_MAKERS")).containsExactly("1 contribution", "1 personne");
        // the bars: one scale (the longest, 6, is 150 px), so a larger number is a longer bar and equal numbers
        // equal bars
        int livedContributions = width(svg, "LIVED_EXPERIENCE", "contributions");
        int livedPeople = width(svg, "LIVED_EXPERIENCE", "authors");
        int practitionerContributions = width(svg, "PRACTITIONERS", "contributions");
        int practitionerPeople = width(svg, "PRACTITIONERS", "authors");
        int decisionMakerContributions = width(svg, "DECISION_MAKERS", "contributions");
        int decisionMakerPeople = width(svg, "DECISION_MAKERS", "authors");
        assertThat(livedContributions).isGreaterThan(practitionerContributions);
        assertThat(practitionerContributions).isGreaterThan(livedPeople);
        assertThat(livedPeople).isGreaterThan(practitionerPeople);
        assertThat(practitionerPeople).isEqualTo(decisionMakerContributions).isEqualTo(decisionMakerPeople);
        assertThat(List.of(livedContributions, practitionerContributions, livedPeople, practitionerPeople))
                .containsExactly(150, 75, 50, 25);

        // phase 2: nobody has spoken yet, said in words, with no empty drawing
        Element second = phases.get(1);
        assertThat(second.select(".voice-nobody").text()).isEqualTo("Personne n'a encore pris la parole.");
        assertThat(second.select("svg, table")).isEmpty();

        // several charts on one page: no id twice, and no inline style (strict CSP)
        Set<String> ids = new HashSet<>();
        for (Element e : page.select("[id]")) {
            assertThat(ids.add(e.id())).as("id %s is unique", e.id()).isTrue();
        }
        assertThat(page.select("[style]")).isEmpty();
    }

    @Test
    void beforeTheStartThereIsNoVoiceBalanceAndInTheFirstPhaseItSaysNobodyHasSpokenYet() throws Exception {
        TestData.Scenario draft = data.draftExperimentation();
        assertThat(page(draft.experimentationId(), draft.carrier()).select(".voice-phase"))
                .isEmpty();

        TestData.Scenario s = data.runningExperimentation();
        Document page = page(s.experimentationId(), s.carrier());
        assertThat(page.select(".voice-phase")).singleElement().satisfies(phase -> {
            assertThat(phase.selectFirst("h3").text()).isEqualTo("Phase 1 : diagnostic partagé en cours");
            assertThat(phase.select(".voice-nobody").text()).isEqualTo("Personne n'a encore pris la parole.");
        });
    }

    private void say(long id, long author, long recordedBy, String body) {
        contributions.record(new NewContribution(
                id, "SHARED_DIAGNOSIS", "CrossedDiscussion", null, null, null, null, null, body, author, recordedBy));
    }

    private Document page(long id, AccountPrincipal who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/experimentations/{id}", id).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The carrier, offered every step of phase 1, completes them all; the committee approves the phase. */
    private void walkPhaseOneAsCarrier(TestData.Scenario s, List<AccountPrincipal> agreeing, long notedForOne)
            throws Exception {
        for (int guard = 0; guard < 20 && !steps.mySteps(s.carrier().viewer()).isEmpty(); guard++) {
            StepView step = steps.mySteps(s.carrier().viewer()).get(0);
            if ("college-validation".equals(step.formKey())) {
                Record agree = TestData.formFor(step, "AGREE");
                for (AccountPrincipal member : agreeing) {
                    steps.complete(member.viewer(), step.id(), agree);
                }
                steps.complete(
                        s.carrier().viewer(),
                        step.id(),
                        agree,
                        new coop.faireavec.task.RecordedFor(notedForOne, ConsentKind.ORAL, null));
                steps.close(s.carrier().viewer(), step.id(), "Les décideurs n'ont pas répondu à temps.");
                continue;
            }
            data.completeStep(s.carrier(), step, null);
        }
        AccountPrincipal committee = data.memberWithRole(s.experimentationId(), ExperimentationRole.COMMITTEE);
        new WebScenario(mvc).review(committee, "CommitteeReview", true, null);
    }

    private static List<String> row(Element phase, String college) {
        Element th = phase.select("tbody th[scope=row]").stream()
                .filter(h -> h.text().equals(college))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + college));
        return th.parent().select("td").eachText();
    }

    private static List<String> barLabels(Element svg, String college) {
        return svg.select("g[data-college=" + college + "] text.voice-number").eachText();
    }

    private static int width(Element svg, String college, String bar) {
        Element rect = svg.selectFirst("g[data-college=" + college + "] rect.voice-bar-" + bar);
        assertThat(rect).as("%s bar of %s", bar, college).isNotNull();
        return Integer.parseInt(rect.attr("width"));
    }
}
