package coop.faireavec.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.security.AccountPrincipal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;

/** Drives the application through its web layer, as signed-in people would: used by end-to-end tests. */
public final class WebScenario {

    private final MockMvc mvc;

    public WebScenario(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** An administrator opens a territory and an experimentation; returns its id. */
    public long createExperimentation(AccountPrincipal admin, String title, String territory) throws Exception {
        String location = mvc.perform(post("/experimentations/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("title", title)
                        .param("newTerritoryName", territory)
                        .param("carrierOrganisation", "Collège coopératif")
                        .param("startDate", "2026-02-01")
                        .param("plannedEndDate", "2028-01-31")
                        .param("templateKey", "precarity-prevention"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The carrier adds a person with an account; returns the username. */
    public String addMember(AccountPrincipal carrier, long id, String name, String college, String role)
            throws Exception {
        String username =
                TestData.unique(name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ""));
        var request = post("/experimentations/{id}/members", id)
                .with(user(carrier))
                .with(csrf())
                .param("displayName", name)
                .param("role", role)
                .param("username", username)
                .param("password", TestData.PASSWORD);
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

    /** The ids of the open steps at that BPMN task key (e.g. {@code PeerSessions}) on the person's /tasks page. */
    public List<String> stepIds(AccountPrincipal who, String taskKey) throws Exception {
        String html = mvc.perform(get("/tasks").with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = new ArrayList<>();
        for (org.jsoup.nodes.Element a : org.jsoup.Jsoup.parse(html).select(".card.step h3 a[data-step-key]")) {
            if (taskKey.equals(a.attr("data-step-key"))) {
                ids.add(a.attr("href").substring("/tasks/".length()));
            }
        }
        return ids;
    }

    /** The id of the first open step at that BPMN task key for that person. */
    public String stepId(AccountPrincipal who, String taskKey) throws Exception {
        List<String> ids = stepIds(who, taskKey);
        assertThat(ids)
                .as("step '%s' listed for %s", taskKey, who.getUsername())
                .isNotEmpty();
        return ids.get(0);
    }

    /** Completes a step through its form; fields are name, value pairs (a name may repeat). */
    public void submit(AccountPrincipal who, String stepId, String... fields) throws Exception {
        var request = post("/tasks/{t}", stepId).with(user(who)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        // the confirmation page shows what was stored (or my steps, when the step stores nothing)
        String to = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(to).isIn("/tasks", "/tasks/done/" + stepId);
    }

    /** Opens the step at that task key for that person and completes it. */
    public void complete(AccountPrincipal who, String name, String... fields) throws Exception {
        submit(who, stepId(who, name), fields);
    }

    /** A carrier closes a step shared by every member (the call for leads, a vote, a validation), without reason. */
    public void close(AccountPrincipal carrier, String taskKey) throws Exception {
        close(carrier, taskKey, null);
    }

    /**
     * A carrier closes the shared step at that task key (a collective validation), with a reason or none; the
     * process moves on.
     */
    public void close(AccountPrincipal carrier, String taskKey, String reason) throws Exception {
        var request = post("/tasks/{t}/close", stepId(carrier, taskKey))
                .with(user(carrier))
                .with(csrf());
        if (reason != null) {
            request.param("reason", reason);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** The committee decides; asking for more, the comment is also its one request (part "other"). */
    public void review(AccountPrincipal committee, String stepName, boolean approved, String comment) throws Exception {
        var request = post("/tasks/{t}/review", stepId(committee, stepName))
                .with(user(committee))
                .with(csrf())
                .param("approved", String.valueOf(approved));
        if (comment != null) {
            request.param("comment", comment);
        }
        if (!approved) {
            request.param("requests[0].part", "OTHER").param("requests[0].what", comment == null ? "Plus" : comment);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** The committee asks for more with these requests: part (a {@code ReportPart} name), what, part, what… */
    public void askForMore(AccountPrincipal committee, String stepId, String... partsAndWhats) throws Exception {
        var request = post("/tasks/{t}/review", stepId)
                .with(user(committee))
                .with(csrf())
                .param("approved", "false");
        for (int i = 0; i < partsAndWhats.length; i += 2) {
            request.param("requests[" + (i / 2) + "].part", partsAndWhats[i])
                    .param("requests[" + (i / 2) + "].what", partsAndWhats[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    public void proposeLead(AccountPrincipal who, long id, String title) throws Exception {
        mvc.perform(post("/experimentations/{id}/leads", id)
                        .with(user(who))
                        .with(csrf())
                        .param("title", title)
                        .param("problem", "Ce qui bloque, dit par " + who.getUsername())
                        .param("change", "Proposée par " + who.getUsername()))
                .andExpect(status().is3xxRedirection());
    }

    /**
     * Records the meeting a BPMN meeting step asks for, through the web layer: the carrier plans it from the step
     * for yesterday (it took place: invitations and answers are closed, attendance and minutes open), ticks who
     * came, writes and sends the minutes, and one person of each college present validates them. If the
     * composition rule did not hold, the carrier says why. Returns the meeting id.
     */
    public long holdMeeting(
            AccountPrincipal carrier,
            long experimentationId,
            String stepName,
            String minutes,
            List<AccountPrincipal> present)
            throws Exception {
        return hold(
                carrier,
                experimentationId,
                stepName,
                minutes,
                present.stream().map(AccountPrincipal::getPersonId).toList(),
                (base, personId) -> {
                    AccountPrincipal p = present.stream()
                            .filter(x -> x.getPersonId() == personId)
                            .findFirst()
                            .orElseThrow();
                    // a second person of a college already validated gets 409: one per college is enough
                    int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                            base + "/minutes/validation")
                                    .with(user(p))
                                    .with(csrf())
                                    .param("approved", "true"))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    assertThat(status).as("validation by %s", p.getUsername()).isIn(302, 409);
                });
    }

    /**
     * Same, for people who may have no account: the carrier ticks them present and notes, for the first of each
     * college, that they agree with the minutes (given orally).
     */
    public long holdMeetingFor(
            AccountPrincipal carrier, long experimentationId, String stepName, String minutes, List<Long> presentIds)
            throws Exception {
        return hold(
                carrier,
                experimentationId,
                stepName,
                minutes,
                presentIds,
                (base, personId) ->
                        // a college someone already validated for answers 409: the next person of that college is not
                        // needed
                        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        base + "/minutes/validation")
                                .with(user(carrier))
                                .with(csrf())
                                .param("approved", "true")
                                .param("forPerson", String.valueOf(personId))
                                .param("consentKind", "ORAL")));
    }

    /** How one present person's agreement with the minutes is given, on the meeting at that path. */
    private interface Validation {
        void validate(String meetingPath, long personId) throws Exception;
    }

    private long hold(
            AccountPrincipal carrier,
            long experimentationId,
            String stepName,
            String minutes,
            List<Long> presentIds,
            Validation validation)
            throws Exception {
        String stepId = stepId(carrier, stepName);
        String kind = "KickOffMeeting".equals(stepName) ? "PLENARY" : "CROSSED_DISCUSSION";
        long meetingId = planMeeting(
                carrier,
                experimentationId,
                stepName,
                kind,
                stepId,
                java.time.LocalDate.now().minusDays(1).toString());
        String base = "/experimentations/" + experimentationId + "/meetings/" + meetingId;
        List<String> attendance = new ArrayList<>();
        presentIds.forEach(p -> {
            attendance.add("present");
            attendance.add(String.valueOf(p));
        });
        send(carrier, base + "/attendance", attendance.toArray(String[]::new));
        send(carrier, base + "/minutes", "body", minutes, "submit", "true");
        for (Long p : presentIds) {
            validation.validate(base, p);
        }
        String page = mvc.perform(get(base).with(user(carrier)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        if (page.contains(base + "/justification")) {
            send(
                    carrier,
                    base + "/justification",
                    "why",
                    "Tout le monde n'a pas pu venir ; le compte rendu a circulé.");
        }
        return meetingId;
    }

    /** Meetings planned by these scenarios take place three weeks from today, at 14:30. */
    public static final java.time.LocalDate MEETING_DAY =
            java.time.LocalDate.now().plusWeeks(3);

    /** The carrier plans a meeting (for a step when stepId is given) on {@link #MEETING_DAY}; returns its id. */
    public long planMeeting(AccountPrincipal carrier, long experimentationId, String title, String kind, String stepId)
            throws Exception {
        return planMeeting(carrier, experimentationId, title, kind, stepId, MEETING_DAY.toString());
    }

    /** The carrier plans a meeting on that day (yyyy-MM-dd) at 14:30; returns its id. */
    public long planMeeting(
            AccountPrincipal carrier, long experimentationId, String title, String kind, String stepId, String date)
            throws Exception {
        var request = post("/experimentations/{id}/meetings/new", experimentationId)
                .with(user(carrier))
                .with(csrf())
                .param("title", title)
                .param("kind", kind)
                .param("date", date)
                .param("time", "14:30")
                .param("durationMinutes", "120")
                .param("place", "Maison des associations, 2 rue de la Gare");
        if (stepId != null) {
            request.param("task", stepId);
        }
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Posts a form as that person and expects the usual redirect after success. */
    public String send(AccountPrincipal who, String path, String... fields) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(who))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
