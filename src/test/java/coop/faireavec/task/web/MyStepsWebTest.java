package coop.faireavec.task.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "My next steps": cards anyone can read, two groups, taking and giving back a step, what a done step stored. */
@FaireAvecWebTest
class MyStepsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TaskService engineTasks;

    WebScenario web;

    @BeforeEach
    void scenario() {
        web = new WebScenario(mvc);
    }

    private String page(AccountPrincipal who, String... params) throws Exception {
        var request = get("/tasks").with(user(who));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void dueOn(String taskId, Instant due) {
        Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(Date.from(due));
        engineTasks.saveTask(task);
    }

    private String peerSessionOf(TestData.Scenario s, College college) throws Exception {
        web.holdMeeting(
                s.carrier(),
                s.experimentationId(),
                "KickOffMeeting",
                "Lancement",
                data.collegeMembers(s.experimentationId()));
        return web.stepId(data.memberOfCollege(s.experimentationId(), college), "PeerSessions");
    }

    @Test
    void aCardSaysWhatToDoWhyWhenAndWhere() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        String kickOff = web.stepId(s.carrier(), "KickOffMeeting");
        dueOn(kickOff, Instant.parse("2099-03-15T10:00:00Z"));
        String html = page(s.carrier());
        assertThat(html)
                .contains("Racontez la rencontre de lancement.")
                .contains("Tout le monde saura ce qui a été décidé au départ.")
                .contains("À faire avant le 15/03/2099")
                .contains(data.experimentation(s.experimentationId()).getTitle())
                .contains("Phase 1 : diagnostic partagé")
                .doesNotContain("En retard");
    }

    @Test
    void anOverdueStepSaysSoInWordsAndWithAnIcon() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        dueOn(web.stepId(s.carrier(), "KickOffMeeting"), Instant.now().minus(3, ChronoUnit.DAYS));
        String html = page(s.carrier());
        assertThat(html)
                .contains("En retard : c&#39;était à faire avant le")
                .contains("class=\"overdue-icon\"")
                .contains("is-overdue");
    }

    @Test
    void aCollegeStepIsOfferedToAnyoneOfTheCollegeUntilSomeoneTakesIt() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        String step = peerSessionOf(s, College.LIVED_EXPERIENCE);
        AccountPrincipal first = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        AccountPrincipal second =
                data.member(s.experimentationId(), College.LIVED_EXPERIENCE, ExperimentationRole.PARTICIPANT);

        assertThat(page(second))
                .contains("Les étapes que je peux prendre")
                .contains("N&#39;importe qui de votre collège peut répondre.")
                .contains("Pour le collège : Personnes concernées")
                .contains(step)
                .doesNotContain("Les étapes dont je m&#39;occupe");

        mvc.perform(post("/tasks/{t}/claim", step).with(user(first)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("flash", "flash.stepClaimed"));
        assertThat(page(first))
                .contains("Les étapes dont je m&#39;occupe")
                .contains("Je laisse")
                .contains(step);
        // the other member of the college no longer sees it, and cannot take it
        assertThat(page(second)).doesNotContain(step);
        mvc.perform(post("/tasks/{t}/claim", step).with(user(second)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(containsString("Quelqu&#39;un d&#39;autre s&#39;occupe déjà de cette étape.")));
        // nor complete it through its link, nor give it back for the first one
        mvc.perform(post("/tasks/{t}", step).with(user(second)).with(csrf()).param("body", "à sa place"))
                .andExpect(status().isConflict());
        mvc.perform(post("/tasks/{t}/unclaim", step).with(user(second)).with(csrf()))
                .andExpect(status().isForbidden());
        // the carrier sees who took it
        assertThat(page(s.carrier()))
                .contains("Les étapes prises par d&#39;autres personnes")
                .contains("Pris par " + "Personne " + first.getUsername());

        mvc.perform(post("/tasks/{t}/unclaim", step).with(user(first)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "flash.stepGivenBack"));
        assertThat(page(second)).contains(step).contains("Je m&#39;en occupe");
    }

    @Test
    void aStepSomeoneElseTookSaysWhoIsOnItSinceWhenAndShowsNoFormButTheCarrierMayStillActOrGiveItBack()
            throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        String step = peerSessionOf(s, College.LIVED_EXPERIENCE);
        AccountPrincipal first = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        AccountPrincipal second =
                data.member(s.experimentationId(), College.LIVED_EXPERIENCE, ExperimentationRole.PARTICIPANT);
        mvc.perform(post("/tasks/{t}/claim", step).with(user(first)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        org.jsoup.nodes.Document other = stepPage(second, step);
        assertThat(other.select(".taken-notice h2").text())
                .matches("Personne " + first.getUsername() + " s'en occupe depuis le \\d\\d/\\d\\d/\\d{4}");
        assertThat(other.select("form[action='/tasks/" + step + "']")).isEmpty();
        assertThat(other.select("textarea")).isEmpty();
        assertThat(other.select("form[action$='/unclaim']")).isEmpty();

        org.jsoup.nodes.Document mine = stepPage(first, step);
        assertThat(mine.select(".taken-notice")).isEmpty();
        assertThat(mine.select("form[action='/tasks/" + step + "'] textarea#body"))
                .hasSize(1);

        org.jsoup.nodes.Document carrier = stepPage(s.carrier(), step);
        assertThat(carrier.select(".taken-notice h2").text()).startsWith("Personne " + first.getUsername());
        assertThat(carrier.select("form[action='/tasks/" + step + "/unclaim'] button")
                        .text())
                .isEqualTo("Rendre l'étape libre");
        assertThat(carrier.select("form[action='/tasks/" + step + "'] textarea#body"))
                .hasSize(1);
    }

    private org.jsoup.nodes.Document stepPage(AccountPrincipal who, String step) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(get("/tasks/{t}", step).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theCarrierCanGiveBackAStepSomeoneTook() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        String step = peerSessionOf(s, College.PRACTITIONERS);
        AccountPrincipal practitioner = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);
        web.submit(practitioner, step, "body", "x"); // completes it: use another one
        String crossed = web.stepId(s.carrier(), "PeerSessions");
        AccountPrincipal lived = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        String livedStep = web.stepId(lived, "PeerSessions");
        mvc.perform(post("/tasks/{t}/claim", livedStep).with(user(lived)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/tasks/{t}/unclaim", livedStep)
                        .with(user(s.carrier()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(lived))
                .contains("Les étapes que je peux prendre")
                .contains(livedStep)
                .doesNotContain("Les étapes dont je m&#39;occupe");
        assertThat(crossed).isNotBlank();
    }

    @Test
    void onlySomeoneTheStepIsOfferedToCanTakeIt() throws Exception {
        TestData.Scenario a = data.runningExperimentation();
        TestData.Scenario b = data.runningExperimentation();
        String step = peerSessionOf(a, College.LIVED_EXPERIENCE);
        AccountPrincipal otherCollege = data.memberOfCollege(a.experimentationId(), College.PRACTITIONERS);
        for (AccountPrincipal intruder : new AccountPrincipal[] {b.carrier(), otherCollege}) {
            mvc.perform(post("/tasks/{t}/claim", step).with(user(intruder)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/tasks/{t}/unclaim", step).with(user(intruder)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/tasks/{t}/claim", step).with(user(a.carrier())))
                .andExpect(status().isForbidden()); // no CSRF token
        // a step taken stays closed to outsiders
        AccountPrincipal lived = data.memberOfCollege(a.experimentationId(), College.LIVED_EXPERIENCE);
        mvc.perform(post("/tasks/{t}/claim", step).with(user(lived)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/tasks/{t}", step).with(user(otherCollege))).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/{t}", step).with(user(lived))).andExpect(status().isOk());
    }

    @Test
    void stepsCanBeFilteredByExperimentation() throws Exception {
        TestData.Scenario a = data.runningExperimentation();
        TestData.Scenario b = data.runningExperimentation();
        AccountPrincipal both = a.carrier();
        data.addToExperimentation(both, b.experimentationId(), College.PRACTITIONERS);
        web.holdMeeting(
                b.carrier(),
                b.experimentationId(),
                "KickOffMeeting",
                "Lancement B",
                data.collegeMembers(b.experimentationId()));
        String titleA = data.experimentation(a.experimentationId()).getTitle();
        String titleB = data.experimentation(b.experimentationId()).getTitle();

        String all = page(both);
        assertThat(all)
                .contains("<label for=\"experimentation\">Expérimentation</label>")
                .contains(web.stepId(both, "KickOffMeeting"))
                .contains(web.stepId(both, "PeerSessions"));
        String onlyB = page(both, "experimentation", String.valueOf(b.experimentationId()));
        assertThat(onlyB)
                .contains(web.stepId(both, "PeerSessions"))
                .doesNotContain(web.stepId(both, "KickOffMeeting"))
                .contains("selected=\"selected\">" + titleB);
        assertThat(page(both, "experimentation", String.valueOf(a.experimentationId())))
                .doesNotContain(web.stepId(both, "PeerSessions"))
                .contains(titleA);
    }

    @Test
    void theEmptyPageSaysWhatHappensNextInFrenchAndEnglish() throws Exception {
        AccountPrincipal nobody = data.account("personne", false);
        mvc.perform(get("/tasks").with(user(nobody)))
                .andExpect(content().string(containsString("Rien à faire pour le moment.")))
                .andExpect(content().string(containsString("Quand ce sera à vous, l&#39;étape apparaîtra ici.")));
        mvc.perform(get("/tasks").param("lang", "en").with(user(nobody)))
                .andExpect(content().string(containsString("When it is your turn, the step will show here.")));
        TestData.Scenario s = data.runningExperimentation();
        mvc.perform(get("/tasks").param("lang", "en").with(user(s.carrier())))
                .andExpect(content().string(containsString("Tell how the kick-off meeting went.")))
                .andExpect(content().string(containsString("I&#39;ll do it")))
                .andExpect(content().string(not(containsString("Nothing to do"))));
    }

    @Test
    void aFilterWithNothingToDoSaysSoAndOffersAllSteps() throws Exception {
        TestData.Scenario a = data.runningExperimentation();
        TestData.Scenario b = data.draftExperimentation();
        data.addToExperimentation(a.carrier(), b.experimentationId(), College.PRACTITIONERS);
        assertThat(page(a.carrier(), "experimentation", String.valueOf(b.experimentationId())))
                .contains("Rien à faire dans cette expérimentation pour le moment.")
                .contains("Voir toutes mes étapes");
    }

    @Test
    void aDoneStepShowsWhatWasSentByWhomAndWhenToMembersOnly() throws Exception {
        TestData.Scenario a = data.runningExperimentation();
        TestData.Scenario b = data.runningExperimentation();
        String kickOff = web.stepId(a.carrier(), "KickOffMeeting");
        web.holdMeeting(
                a.carrier(),
                a.experimentationId(),
                "KickOffMeeting",
                "Douze personnes, les trois collèges.",
                data.collegeMembers(a.experimentationId()));
        AccountPrincipal participant = data.memberOfCollege(a.experimentationId(), College.LIVED_EXPERIENCE);
        mvc.perform(get("/tasks/done/{t}", kickOff).with(user(participant)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Douze personnes, les trois collèges.")))
                .andExpect(content()
                        .string(containsString(
                                "Envoyé par Personne " + a.carrier().getUsername())))
                .andExpect(content().string(containsString("Rencontre de lancement")));
        assertThat(page(a.carrier()))
                .contains("Ce que j&#39;ai fait dernièrement")
                .contains("href=\"/tasks/done/" + kickOff + "\">Rencontre de lancement — ");
        mvc.perform(get("/tasks/done/{t}", kickOff).with(user(b.carrier()))).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/done/{t}", "no-such-step").with(user(participant)))
                .andExpect(status().isNotFound());
    }
}
