package coop.faireavec.participation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FaireAvecWebTest
class MembersWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    PeopleService people;

    private void addWithPassword(TestData.Scenario s, String username, String password, String expected)
            throws Exception {
        mvc.perform(post("/experimentations/{id}/members", s.experimentationId())
                        .with(user(s.carrier()))
                        .with(csrf())
                        .param("displayName", "Joël")
                        .param("college", "PRACTITIONERS")
                        .param("role", "PARTICIPANT")
                        .param("username", username)
                        .param("password", password))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(expected)))
                .andExpect(content().string(containsString("value=\"" + username + "\"")));
        assertThat(people.usernameTaken(username))
                .as("no account made with %s", password)
                .isFalse();
    }

    @Test
    void anAccountMadeOnTheMembersPageFollowsThePasswordPolicyOfInvitations() throws Exception {
        TestData.Scenario s = data.draftExperimentation();
        String username = TestData.unique("joel.dupont");
        addWithPassword(s, username, "password", "Ce mot de passe est trop connu");
        addWithPassword(s, username, "12345678", "Ce mot de passe est trop connu");
        addWithPassword(s, username, username, "Le mot de passe ne doit pas être votre nom d&#39;utilisateur.");
        addWithPassword(s, username, "", "Choisissez un mot de passe.");
        addWithPassword(s, username, "x".repeat(73), "Ce mot de passe est trop long");
    }

    @Test
    void noPathOfTheServiceStoresAPasswordThePolicyRefuses() {
        Person p = people.createPerson("Nadia", null, null);
        String username = TestData.unique("nadia.martin");
        assertThatThrownBy(() -> people.createAccount(p, username, "12345678", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(people.usernameTaken(username)).isFalse();
        people.createAccount(p, username, "une phrase assez longue", false);
        assertThatThrownBy(() -> people.resetPassword(p.getId(), username))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people.resetPassword(p.getId(), "password"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
