package coop.faireavec.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.security.AccountPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

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

    /** The ids of the open steps of that name on the person's /tasks page. */
    public List<String> stepIds(AccountPrincipal who, String name) throws Exception {
        String html = mvc.perform(get("/tasks").with(user(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("href=\"/tasks/([0-9a-f-]+)\">" + Pattern.quote(HtmlUtils.htmlEscape(name, "UTF-8")) + "<")
                .matcher(html);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The id of the first open step of that name for that person. */
    public String stepId(AccountPrincipal who, String name) throws Exception {
        List<String> ids = stepIds(who, name);
        assertThat(ids).as("step '%s' listed for %s", name, who.getUsername()).isNotEmpty();
        return ids.get(0);
    }

    /** Completes a step through its form; fields are name, value pairs (a name may repeat). */
    public void submit(AccountPrincipal who, String stepId, String... fields) throws Exception {
        var request = post("/tasks/{t}", stepId).with(user(who)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        // the confirmation page shows what was stored (or my steps, when the step stores nothing)
        String to = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(to).isIn("/tasks", "/tasks/done/" + stepId);
    }

    /** Opens the step of that name for that person and completes it. */
    public void complete(AccountPrincipal who, String name, String... fields) throws Exception {
        submit(who, stepId(who, name), fields);
    }

    public void review(AccountPrincipal committee, String stepName, boolean approved, String comment) throws Exception {
        var request = post("/tasks/{t}/review", stepId(committee, stepName)).with(user(committee)).with(csrf())
                .param("approved", String.valueOf(approved));
        if (comment != null) {
            request.param("comment", comment);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    public void proposeLead(AccountPrincipal who, long id, String title) throws Exception {
        mvc.perform(post("/experimentations/{id}/leads", id).with(user(who)).with(csrf()).param("title", title)
                .param("description", "Proposée par " + who.getUsername())).andExpect(status().is3xxRedirection());
    }
}
