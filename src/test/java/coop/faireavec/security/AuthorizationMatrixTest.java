package coop.faireavec.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import java.util.*;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps must have a rule here, and every rule is checked for real: anonymous,
 * member of another experimentation, member of this one without the role, and the allowed person.
 * A new endpoint with no rule fails the build.
 */
@FaireAvecWebTest
class AuthorizationMatrixTest {

    enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Any signed-in person; the page shows only their own things. */
        SIGNED_IN,
        /** A member of this experimentation, any role. */
        MEMBER,
        /** A carrier of this experimentation. */
        CARRIER,
        /** An administrator, or a carrier of some experimentation (for their territories). */
        CREATOR,
        /** Someone the step is offered to (through their college or role in that experimentation). */
        STEP_CANDIDATE,
        /** The person a notification was sent to. */
        OWN_NOTIFICATION,
        /** The author of a contribution (said in a meeting), or a carrier of its experimentation. */
        OWN_CONTRIBUTION,
        /** A platform administrator only (the administration area, /admin). */
        ADMIN
    }

    static final Map<String, Access> RULES = Map.ofEntries(
            Map.entry("GET /login", Access.PUBLIC),
            Map.entry("ANY /error", Access.PUBLIC),
            Map.entry("GET /", Access.SIGNED_IN),
            Map.entry("POST /session/keepalive", Access.SIGNED_IN),
            Map.entry("GET /tasks", Access.SIGNED_IN),
            Map.entry("GET /tasks/{taskId}", Access.STEP_CANDIDATE),
            Map.entry("POST /tasks/{taskId}", Access.STEP_CANDIDATE),
            Map.entry("POST /tasks/{taskId}/review", Access.STEP_CANDIDATE),
            // claim: only someone the step is offered to; give back: the holder or a carrier (here the carrier)
            Map.entry("POST /tasks/{taskId}/claim", Access.STEP_CANDIDATE),
            Map.entry("POST /tasks/{taskId}/unclaim", Access.STEP_CANDIDATE),
            Map.entry("GET /tasks/done/{doneTaskId}", Access.MEMBER),
            Map.entry("GET /experimentations/new", Access.CREATOR),
            Map.entry("POST /experimentations/new", Access.CREATOR),
            Map.entry("GET /experimentations/{id}", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/start", Access.CARRIER),
            // the XML and states bpmn-js draws on the experimentation page
            Map.entry("GET /experimentations/{id}/process", Access.MEMBER),
            Map.entry("GET /experimentations/{id}/members", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/members", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/members/existing", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/leads", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/leads", Access.MEMBER),
            Map.entry("GET /experimentations/{id}/settings", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/settings", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/meeting-rules", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meeting-rules", Access.CARRIER),
            Map.entry("POST /notifications/{id}/read", Access.OWN_NOTIFICATION),
            Map.entry("POST /experimentations/{id}/members/{personId}/invitation", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/members/{personId}/record-for-others", Access.CARRIER),
            Map.entry("GET /me/contributions", Access.SIGNED_IN),
            Map.entry("POST /experimentations/{id}/members/{personId}/invitation/email", Access.CARRIER),
            Map.entry("GET /invitation", Access.PUBLIC),
            Map.entry("POST /invitation", Access.PUBLIC),
            Map.entry("GET /experimentations/{id}/meetings", Access.MEMBER),
            Map.entry("GET /experimentations/{id}/meetings/new", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/new", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/link-step", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}", Access.MEMBER),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/edit", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/edit", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/cancel", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/calendar.ics", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/invitations", Access.CARRIER),
            // an invitee answers (the participant here is invited); the carrier may note it for them
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/reply", Access.MEMBER),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/attendance", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/attendance", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/attendance/new-person", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/contributions", Access.MEMBER),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/contributions/{contributionId}", Access.OWN_CONTRIBUTION),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/contributions/{contributionId}", Access.OWN_CONTRIBUTION),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/minutes", Access.MEMBER),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/minutes/edit", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/minutes", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/minutes/submit", Access.CARRIER),
            // someone of a college present answers; the service checks presence (MeetingWebTest)
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/minutes/validation", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/minutes/new-version", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/justification", Access.CARRIER),
            // the administration area (issue #11): platform administrators only
            Map.entry("GET /admin", Access.ADMIN),
            Map.entry("GET /admin/audit", Access.ADMIN),
            Map.entry("GET /admin/experimentations", Access.ADMIN),
            Map.entry("GET /admin/platform", Access.ADMIN),
            Map.entry("POST /admin/platform/test-mail", Access.ADMIN),
            Map.entry("GET /admin/territories", Access.ADMIN),
            Map.entry("POST /admin/territories", Access.ADMIN),
            Map.entry("GET /admin/territories/{territoryId}", Access.ADMIN),
            Map.entry("POST /admin/territories/{territoryId}", Access.ADMIN),
            Map.entry("POST /admin/territories/{territoryId}/archive", Access.ADMIN),
            Map.entry("GET /admin/people", Access.ADMIN),
            Map.entry("GET /admin/people/{personId}", Access.ADMIN),
            Map.entry("POST /admin/people/{personId}/enabled", Access.ADMIN),
            Map.entry("POST /admin/people/{personId}/admin", Access.ADMIN),
            Map.entry("POST /admin/people/{personId}/invitation", Access.ADMIN),
            Map.entry("POST /admin/people/{personId}/merge", Access.ADMIN));

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    @Test
    void everyMappedEndpointHasARuleAndEveryRuleAnEndpoint() {
        Set<String> mapped = mappedEndpoints();
        assertThat(mapped).as("endpoints without an access rule").allSatisfy(e -> assertThat(RULES).containsKey(e));
        assertThat(RULES.keySet()).as("rules for endpoints that no longer exist").allSatisfy(r -> assertThat(mapped).contains(r));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHoldsForEveryKindOfVisitor() {
        return RULES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(rule -> DynamicTest.dynamicTest(rule.getKey() + " is " + rule.getValue(),
                        () -> check(rule.getKey(), rule.getValue())));
    }

    private void check(String endpoint, Access access) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        TestData.Scenario mine = data.runningExperimentation();
        TestData.Scenario other = data.runningExperimentation();
        long id = mine.experimentationId();
        String stepId = new WebScenario(mvc).stepId(mine.carrier(), "Tenir la rencontre de lancement (tous les collèges)");
        if (pattern.contains("{doneTaskId}")) {
            // a completed step: the carrier holds the kick-off meeting
            new WebScenario(mvc).holdMeeting(mine.carrier(), id, "Tenir la rencontre de lancement (tous les collèges)",
                    "Compte rendu", data.collegeMembers(id));
            pattern = pattern.replace("{doneTaskId}", stepId);
        }
        AccountPrincipal outsider = other.carrier();
        AccountPrincipal participant = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        if (pattern.contains("{meetingId}")) {
            TestData.MeetingFixture meeting = data.meetingWithWords(mine, participant);
            pattern = pattern.replace("{meetingId}", String.valueOf(meeting.meetingId()))
                    .replace("{contributionId}", String.valueOf(meeting.contributionId()));
        }
        AccountPrincipal committee = data.memberWithRole(id, ExperimentationRole.COMMITTEE);
        String path = pattern.replace("{taskId}", stepId)
                .replace("{territoryId}", String.valueOf(mine.territoryId()))
                .replace("{personId}", String.valueOf(participant.getPersonId()))
                .replace("{id}", String.valueOf(access == Access.OWN_NOTIFICATION
                        ? data.notificationFor(mine.carrier(), id) : id));
        HttpMethod httpMethod = method.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(method);

        MockHttpServletResponse anonymous = perform(httpMethod, path, null);
        if (access == Access.PUBLIC) {
            assertAllowed(anonymous, endpoint + " anonymous");
            return;
        }
        assertThat(isSignInRedirect(anonymous) || anonymous.getStatus() == 403)
                .as("%s refuses anonymous visitors (status %s)", endpoint, anonymous.getStatus()).isTrue();

        switch (access) {
            case SIGNED_IN -> assertAllowed(perform(httpMethod, path, participant), endpoint + " signed in");
            case MEMBER -> {
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " member of another experimentation");
                assertAllowed(perform(httpMethod, path, participant), endpoint + " participant");
            }
            case CARRIER -> {
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " carrier of another experimentation");
                assertForbidden(perform(httpMethod, path, participant), endpoint + " participant");
                assertForbidden(perform(httpMethod, path, committee), endpoint + " committee member");
                assertAllowed(perform(httpMethod, path, mine.carrier()), endpoint + " carrier");
            }
            case CREATOR -> {
                assertForbidden(perform(httpMethod, path, participant), endpoint + " participant only");
                assertAllowed(perform(httpMethod, path, mine.carrier()), endpoint + " carrier");
            }
            case STEP_CANDIDATE -> {
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " carrier of another experimentation");
                assertForbidden(perform(httpMethod, path, participant), endpoint + " participant (not offered)");
                assertForbidden(perform(httpMethod, path, committee), endpoint + " committee (not offered)");
                assertAllowed(perform(httpMethod, path, mine.carrier()), endpoint + " carrier (offered)");
            }
            case OWN_NOTIFICATION -> {
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " someone else");
                assertForbidden(perform(httpMethod, path, participant), endpoint + " someone else of the same experimentation");
                assertAllowed(perform(httpMethod, path, mine.carrier()), endpoint + " the person notified");
            }
            case OWN_CONTRIBUTION -> {
                AccountPrincipal otherParticipant = data.memberOfCollege(id, College.PRACTITIONERS);
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " carrier of another experimentation");
                assertForbidden(perform(httpMethod, path, otherParticipant), endpoint + " another participant");
                assertForbidden(perform(httpMethod, path, committee), endpoint + " committee member");
                assertAllowed(perform(httpMethod, path, participant), endpoint + " its author");
                assertAllowed(perform(httpMethod, path, mine.carrier()), endpoint + " carrier");
            }
            case ADMIN -> {
                assertForbidden(perform(httpMethod, path, participant), endpoint + " participant");
                assertForbidden(perform(httpMethod, path, committee), endpoint + " committee member");
                assertForbidden(perform(httpMethod, path, mine.carrier()), endpoint + " carrier");
                assertAllowed(perform(httpMethod, path, data.admin()), endpoint + " platform administrator");
            }
            default -> throw new IllegalStateException("unchecked access kind " + access);
        }
    }

    private MockHttpServletResponse perform(HttpMethod method, String path, AccountPrincipal who) throws Exception {
        MockHttpServletRequestBuilder request = request(method, path);
        if (method != HttpMethod.GET) {
            request.with(csrf());
        }
        if (who != null) {
            request.with(user(who));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean isSignInRedirect(MockHttpServletResponse r) {
        return r.getStatus() == 302 && r.getRedirectedUrl() != null && r.getRedirectedUrl().endsWith("/login");
    }

    private static void assertForbidden(MockHttpServletResponse r, String who) {
        assertThat(r.getStatus()).as("%s must be refused", who).isEqualTo(403);
    }

    private static void assertAllowed(MockHttpServletResponse r, String who) {
        assertThat(r.getStatus()).as("%s must be let through", who).isNotIn(401, 403);
        assertThat(isSignInRedirect(r)).as("%s must not be sent to sign in", who).isFalse();
    }
}
