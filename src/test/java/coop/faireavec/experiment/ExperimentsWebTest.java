package coop.faireavec.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.report.PhaseReport;
import coop.faireavec.report.ReportService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.FourPhaseJourney;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Phase 3 through the web layer: two experiments planned by mixed teams (the working-group rule refusing a team of
 * one college), observations entered freely on the experiment page and asked by the timer over three cycles only
 * when none came in, one "adjust" loop back to the plan, the experiment page for its members only.
 */
@FaireAvecWebTest
class ExperimentsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ManagementService jobs;

    @Autowired
    MutableClock clock;

    @Autowired
    ExperimentService experiments;

    @Autowired
    ReportService reports;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private FourPhaseJourney j;
    private WebScenario web;

    private AccountPrincipal camille() {
        return j.members.get(College.LIVED_EXPERIENCE);
    }

    private AccountPrincipal sam() {
        return j.members.get(College.PRACTITIONERS);
    }

    private AccountPrincipal dominique() {
        return j.members.get(College.DECISION_MAKERS);
    }

    private static String today() {
        return LocalDate.now().toString();
    }

    private static MockHttpServletRequestBuilder withFields(MockHttpServletRequestBuilder r, String... fields) {
        for (int i = 0; i < fields.length; i += 2) {
            r.param(fields[i], fields[i + 1]);
        }
        return r;
    }

    private String[] plan(String goal, AccountPrincipal... team) {
        List<String> f = new java.util.ArrayList<>(List.of(
                "goal", goal,
                "startsOn", today(),
                "endsOn", LocalDate.now().plusMonths(4).toString(),
                "indicators[0].name", "Personnes accueillies",
                "indicators[0].unit", "personnes",
                "indicators[0].baseline", "4",
                "indicators[0].target", "12",
                "indicators[0].direction", "HIGHER_IS_BETTER"));
        for (AccountPrincipal p : team) {
            f.add("teamIds");
            f.add(String.valueOf(p.getPersonId()));
        }
        return f.toArray(String[]::new);
    }

    private String html(AccountPrincipal who, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int fireObservationTimers() {
        List<Job> due = jobs.createJobQuery().activityId("ObservationTime").list();
        due.forEach(job -> jobs.executeJob(job.getId()));
        return due.size();
    }

    private List<String> askedFor(long leadId) throws Exception {
        return web.stepIds(sam(), "RecordObservations").stream()
                .filter(id -> {
                    try {
                        return html(sam(), "/tasks/{t}", id)
                                .contains(experiments.stepInfo(j.id, leadId).leadTitle());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void aPhaseThreeRunWithTwoExperimentsObservationsFreelyAndByTheTimerAndOneAdjustLoop() throws Exception {
        web = new WebScenario(mvc);
        j = new FourPhaseJourney(web, data, jobs).enrolAndStart();
        j.sharedDiagnosis();
        j.actionLeads();
        List<String> plans = web.stepIds(camille(), "PlanExperiment");
        assertThat(plans).hasSize(2);

        // the step page and the card say which experiment (lead title) the step is about
        String planPage = html(camille(), "/tasks/{t}", plans.get(0));
        assertThat(Jsoup.parse(planPage).select(".step-experiment").text()).startsWith("Expérience :");
        assertThat(Jsoup.parse(html(camille(), "/tasks")).select(".card.step .step-experiment"))
                .hasSizeGreaterThanOrEqualTo(2);

        // a team of one college breaks the working-group rule: said in plain words, nothing typed is lost
        String refused = mvc.perform(withFields(
                        post("/tasks/{t}", plans.get(0)).with(user(camille())).with(csrf()),
                        plan("Accueillir sans rendez-vous le mardi.", sam())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document refusedPage = Jsoup.parse(refused);
        assertThat(refusedPage.select("#teamIds-error").text())
                .contains("L'équipe doit compter au moins une personne du collège des personnes concernées");
        assertThat(refusedPage.select("#goal").text()).isEqualTo("Accueillir sans rendez-vous le mardi.");
        assertThat(refusedPage.select("#team-" + sam().getPersonId()).hasAttr("checked"))
                .isTrue();
        assertThat(refusedPage.select("#indicators0\\.name").val()).isEqualTo("Personnes accueillies");
        assertThat(web.stepIds(camille(), "PlanExperiment")).hasSize(2);

        // "add a row" without JavaScript: the same page, one more indicator row, what was typed kept
        String more = mvc.perform(withFields(
                                post("/tasks/{t}", plans.get(0))
                                        .with(user(camille()))
                                        .with(csrf()),
                                plan("Accueillir sans rendez-vous le mardi.", camille(), sam(), dominique()))
                        .param("addRow", "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(more).select("li.request-row")).hasSize(2);

        web.submit(
                camille(), plans.get(0), plan("Accueillir sans rendez-vous le mardi.", camille(), sam(), dominique()));
        String[] second = plan("Un référent par famille.", camille(), sam());
        second = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(second),
                        java.util.stream.Stream.of(
                                "indicators[1].name", "Jours d'attente",
                                "indicators[1].unit", "jours",
                                "indicators[1].baseline", "30",
                                "indicators[1].target", "10",
                                "indicators[1].direction", "LOWER_IS_BETTER"))
                .toArray(String[]::new);
        web.submit(j.carrier, plans.get(1), second);

        List<ExperimentView> planned = experiments.all(j.id);
        assertThat(planned).hasSize(2);
        ExperimentView walkIn = planned.get(0);
        ExperimentView referent = planned.get(1);
        assertThat(walkIn.team())
                .extracting(ExperimentView.Member::college)
                .containsExactlyInAnyOrder(College.LIVED_EXPERIENCE, College.PRACTITIONERS, College.DECISION_MAKERS);
        assertThat(referent.indicators())
                .extracting(ExperimentView.IndicatorView::direction)
                .containsExactly(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER);

        // the list, linked from the experimentation's page
        assertThat(Jsoup.parse(html(sam(), "/experimentations/{id}", j.id))
                        .select("a[href=/experimentations/" + j.id + "/experiments]"))
                .isNotEmpty();
        assertThat(html(sam(), "/experimentations/{id}/experiments", j.id))
                .contains(walkIn.leadTitle(), referent.leadTitle());

        // cycle 1: Camille records an observation whenever she wants on the page
        String walkInPath = "/experimentations/" + j.id + "/experiments/" + walkIn.id();
        mvc.perform(withFields(
                        post(walkInPath + "/observations").with(user(camille())).with(csrf()),
                        "observedOn",
                        today(),
                        "values[0]",
                        "6",
                        "narrative",
                        "Six personnes, dont deux pour la première fois."))
                .andExpect(status().is3xxRedirection());
        // bad input: a word for a number, a day to come; the messages say which field, nothing is lost
        String bad = mvc.perform(withFields(
                        post(walkInPath + "/observations").with(user(camille())).with(csrf()),
                        "observedOn",
                        LocalDate.now().plusDays(3).toString(),
                        "values[0]",
                        "beaucoup",
                        "narrative",
                        "Texte à garder."))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document badPage = Jsoup.parse(bad);
        assertThat(badPage.select("#values0-error").text()).contains("« Personnes accueillies » : écrivez un nombre");
        assertThat(badPage.select("#observedOn-error").text()).contains("ne peut pas être dans le futur");
        assertThat(badPage.select("#values0").val()).isEqualTo("beaucoup");
        assertThat(badPage.select("#narrative").text()).isEqualTo("Texte à garder.");
        assertThat(experiments.all(j.id).get(0).journal()).hasSize(1);

        // the timer asks only the experiment that got nothing during the cycle
        assertThat(fireObservationTimers()).isEqualTo(2);
        assertThat(askedFor(walkIn.leadId())).isEmpty();
        List<String> asked = askedFor(referent.leadId());
        assertThat(asked).hasSize(1);
        web.submit(
                sam(),
                asked.get(0),
                "observedOn",
                today(),
                "values[0]",
                "3",
                "values[1]",
                "21,5",
                "narrative",
                "Les familles connaissent leur référent.");

        // cycle 2: nothing came in for either during the cycle: both are asked
        clock.advance(Duration.ofDays(15));
        assertThat(fireObservationTimers()).isEqualTo(2);
        assertThat(askedFor(walkIn.leadId())).hasSize(1);
        assertThat(askedFor(referent.leadId())).hasSize(1);
        for (String id : web.stepIds(sam(), "RecordObservations")) {
            web.submit(
                    sam(),
                    id,
                    "observedOn",
                    LocalDate.now(clock).toString(),
                    "values[0]",
                    "8",
                    "narrative",
                    "Ça monte.");
        }

        // cycle 3: the carrier records for Sam (who agreed) on the referent experiment; only the walk-in is asked
        clock.advance(Duration.ofDays(15));
        mvc.perform(withFields(
                        post("/experimentations/" + j.id + "/experiments/" + referent.id() + "/observations")
                                .with(user(j.carrier))
                                .with(csrf()),
                        "onBehalfOf",
                        String.valueOf(sam().getPersonId()),
                        "consentKind",
                        "ORAL",
                        "observedOn",
                        LocalDate.now(clock).toString(),
                        "values[1]",
                        "14",
                        "narrative",
                        "Dit au téléphone."))
                .andExpect(status().is3xxRedirection());
        assertThat(fireObservationTimers()).isEqualTo(2);
        assertThat(askedFor(walkIn.leadId())).hasSize(1);
        assertThat(askedFor(referent.leadId())).isEmpty();

        // the page: each indicator drawn (SVG named by its title) with its table, the journal with who typed what
        Document refPage =
                Jsoup.parse(html(dominique(), "/experimentations/{id}/experiments/{e}", j.id, referent.id()));
        assertThat(refPage.select("svg[role=img] title"))
                .extracting(org.jsoup.nodes.Element::text)
                .containsExactly("Personnes accueillies", "Jours d'attente");
        assertThat(refPage.select("figure.indicator-chart")
                        .get(1)
                        .select("table td")
                        .text())
                .contains("21.5", "14");
        assertThat(refPage.select("#journal").text()).contains("Dit au téléphone.", "noté par");
        assertThat(refPage.select("form[action$=/observations]"))
                .as("Dominique is not in this team: no form")
                .isEmpty();

        // the mid-term review collects the team's and each college's view; a missing view is said and kept empty
        List<String> reviews = web.stepIds(j.carrier, "MidTermReview");
        assertThat(reviews).hasSize(2);
        String walkInReview = reviews.stream()
                .filter(id -> {
                    try {
                        return html(j.carrier, "/tasks/{t}", id).contains(walkIn.leadTitle());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
        String missing = mvc.perform(withFields(
                        post("/tasks/{t}", walkInReview).with(user(j.carrier)).with(csrf()),
                        "teamView",
                        "On tient le rythme.",
                        "collegeViews[0]",
                        "On se sent accueillis.",
                        "decision",
                        "ADJUST",
                        "body",
                        "Ouvrir aussi le jeudi."))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(missing).select("#collegeViews1-error").text())
                .contains("Écrivez ce qu'en pense le collège : Accompagnants");
        assertThat(Jsoup.parse(missing).select("#teamView").text()).isEqualTo("On tient le rythme.");
        web.submit(
                j.carrier,
                walkInReview,
                "teamView",
                "On tient le rythme.",
                "collegeViews[0]",
                "On se sent accueillis.",
                "collegeViews[1]",
                "Moins de dossiers perdus.",
                "collegeViews[2]",
                "À garder, le jeudi aussi.",
                "decision",
                "ADJUST",
                "body",
                "Ouvrir aussi le jeudi.");

        // adjust: back to the plan, which starts from the current one; the new plan adds an indicator
        String again = web.stepId(camille(), "PlanExperiment");
        Document againPage = Jsoup.parse(html(camille(), "/tasks/{t}", again));
        assertThat(againPage.select("#goal").text()).isEqualTo("Accueillir sans rendez-vous le mardi.");
        assertThat(againPage.select("#indicators0\\.name").val()).isEqualTo("Personnes accueillies");
        String[] adjusted = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(
                                plan("Accueillir le mardi et le jeudi.", camille(), sam(), dominique())),
                        java.util.stream.Stream.of(
                                "indicators[1].name", "Premières venues",
                                "indicators[1].unit", "personnes",
                                "indicators[1].baseline", "0",
                                "indicators[1].target", "5",
                                "indicators[1].direction", "HIGHER_IS_BETTER"))
                .toArray(String[]::new);
        web.submit(camille(), again, adjusted);
        ExperimentView adjustedView = experiments.all(j.id).get(0);
        assertThat(adjustedView.goal()).isEqualTo("Accueillir le mardi et le jeudi.");
        assertThat(adjustedView.indicators())
                .extracting(ExperimentView.IndicatorView::name)
                .containsExactly("Personnes accueillies", "Premières venues");
        assertThat(adjustedView.indicators().get(0).points()).hasSize(2);

        // stop both, close both: the phase report gets the experiments' indicators and values
        for (String id : web.stepIds(j.carrier, "MidTermReview")) {
            web.submit(
                    j.carrier,
                    id,
                    "teamView",
                    "Bilan d'équipe.",
                    "collegeViews[0]",
                    "Bien.",
                    "collegeViews[1]",
                    "Bien.",
                    "collegeViews[2]",
                    "Bien.",
                    "decision",
                    "STOP",
                    "body",
                    "On a assez appris.");
        }
        for (String id : web.stepIds(j.carrier, "CloseExperiment")) {
            web.submit(j.carrier, id, "body", "Court bilan.");
        }
        web.complete(j.carrier, "WritePhaseReport", "body", "Bilan des expériences.");
        PhaseReport report =
                reports.summary(j.committee.viewer(), j.id, Phase.EXPERIMENTING).orElseThrow();
        PhaseReport.ExperimentRow row = report.experiments().stream()
                .filter(r -> r.lead().equals(referent.leadTitle()))
                .findFirst()
                .orElseThrow();
        assertThat(row.team()).containsEntry(College.LIVED_EXPERIENCE, 1).containsEntry(College.PRACTITIONERS, 1);
        assertThat(row.indicators())
                .extracting(PhaseReport.Indicator::name)
                .containsExactly("Personnes accueillies", "Jours d'attente");
        assertThat(row.indicators().get(1).latest()).isEqualByComparingTo("14");
    }

    @Test
    void theExperimentPagesAreForMembersAndObservationsForTheTeam() throws Exception {
        web = new WebScenario(mvc);
        j = new FourPhaseJourney(web, data, jobs).enrolAndStart();
        j.sharedDiagnosis();
        j.actionLeads();
        for (String id : web.stepIds(j.carrier, "PlanExperiment")) {
            web.submit(j.carrier, id, plan("But.", camille(), sam()));
        }
        ExperimentView e = experiments.all(j.id).get(0);
        String path = "/experimentations/" + j.id + "/experiments/" + e.id();
        AccountPrincipal outsider = data.account("dehors", false);

        // a team member sees the page and its form
        assertThat(Jsoup.parse(html(camille(), path)).select("form[action$=/observations]"))
                .hasSize(1);
        // someone who is not a member: 403 on the list, the page and the form
        mvc.perform(get(path).with(user(outsider))).andExpect(status().isForbidden());
        mvc.perform(get("/experimentations/{id}/experiments", j.id).with(user(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/observations")
                        .with(user(outsider))
                        .with(csrf())
                        .param("narrative", "x"))
                .andExpect(status().isForbidden());
        // a member outside the team reads but may not record
        mvc.perform(post(path + "/observations")
                        .with(user(dominique()))
                        .with(csrf())
                        .param("observedOn", today())
                        .param("narrative", "Je ne suis pas dans l'équipe."))
                .andExpect(status().isForbidden());
        // nor record for someone outside the team, even as carrier
        mvc.perform(post(path + "/observations")
                        .with(user(j.carrier))
                        .with(csrf())
                        .param("onBehalfOf", String.valueOf(dominique().getPersonId()))
                        .param("consentKind", "ORAL")
                        .param("observedOn", today())
                        .param("narrative", "Pour quelqu'un hors de l'équipe."))
                .andExpect(status().isForbidden());
        // recording for a team member needs how they agreed
        String noConsent = mvc.perform(post(path + "/observations")
                        .with(user(j.carrier))
                        .with(csrf())
                        .param("onBehalfOf", String.valueOf(sam().getPersonId()))
                        .param("observedOn", today())
                        .param("narrative", "Sans accord."))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(noConsent).select("#obs-consentKind-error").text())
                .contains("Dites comment la personne a donné son accord");
        // an experiment of another experimentation is not found under this one
        mvc.perform(get(
                                "/experimentations/{id}/experiments/{e}",
                                data.runningExperimentation().experimentationId(),
                                e.id())
                        .with(user(data.admin())))
                .andExpect(status().isNotFound());
        assertThat(experiments.all(j.id).get(0).journal()).isEmpty();
    }
}
