package coop.faireavec.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.security.AccountPrincipal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;

/** Drives the application through its web layer, as signed-in people would: used by end-to-end tests. */
public final class WebScenario {

    private final MockMvc mvc;

    public WebScenario(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** An administrator opens a territory and an experimentation; returns its id. */
    public long createExperimentation(AccountPrincipal admin, String title, String territory) throws Exception {
        String location = mvc.perform(post("/experimentations/new").with(user(admin)).with(csrf())
                        .param("title", title).param("newTerritoryName", territory)
                        .param("carrierOrganisation", "Collège coopératif").param("startDate", "2026-02-01")
                        .param("plannedEndDate", "2028-01-31").param("templateKey", "precarity-prevention"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The carrier adds a person with an account; returns the username. */
    public String addMember(AccountPrincipal carrier, long id, String name, String college, String role) throws Exception {
        String username = TestData.unique(name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ""));
        var request = post("/experimentations/{id}/members", id).with(user(carrier)).with(csrf())
                .param("displayName", name).param("role", role)
                .param("username", username).param("password", TestData.PASSWORD);
        if (college != null) {
            request.param("college", college);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return username;
    }

    public void start(AccountPrincipal carrier, long id) throws Exception {
        mvc.perform(post("/experimentations/{id}/start", id).with(user(carrier)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /** Opens the step of that name from the person's /tasks page and returns its id. */
    public String stepId(AccountPrincipal who, String name) throws Exception {
        String html = mvc.perform(get("/tasks").with(user(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("href=\"/tasks/([0-9a-f-]+)\">" + Pattern.quote(name) + "<").matcher(html);
        assertThat(m.find()).as("step '%s' listed for %s", name, who.getUsername()).isTrue();
        return m.group(1);
    }

    public void closePhase(AccountPrincipal carrier) throws Exception {
        mvc.perform(post("/tasks/{t}/close-phase", stepId(carrier, "Clore la phase")).with(user(carrier)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    public void review(AccountPrincipal committee, String stepName, boolean approved, String comment) throws Exception {
        var request = post("/tasks/{t}/review", stepId(committee, stepName)).with(user(committee)).with(csrf())
                .param("approved", String.valueOf(approved));
        if (comment != null) {
            request.param("comment", comment);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
