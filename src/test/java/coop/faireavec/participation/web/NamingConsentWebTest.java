package coop.faireavec.participation.web;

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

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.participation.NamingConsentChanged;
import coop.faireavec.participation.NamingConsentKind;
import coop.faireavec.participation.ReportNames;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.ReportedPhasesForTests;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "My name in the reports": a member of the lived-experience college appears under a pseudonym unless they choose
 * their name, on their own page or through the carrier who notes how they said it; each change is published.
 */
@FaireAvecWebTest
@Import(ReportedPhasesForTests.class)
@RecordApplicationEvents
class NamingConsentWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    MembershipService memberships;

    @Autowired
    ReportNames names;

    @Autowired
    ApplicationEvents events;

    private Membership membership(long exp, AccountPrincipal p) {
        return memberships.membership(p.getPersonId(), exp).orElseThrow();
    }

    @Test
    void aPersonSeesTheirPseudonymAndChoosesToAppearWithTheirName() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal lived = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        String pseudonym = "Personne concernée " + membership(exp, lived).getPseudonymNo();
        assertThat(names.namesFor(exp)).containsEntry(lived.getPersonId(), pseudonym);

        mvc.perform(get("/experimentations/{id}/naming", exp).with(user(lived)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Dans les bilans remis au comité, vous apparaissez sous le nom « "
                                + pseudonym + " ». Vous pouvez choisir d&#39;y apparaître avec votre nom.")));

        mvc.perform(post("/experimentations/{id}/naming", exp)
                        .param("named", "true")
                        .with(csrf())
                        .with(user(lived)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/experimentations/" + exp + "/naming"));

        Membership m = membership(exp, lived);
        assertThat(m.isNamedInReports()).isTrue();
        assertThat(m.getNamingConsentKind()).isEqualTo(NamingConsentKind.SELF);
        assertThat(m.getNamingConsentNotedBy()).isEqualTo(lived.getPersonId());
        assertThat(m.getNamingConsentAt()).isNotNull();
        assertThat(names.namesFor(exp)).containsEntry(lived.getPersonId(), "Personne " + lived.getUsername());
        assertThat(events.stream(NamingConsentChanged.class))
                .containsExactly(new NamingConsentChanged(exp, lived.getPersonId(), true));

        mvc.perform(post("/experimentations/{id}/naming", exp)
                        .param("named", "false")
                        .with(csrf())
                        .with(user(lived)))
                .andExpect(status().isFound());
        assertThat(names.namesFor(exp)).containsEntry(lived.getPersonId(), pseudonym);
        assertThat(events.stream(NamingConsentChanged.class))
                .containsExactly(
                        new NamingConsentChanged(exp, lived.getPersonId(), true),
                        new NamingConsentChanged(exp, lived.getPersonId(), false));
    }

    @Test
    void aChoiceSentEmptyOrUnreadableNamesTheQuestionAndChangesNothing() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal lived = data.memberOfCollege(exp, College.LIVED_EXPERIENCE);
        for (String value : new String[] {null, "peut-être"}) {
            var request =
                    post("/experimentations/{id}/naming", exp).with(csrf()).with(user(lived));
            if (value != null) {
                request.param("named", value);
            }
            mvc.perform(request)
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Choisissez comment apparaître dans les bilans")));
        }
        assertThat(membership(exp, lived).isNamedInReports()).isFalse();
        assertThat(events.stream(NamingConsentChanged.class)).isEmpty();
    }

    @Test
    void theCarrierNotesTheChoiceForSomeoneWithHowTheyToldIt() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        long nadia = data.personWithoutAccount(exp, "Nadia Test", College.LIVED_EXPERIENCE);
        String page = "/experimentations/" + exp + "/members/" + nadia + "/naming";

        mvc.perform(get("/experimentations/{id}/members", exp).with(user(s.carrier())))
                .andExpect(content().string(containsString(page)));
        mvc.perform(get(page).with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nadia Test apparaît sous le nom « Personne concernée")));

        mvc.perform(post(page).param("named", "true").with(csrf()).with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dites comment la personne a donné son accord.")));
        mvc.perform(post(page)
                        .param("named", "true")
                        .param("consentKind", "OTHER")
                        .with(csrf())
                        .with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dites en quelques mots comment la personne")));
        mvc.perform(post(page)
                        .param("named", "true")
                        .param("consentKind", "EN_REVE")
                        .with(csrf())
                        .with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("choisissez une réponse de la liste")));
        assertThat(events.stream(NamingConsentChanged.class)).isEmpty();

        mvc.perform(post(page)
                        .param("named", "true")
                        .param("consentKind", "WRITTEN")
                        .with(csrf())
                        .with(user(s.carrier())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(page));

        Membership m = memberships.membership(nadia, exp).orElseThrow();
        assertThat(m.isNamedInReports()).isTrue();
        assertThat(m.getNamingConsentKind()).isEqualTo(NamingConsentKind.WRITTEN);
        assertThat(m.getNamingConsentNotedBy()).isEqualTo(s.carrier().getPersonId());
        assertThat(names.namesFor(exp)).containsEntry(nadia, "Nadia Test");
        assertThat(events.stream(NamingConsentChanged.class))
                .containsExactly(new NamingConsentChanged(exp, nadia, true));
        mvc.perform(get(page).with(user(s.carrier())))
                .andExpect(content().string(containsString("la personne l&#39;a donné par écrit")));
    }

    @Test
    void onlyACarrierNotesForSomeoneElse() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        long nadia = data.personWithoutAccount(exp, "Nadia Test", College.LIVED_EXPERIENCE);
        AccountPrincipal practitioner = data.memberOfCollege(exp, College.PRACTITIONERS);
        mvc.perform(post("/experimentations/{id}/members/{p}/naming", exp, nadia)
                        .param("named", "true")
                        .param("consentKind", "ORAL")
                        .with(csrf())
                        .with(user(practitioner)))
                .andExpect(status().isForbidden());
        assertThat(memberships.membership(nadia, exp).orElseThrow().isNamedInReports())
                .isFalse();
    }

    @Test
    void practitionersAndDecisionMakersAreNamedAnywayAndHaveNothingToChoose() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal practitioner = data.memberOfCollege(exp, College.PRACTITIONERS);
        mvc.perform(get("/experimentations/{id}/naming", exp).with(user(practitioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vous apparaissez avec votre nom")))
                .andExpect(content().string(not(containsString("name=\"named\""))));
        mvc.perform(post("/experimentations/{id}/naming", exp)
                        .param("named", "false")
                        .with(csrf())
                        .with(user(practitioner)))
                .andExpect(status().isConflict());
        AccountPrincipal committee = data.memberWithRole(exp, ExperimentationRole.COMMITTEE);
        mvc.perform(get("/experimentations/{id}", exp).with(user(committee)))
                .andExpect(content().string(containsString("/experimentations/" + exp + "/naming")));
    }

    @Test
    void membersWithoutACollegeAreToldWhyTheyAreNamedInFrenchAndEnglish() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        AccountPrincipal committee = data.memberWithRole(exp, ExperimentationRole.COMMITTEE);
        for (AccountPrincipal noCollege : new AccountPrincipal[] {s.carrier(), committee}) {
            mvc.perform(get("/experimentations/{id}/naming", exp).with(user(noCollege)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Vous n&#39;êtes dans aucun collège")))
                    .andExpect(content().string(containsString("vous apparaissez avec votre nom")))
                    .andExpect(content().string(containsString("Seules les personnes du collège")))
                    .andExpect(content().string(not(containsString("membres de votre collège"))))
                    .andExpect(content().string(not(containsString("name=\"named\""))));
            mvc.perform(get("/experimentations/{id}/naming", exp)
                            .param("lang", "en")
                            .with(user(noCollege)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("You are in no college")))
                    .andExpect(content().string(not(containsString("every member of your college"))));
        }
        // a carrier reads the same for another member without a college
        mvc.perform(get("/experimentations/{id}/members/{p}/naming", exp, committee.getPersonId())
                        .with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n&#39;est dans aucun collège")))
                .andExpect(content().string(not(containsString("membres de son collège"))));
        // a practitioner is still told they are named like every member of their college
        mvc.perform(get("/experimentations/{id}/naming", exp)
                        .with(user(data.memberOfCollege(exp, College.PRACTITIONERS))))
                .andExpect(content().string(containsString("comme tous les membres de votre collège")))
                .andExpect(content().string(not(containsString("aucun collège"))));
    }
}
