package coop.faireavec.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.report.ReportService;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import coop.faireavec.support.WebScenario;
import coop.faireavec.task.StepService;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * The allowed person must get exactly the answer {@link #EXPECTED} names for that endpoint (a page, or a redirect to
 * the right place, or the plain refusal of an empty or out-of-state request, which shows the request reached the
 * feature), so a page that breaks for the people allowed to see it fails here too.
 * A new endpoint with no rule or no expected answer fails the build.
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
        ADMIN,
        /** The experimentation's committee members, carriers and administrators (its reports, its funding). */
        COMMITTEE_OR_CARRIER,
        /** A member of an experimentation on the territory (its directory of local actors), or an administrator. */
        TERRITORY_MEMBER,
        /** A carrier of an experimentation on the territory (changes its directory), or an administrator. */
        TERRITORY_CARRIER
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
            Map.entry("POST /tasks/{taskId}/close", Access.CARRIER),
            Map.entry("POST /tasks/{taskId}/extend", Access.CARRIER),
            Map.entry("GET /tasks/done/{doneTaskId}", Access.MEMBER),
            Map.entry("GET /experimentations/new", Access.CREATOR),
            Map.entry("POST /experimentations/new", Access.CREATOR),
            Map.entry("GET /experimentations/{id}", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/start", Access.CARRIER),
            // the XML and states bpmn-js draws on the experimentation page
            Map.entry("GET /experimentations/{id}/process", Access.MEMBER),
            // correcting an experimentation: a carrier of THAT experimentation, or an administrator
            Map.entry("GET /experimentations/{id}/edit", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/edit", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/members", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/members", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/members/existing", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/leads", Access.MEMBER),
            Map.entry("GET /experimentations/{id}/votes", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/leads", Access.MEMBER),
            // one lead (issue #13): members support and comment; its author withdraws; carriers merge and hide
            Map.entry("GET /experimentations/{id}/leads/{leadId}", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/leads/{leadId}/support", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/leads/{leadId}/comments", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/leads/{leadId}/withdraw", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/leads/{leadId}/merge", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/leads/{leadId}/hide", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/leads/{leadId}/comments/{commentId}/hide", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/settings", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/settings", Access.CARRIER),
            // the links between the experimentation's organisations and the directory (issue #17, point 1)
            Map.entry("GET /experimentations/{id}/directory-links", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/directory-links", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/settings/retention", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/meeting-rules", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meeting-rules", Access.CARRIER),
            // equal-footing rules (decision module): every member reads them, the carrier changes them
            Map.entry("GET /experimentations/{id}/decision-rules", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/decision-rules", Access.CARRIER),
            Map.entry("POST /notifications/{id}/read", Access.OWN_NOTIFICATION),
            Map.entry("POST /experimentations/{id}/members/{personId}/invitation", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/members/{personId}/record-for-others", Access.CARRIER),
            Map.entry("GET /me/contributions", Access.SIGNED_IN),
            Map.entry("GET /experimentations/{id}/naming", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/naming", Access.MEMBER),
            Map.entry("GET /experimentations/{id}/members/{personId}/naming", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/members/{personId}/naming", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/members/{personId}/contributions", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/contributions/{contributionId}", Access.OWN_CONTRIBUTION),
            Map.entry("POST /experimentations/{id}/contributions/{contributionId}/correct", Access.OWN_CONTRIBUTION),
            Map.entry("POST /experimentations/{id}/contributions/{contributionId}/withdraw", Access.OWN_CONTRIBUTION),
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
            Map.entry(
                    "GET /experimentations/{id}/meetings/{meetingId}/contributions/{contributionId}",
                    Access.OWN_CONTRIBUTION),
            Map.entry(
                    "POST /experimentations/{id}/meetings/{meetingId}/contributions/{contributionId}",
                    Access.OWN_CONTRIBUTION),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/minutes", Access.MEMBER),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/minutes/edit", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/minutes", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/minutes/submit", Access.CARRIER),
            // someone of a college present answers; the service checks presence (MeetingWebTest)
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/minutes/validation", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/minutes/new-version", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/justification", Access.CARRIER),
            // first administrator: public while there is none (a 404 page here, where administrators exist)
            Map.entry("GET /setup", Access.PUBLIC),
            Map.entry("POST /setup", Access.PUBLIC),
            // forgotten password: public; the same answer for known and unknown addresses
            Map.entry("GET /password/forgotten", Access.PUBLIC),
            Map.entry("POST /password/forgotten", Access.PUBLIC),
            Map.entry("GET /password/forgotten/sent", Access.PUBLIC),
            Map.entry("GET /password/reset", Access.PUBLIC),
            Map.entry("POST /password/reset", Access.PUBLIC),
            // the administration area (issue #11): platform administrators only
            Map.entry("GET /admin", Access.ADMIN),
            Map.entry("GET /admin/audit", Access.ADMIN),
            Map.entry("GET /admin/audit/export", Access.ADMIN),
            // a person's own password (issue #16, point 3)
            Map.entry("GET /me/password", Access.SIGNED_IN),
            Map.entry("POST /me/password", Access.SIGNED_IN),
            Map.entry("GET /admin/experimentations", Access.ADMIN),
            Map.entry("GET /admin/platform", Access.ADMIN),
            Map.entry("POST /admin/platform/test-mail", Access.ADMIN),
            // issue #16: the public notices, the person's own mail preferences, the one-click unsubscribe of mails
            Map.entry("POST /admin/platform/privacy", Access.ADMIN),
            Map.entry("GET /privacy", Access.PUBLIC),
            Map.entry("GET /accessibility", Access.PUBLIC),
            Map.entry("GET /legal", Access.PUBLIC),
            Map.entry("GET /me/preferences", Access.SIGNED_IN),
            Map.entry("POST /me/preferences", Access.SIGNED_IN),
            // a carrier notes a member's mail preferences at their request (the history names the carrier)
            Map.entry("GET /experimentations/{id}/members/{personId}/preferences", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/members/{personId}/preferences", Access.CARRIER),
            Map.entry("GET /unsubscribe/{token}", Access.PUBLIC),
            Map.entry("POST /unsubscribe/{token}", Access.PUBLIC),
            Map.entry("GET /admin/mails", Access.ADMIN),
            Map.entry("POST /admin/mails/{mailId}/send-again", Access.ADMIN),
            Map.entry("GET /admin/operations", Access.ADMIN),
            Map.entry("POST /admin/operations/jobs/{jobId}/retry", Access.ADMIN),
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
            Map.entry("POST /admin/people/{personId}/merge", Access.ADMIN),
            // two-factor sign-in (issue #16, point 2): the code step is public but answers only a session waiting for
            // it
            Map.entry("GET /login/two-factor", Access.PUBLIC),
            Map.entry("POST /login/two-factor", Access.PUBLIC),
            Map.entry("POST /login/two-factor/cancel", Access.PUBLIC),
            Map.entry("GET /me/security/two-factor", Access.SIGNED_IN),
            Map.entry("POST /me/security/two-factor", Access.SIGNED_IN),
            Map.entry("POST /me/security/two-factor/recovery-codes", Access.SIGNED_IN),
            Map.entry("POST /me/security/two-factor/disable", Access.SIGNED_IN),
            Map.entry("POST /me/security/two-factor/later", Access.SIGNED_IN),
            Map.entry("POST /admin/people/{personId}/two-factor/reset", Access.ADMIN),
            // reports (issue #12): the committee, carriers and administrators read them; carriers ask for a version
            Map.entry("GET /experimentations/{id}/reports", Access.COMMITTEE_OR_CARRIER),
            Map.entry("GET /experimentations/{id}/reports/phase-{n}", Access.COMMITTEE_OR_CARRIER),
            Map.entry("GET /experimentations/{id}/reports/phase-{n}.xlsx", Access.COMMITTEE_OR_CARRIER),
            Map.entry("GET /experimentations/{id}/reports/phase-{n}/v{k}.xlsx", Access.COMMITTEE_OR_CARRIER),
            Map.entry("GET /experimentations/{id}/reports/experimentation.xlsx", Access.COMMITTEE_OR_CARRIER),
            Map.entry("POST /experimentations/{id}/reports/phase-{n}/regenerate", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/reports/experimentation/regenerate", Access.CARRIER),
            // the funding (issue #12): the committee reads, the carrier records; {itemId} is a real item of its kind
            Map.entry("GET /experimentations/{id}/funding", Access.COMMITTEE_OR_CARRIER),
            Map.entry("POST /experimentations/{id}/funding/hourly-value", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/funding/funders/new", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/funding/funders/new", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/funding/funders/{itemId}", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/funding/funders/{itemId}", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/funding/funders/{itemId}/delete", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/funding/grants/new", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/funding/grants/new", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/funding/grants/{itemId}", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/funding/grants/{itemId}", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/funding/grants/{itemId}/delete", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/funding/lines/new", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/funding/lines/new", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/funding/lines/{itemId}", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/funding/lines/{itemId}", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/funding/lines/{itemId}/delete", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/funding/spending/new", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/funding/spending/new", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/funding/spending/{itemId}", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/funding/spending/{itemId}", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/funding/spending/{itemId}/delete", Access.CARRIER),
            // the committee's decisions (issue 12): its committee, its carriers, administrators
            Map.entry("GET /experimentations/{id}/decisions", Access.COMMITTEE_OR_CARRIER),
            // a phase's results given back to every member
            Map.entry("GET /experimentations/{id}/results/phase-{number}", Access.MEMBER),
            // experiments (issue 13): every member reads them; observations are the team's (the participant is in
            // the team; a member outside it is refused in ExperimentsWebTest)
            Map.entry("GET /experimentations/{id}/experiments", Access.MEMBER),
            Map.entry("GET /experimentations/{id}/experiments/{experimentId}", Access.MEMBER),
            Map.entry("POST /experimentations/{id}/experiments/{experimentId}/observations", Access.MEMBER),
            // a person's rights (issue 16, point 9): their own data; a carrier downloads a member's; admins erase
            Map.entry("GET /me/data", Access.SIGNED_IN),
            Map.entry("GET /me/data.json", Access.SIGNED_IN),
            Map.entry("GET /me/data.xlsx", Access.SIGNED_IN),
            Map.entry("POST /me/data/erase", Access.SIGNED_IN),
            Map.entry("GET /experimentations/{id}/members/{personId}/data.json", Access.CARRIER),
            Map.entry("GET /experimentations/{id}/members/{personId}/data.xlsx", Access.CARRIER),
            Map.entry("GET /admin/people/{personId}/erase", Access.ADMIN),
            Map.entry("POST /admin/people/{personId}/erase", Access.ADMIN),
            // the directory of local actors (issue #17): members on the territory read, its carriers change it;
            // {structureId} and {serviceId} are an organisation and its service of the territory (TestData)
            Map.entry("GET /directory/{territoryId}", Access.TERRITORY_MEMBER),
            Map.entry("GET /directory/{territoryId}/map", Access.TERRITORY_MEMBER),
            Map.entry("GET /directory/{territoryId}/structures/{structureId}", Access.TERRITORY_MEMBER),
            Map.entry("GET /directory/{territoryId}/structures/new", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/structures/new", Access.TERRITORY_CARRIER),
            Map.entry("GET /directory/{territoryId}/structures/{structureId}/edit", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/structures/{structureId}/edit", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/structures/{structureId}/verify", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/structures/{structureId}/archive", Access.TERRITORY_CARRIER),
            Map.entry("GET /directory/{territoryId}/structures/{structureId}/services/new", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/structures/{structureId}/services/new", Access.TERRITORY_CARRIER),
            Map.entry("GET /directory/{territoryId}/services/{serviceId}/edit", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/services/{serviceId}/edit", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/services/{serviceId}/verify", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/services/{serviceId}/archive", Access.TERRITORY_CARRIER),
            // import and export (issue #17, point 4): members download, carriers import
            Map.entry("GET /directory/{territoryId}/export.json", Access.TERRITORY_MEMBER),
            Map.entry("GET /directory/{territoryId}/export.xlsx", Access.TERRITORY_MEMBER),
            Map.entry("GET /directory/{territoryId}/import", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/import", Access.TERRITORY_CARRIER),
            Map.entry("GET /directory/{territoryId}/import/template.xlsx", Access.TERRITORY_CARRIER),
            Map.entry("GET /directory/{territoryId}/import/{previewId}", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/import/{previewId}", Access.TERRITORY_CARRIER),
            // its correspondents (members on the territory see them; carriers appoint) and the upkeep round (its
            // correspondents, and carriers who see everyone's; a participant who is no correspondent: 403)
            Map.entry("GET /directory/{territoryId}/correspondents", Access.TERRITORY_MEMBER),
            Map.entry("POST /directory/{territoryId}/correspondents", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/correspondents/{personId}/end", Access.TERRITORY_CARRIER),
            Map.entry("GET /directory/{territoryId}/round", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/round/confirm", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/round/archive", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/round/finish", Access.TERRITORY_CARRIER),
            // archived organisations and putting one back (carriers, correspondents, admins)
            Map.entry("GET /directory/{territoryId}/archived", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/structures/{structureId}/restore", Access.TERRITORY_CARRIER),
            // a published directory: anyone, signed in or not (unpublished: 404, PublicDirectoryTest)
            Map.entry("GET /territories/{slug}/directory", Access.PUBLIC),
            Map.entry("GET /territories/{slug}/directory/map", Access.PUBLIC),
            Map.entry("GET /territories/{slug}/directory/structures/{structureId}", Access.PUBLIC),
            Map.entry("GET /territories/{slug}/directory/export.json", Access.PUBLIC),
            Map.entry("GET /territories/{slug}/directory/export.xlsx", Access.PUBLIC),
            Map.entry("POST /admin/territories/{territoryId}/directory", Access.ADMIN),
            // monographs of local initiatives (issue #17, point 3): members read the published ones (drafts are the
            // writers': MonographPagesTest); correspondents and carriers write; carriers publish (correspondents
            // cannot: MonographPagesTest); the public directory shows the published ones; carriers cite them
            Map.entry("GET /directory/{territoryId}/monographs", Access.TERRITORY_MEMBER),
            Map.entry("GET /directory/{territoryId}/monographs/new", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/monographs/new", Access.TERRITORY_CARRIER),
            Map.entry("GET /directory/{territoryId}/monographs/{monographId}", Access.TERRITORY_MEMBER),
            Map.entry("GET /directory/{territoryId}/monographs/{monographId}/edit", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/monographs/{monographId}/edit", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/monographs/{monographId}/publish", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/monographs/{monographId}/unpublish", Access.TERRITORY_CARRIER),
            Map.entry("GET /directory/{territoryId}/monographs/{monographId}/photos/new", Access.TERRITORY_CARRIER),
            Map.entry("POST /directory/{territoryId}/monographs/{monographId}/photos/new", Access.TERRITORY_CARRIER),
            Map.entry(
                    "POST /directory/{territoryId}/monographs/{monographId}/photos/{photoId}/remove",
                    Access.TERRITORY_CARRIER),
            Map.entry(
                    "GET /directory/{territoryId}/monographs/{monographId}/photos/{photoId}", Access.TERRITORY_MEMBER),
            Map.entry("GET /territories/{slug}/directory/monographs", Access.PUBLIC),
            Map.entry("GET /territories/{slug}/directory/monographs/{monographId}", Access.PUBLIC),
            Map.entry("GET /territories/{slug}/directory/monographs/{monographId}/photos/{photoId}", Access.PUBLIC),
            Map.entry("GET /experimentations/{id}/citations/new", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/citations/new", Access.CARRIER),
            Map.entry("POST /experimentations/{id}/citations/{citationId}/remove", Access.CARRIER));

    /**
     * Meeting actions that fit only a meeting that has not started (h2's meeting times): these run on a coming
     * meeting the participant is invited to; every other meeting endpoint runs on a meeting held in the past, where
     * the participant was present and spoke.
     */
    static final Set<String> BEFORE_THE_MEETING = Set.of(
            "GET /experimentations/{id}/meetings/{meetingId}/edit",
            "POST /experimentations/{id}/meetings/{meetingId}/edit",
            "POST /experimentations/{id}/meetings/{meetingId}/cancel",
            "POST /experimentations/{id}/meetings/{meetingId}/invitations",
            "POST /experimentations/{id}/meetings/{meetingId}/reply");

    /**
     * What the allowed person gets for the request this test sends: no form fields (a POST re-shows its form with
     * what is missing, 200), on a running experimentation in phase 1 whose kick-off step is open and not claimed,
     * and a meeting at a time that fits the action ({@link #BEFORE_THE_MEETING}).
     * A redirect is compared in full after putting the ids in ({id}, {meetingId}).
     */
    record Answer(int status, String redirectTo) {

        static Answer page() {
            return new Answer(200, null);
        }

        static Answer redirect(String to) {
            return new Answer(302, to);
        }

        static Answer status(int status) {
            return new Answer(status, null);
        }
    }

    static final Map<String, Answer> EXPECTED = Map.ofEntries(
            Map.entry("GET /login", Answer.page()),
            // opened directly, with no error to show: the 404 page (ErrorPageController), never a 500
            Map.entry("ANY /error", Answer.status(404)),
            Map.entry("GET /", Answer.page()),
            Map.entry("POST /session/keepalive", Answer.status(204)),
            Map.entry("GET /tasks", Answer.page()),
            Map.entry("GET /tasks/{taskId}", Answer.page()),
            // the kick-off step is completed by holding its meeting, not through the step form
            Map.entry("POST /tasks/{taskId}", Answer.status(409)),
            // the same handler as POST /tasks/{taskId} (the committee's old address): the same answer for this step
            Map.entry("POST /tasks/{taskId}/review", Answer.status(409)),
            Map.entry("POST /tasks/{taskId}/claim", Answer.redirect("/tasks")),
            Map.entry("POST /tasks/{taskId}/unclaim", Answer.redirect("/tasks")),
            // the kick-off step is not shared by every member: it is not closed or extended this way
            Map.entry("POST /tasks/{taskId}/close", Answer.status(409)),
            Map.entry("POST /tasks/{taskId}/extend", Answer.status(409)),
            Map.entry("GET /tasks/done/{doneTaskId}", Answer.page()),
            Map.entry("GET /experimentations/new", Answer.page()),
            Map.entry("POST /experimentations/new", Answer.page()),
            Map.entry("GET /experimentations/{id}", Answer.page()),
            // already started
            Map.entry("POST /experimentations/{id}/start", Answer.status(409)),
            Map.entry("GET /experimentations/{id}/process", Answer.page()),
            Map.entry("GET /experimentations/{id}/edit", Answer.page()),
            // started: only the description is sent, and an empty one is saved as none
            Map.entry("POST /experimentations/{id}/edit", Answer.redirect("/experimentations/{id}")),
            Map.entry("GET /experimentations/{id}/members", Answer.page()),
            Map.entry("POST /experimentations/{id}/members", Answer.page()),
            Map.entry("POST /experimentations/{id}/members/existing", Answer.page()),
            Map.entry("GET /experimentations/{id}/leads", Answer.page()),
            // before any vote: the page saying the vote has not started
            Map.entry("GET /experimentations/{id}/votes", Answer.page()),
            Map.entry("POST /experimentations/{id}/leads", Answer.page()),
            Map.entry("GET /experimentations/{id}/leads/{leadId}", Answer.page()),
            Map.entry(
                    "POST /experimentations/{id}/leads/{leadId}/support",
                    Answer.redirect("/experimentations/{id}/leads/{leadId}")),
            Map.entry("POST /experimentations/{id}/leads/{leadId}/comments", Answer.page()),
            // the participant is the lead's author; in phase 1 the call for leads is not open
            Map.entry("POST /experimentations/{id}/leads/{leadId}/withdraw", Answer.status(409)),
            Map.entry("POST /experimentations/{id}/leads/{leadId}/merge", Answer.page()),
            Map.entry("POST /experimentations/{id}/leads/{leadId}/hide", Answer.page()),
            Map.entry("POST /experimentations/{id}/leads/{leadId}/comments/{commentId}/hide", Answer.page()),
            Map.entry("GET /experimentations/{id}/settings", Answer.page()),
            Map.entry("POST /experimentations/{id}/settings", Answer.page()),
            Map.entry("GET /experimentations/{id}/directory-links", Answer.page()),
            // nothing sent: no organisation of the experimentation has that (empty) name
            Map.entry("POST /experimentations/{id}/directory-links", Answer.status(404)),
            Map.entry("POST /experimentations/{id}/settings/retention", Answer.page()),
            Map.entry("GET /experimentations/{id}/meeting-rules", Answer.page()),
            Map.entry(
                    "POST /experimentations/{id}/meeting-rules",
                    Answer.redirect("/experimentations/{id}/meeting-rules")),
            Map.entry("GET /experimentations/{id}/decision-rules", Answer.page()),
            // nothing sent: every field is missing, the page comes back with its messages
            Map.entry("POST /experimentations/{id}/decision-rules", Answer.page()),
            // the carrier's own message: no link, back to the dashboard
            Map.entry("POST /notifications/{id}/read", Answer.redirect("/")),
            Map.entry("POST /experimentations/{id}/members/{personId}/invitation", Answer.page()),
            // the participant is not a practitioner: only practitioners may record for others
            Map.entry("POST /experimentations/{id}/members/{personId}/record-for-others", Answer.status(400)),
            Map.entry("GET /me/contributions", Answer.page()),
            // the consent and withdrawal forms sent empty are shown again with what is missing
            Map.entry("GET /experimentations/{id}/naming", Answer.page()),
            Map.entry("POST /experimentations/{id}/naming", Answer.page()),
            Map.entry("GET /experimentations/{id}/members/{personId}/naming", Answer.page()),
            Map.entry("POST /experimentations/{id}/members/{personId}/naming", Answer.page()),
            Map.entry("GET /experimentations/{id}/members/{personId}/contributions", Answer.page()),
            Map.entry("GET /experimentations/{id}/contributions/{contributionId}", Answer.page()),
            Map.entry("POST /experimentations/{id}/contributions/{contributionId}/correct", Answer.page()),
            Map.entry("POST /experimentations/{id}/contributions/{contributionId}/withdraw", Answer.page()),
            // the participant has no e-mail address
            Map.entry("POST /experimentations/{id}/members/{personId}/invitation/email", Answer.status(409)),
            Map.entry("GET /invitation", Answer.page()),
            Map.entry("POST /invitation", Answer.page()),
            Map.entry("GET /experimentations/{id}/meetings", Answer.page()),
            Map.entry("GET /experimentations/{id}/meetings/new", Answer.page()),
            Map.entry("POST /experimentations/{id}/meetings/new", Answer.page()),
            // no step named: a tampered form
            Map.entry("POST /experimentations/{id}/meetings/link-step", Answer.status(400)),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}", Answer.page()),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/edit", Answer.page()),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/edit", Answer.page()),
            Map.entry(
                    "POST /experimentations/{id}/meetings/{meetingId}/cancel",
                    Answer.redirect("/experimentations/{id}/meetings/{meetingId}")),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/calendar.ics", Answer.page()),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/invitations", Answer.page()),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/reply", Answer.page()),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/attendance", Answer.page()),
            Map.entry(
                    "POST /experimentations/{id}/meetings/{meetingId}/attendance",
                    Answer.redirect("/experimentations/{id}/meetings/{meetingId}")),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/attendance/new-person", Answer.page()),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/contributions", Answer.page()),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/contributions/{contributionId}", Answer.page()),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/contributions/{contributionId}", Answer.page()),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/minutes", Answer.page()),
            Map.entry("GET /experimentations/{id}/meetings/{meetingId}/minutes/edit", Answer.page()),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/minutes", Answer.page()),
            // no minutes written yet: nothing to submit, nothing to start a new version from
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/minutes/submit", Answer.status(409)),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/minutes/validation", Answer.page()),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/minutes/new-version", Answer.status(409)),
            Map.entry("POST /experimentations/{id}/meetings/{meetingId}/justification", Answer.page()),
            // the first administrator's set-up: a 404 page once an administrator exists (as here)
            Map.entry("GET /setup", Answer.status(404)),
            // a reset link without its token: the plain "this link does not work" page (404)
            Map.entry("POST /setup", Answer.status(404)),
            Map.entry("GET /password/forgotten", Answer.page()),
            Map.entry("POST /password/forgotten", Answer.page()),
            Map.entry("GET /password/forgotten/sent", Answer.page()),
            Map.entry("GET /password/reset", Answer.status(404)),
            Map.entry("POST /password/reset", Answer.status(404)),
            Map.entry("GET /admin", Answer.page()),
            Map.entry("GET /admin/audit", Answer.page()),
            Map.entry("GET /admin/audit/export", Answer.page()),
            Map.entry("GET /me/password", Answer.page()),
            // no fields: the form again, saying what is missing
            Map.entry("POST /me/password", Answer.page()),
            Map.entry("GET /admin/experimentations", Answer.page()),
            Map.entry("GET /admin/platform", Answer.page()),
            Map.entry("POST /admin/platform/test-mail", Answer.redirect("/admin/platform")),
            // nothing sent: every fact and text empty, saved as "use the standard ones"
            Map.entry("POST /admin/platform/privacy", Answer.redirect("/admin/platform")),
            Map.entry("GET /privacy", Answer.page()),
            Map.entry("GET /accessibility", Answer.page()),
            Map.entry("GET /legal", Answer.page()),
            Map.entry("GET /me/preferences", Answer.page()),
            // nothing chosen: the page again, asking yes or no
            Map.entry("POST /me/preferences", Answer.page()),
            Map.entry("GET /experimentations/{id}/members/{personId}/preferences", Answer.page()),
            // nothing chosen: the page again, asking yes or no
            Map.entry("POST /experimentations/{id}/members/{personId}/preferences", Answer.page()),
            // a token the platform did not sign: the "not found" page
            Map.entry("GET /unsubscribe/{token}", Answer.status(404)),
            Map.entry("POST /unsubscribe/{token}", Answer.status(404)),
            Map.entry("GET /admin/mails", Answer.page()),
            // no such mail (0): the list again, saying it has left
            Map.entry("POST /admin/mails/{mailId}/send-again", Answer.redirect("/admin/mails")),
            Map.entry("GET /admin/operations", Answer.page()),
            // no failed job waits in the test: nothing to run again
            Map.entry("POST /admin/operations/jobs/{jobId}/retry", Answer.status(404)),
            Map.entry("GET /admin/territories", Answer.page()),
            Map.entry("POST /admin/territories", Answer.page()),
            Map.entry("GET /admin/territories/{territoryId}", Answer.page()),
            Map.entry("POST /admin/territories/{territoryId}", Answer.page()),
            Map.entry("POST /admin/territories/{territoryId}/archive", Answer.redirect("/admin/territories")),
            Map.entry("GET /admin/people", Answer.page()),
            Map.entry("GET /admin/people/{personId}", Answer.page()),
            Map.entry("POST /admin/people/{personId}/enabled", Answer.redirect("/admin/people/{personId}")),
            Map.entry("POST /admin/people/{personId}/admin", Answer.redirect("/admin/people/{personId}")),
            Map.entry("POST /admin/people/{personId}/invitation", Answer.redirect("/admin/people/{personId}")),
            Map.entry("POST /admin/people/{personId}/merge", Answer.page()),
            // no waiting sign-in: back to the password
            Map.entry("GET /login/two-factor", Answer.redirect("/login")),
            Map.entry("POST /login/two-factor", Answer.redirect("/login")),
            Map.entry("POST /login/two-factor/cancel", Answer.redirect("/login")),
            Map.entry("GET /me/security/two-factor", Answer.page()),
            // an empty first code: the enrolment page with what is missing
            Map.entry("POST /me/security/two-factor", Answer.page()),
            // two-factor sign-in is off for the participant: nothing to renew or turn off, back to the enrolment page
            Map.entry("POST /me/security/two-factor/recovery-codes", Answer.redirect("/me/security/two-factor")),
            Map.entry("POST /me/security/two-factor/disable", Answer.redirect("/me/security/two-factor")),
            // "later" exists only while the demo data are on
            Map.entry("POST /me/security/two-factor/later", Answer.status(404)),
            Map.entry("POST /admin/people/{personId}/two-factor/reset", Answer.redirect("/admin/people/{personId}")),
            // a phase 1 report and the whole workbook are generated first (version 1 of each)
            Map.entry("GET /experimentations/{id}/reports", Answer.page()),
            Map.entry("GET /experimentations/{id}/reports/phase-{n}", Answer.page()),
            Map.entry("GET /experimentations/{id}/reports/phase-{n}.xlsx", Answer.page()),
            Map.entry("GET /experimentations/{id}/reports/phase-{n}/v{k}.xlsx", Answer.page()),
            Map.entry("GET /experimentations/{id}/reports/experimentation.xlsx", Answer.page()),
            Map.entry(
                    "POST /experimentations/{id}/reports/phase-{n}/regenerate",
                    Answer.redirect("/experimentations/{id}/reports")),
            Map.entry(
                    "POST /experimentations/{id}/reports/experimentation/regenerate",
                    Answer.redirect("/experimentations/{id}/reports")),
            Map.entry("GET /experimentations/{id}/funding", Answer.page()),
            // an empty form: the funding page again, with the error next to the hourly value
            Map.entry("POST /experimentations/{id}/funding/hourly-value", Answer.page()),
            Map.entry("GET /experimentations/{id}/funding/funders/new", Answer.page()),
            Map.entry("POST /experimentations/{id}/funding/funders/new", Answer.page()),
            Map.entry("GET /experimentations/{id}/funding/funders/{itemId}", Answer.page()),
            Map.entry("POST /experimentations/{id}/funding/funders/{itemId}", Answer.page()),
            // the funder has a grant, a line and a spending: deleted only once they are
            Map.entry("POST /experimentations/{id}/funding/funders/{itemId}/delete", Answer.status(409)),
            Map.entry("GET /experimentations/{id}/funding/grants/new", Answer.page()),
            Map.entry("POST /experimentations/{id}/funding/grants/new", Answer.page()),
            Map.entry("GET /experimentations/{id}/funding/grants/{itemId}", Answer.page()),
            Map.entry("POST /experimentations/{id}/funding/grants/{itemId}", Answer.page()),
            Map.entry(
                    "POST /experimentations/{id}/funding/grants/{itemId}/delete",
                    Answer.redirect("/experimentations/{id}/funding")),
            Map.entry("GET /experimentations/{id}/funding/lines/new", Answer.page()),
            Map.entry("POST /experimentations/{id}/funding/lines/new", Answer.page()),
            Map.entry("GET /experimentations/{id}/funding/lines/{itemId}", Answer.page()),
            Map.entry("POST /experimentations/{id}/funding/lines/{itemId}", Answer.page()),
            Map.entry(
                    "POST /experimentations/{id}/funding/lines/{itemId}/delete",
                    Answer.redirect("/experimentations/{id}/funding")),
            Map.entry("GET /experimentations/{id}/funding/spending/new", Answer.page()),
            Map.entry("POST /experimentations/{id}/funding/spending/new", Answer.page()),
            Map.entry("GET /experimentations/{id}/funding/spending/{itemId}", Answer.page()),
            Map.entry("POST /experimentations/{id}/funding/spending/{itemId}", Answer.page()),
            Map.entry(
                    "POST /experimentations/{id}/funding/spending/{itemId}/delete",
                    Answer.redirect("/experimentations/{id}/funding")),
            Map.entry("GET /experimentations/{id}/decisions", Answer.page()),
            // phase 1 is not approved yet: the plain-words "no results yet" page (404)
            Map.entry("GET /experimentations/{id}/results/phase-{number}", Answer.status(404)),
            Map.entry("GET /experimentations/{id}/experiments", Answer.page()),
            Map.entry("GET /experimentations/{id}/experiments/{experimentId}", Answer.page()),
            // an empty observation: the page again, with the day asked for
            Map.entry("POST /experimentations/{id}/experiments/{experimentId}/observations", Answer.page()),
            Map.entry("GET /me/data", Answer.page()),
            Map.entry("GET /me/data.json", Answer.page()),
            Map.entry("GET /me/data.xlsx", Answer.page()),
            // nothing sent: the page again, asking for the password and the box
            Map.entry("POST /me/data/erase", Answer.page()),
            Map.entry("GET /experimentations/{id}/members/{personId}/data.json", Answer.page()),
            Map.entry("GET /experimentations/{id}/members/{personId}/data.xlsx", Answer.page()),
            Map.entry("GET /admin/people/{personId}/erase", Answer.page()),
            // nothing sent: the page again, asking for the person's number
            Map.entry("POST /admin/people/{personId}/erase", Answer.page()),
            Map.entry("GET /directory/{territoryId}", Answer.page()),
            Map.entry("GET /directory/{territoryId}/map", Answer.page()),
            Map.entry("GET /directory/{territoryId}/structures/{structureId}", Answer.page()),
            Map.entry("GET /directory/{territoryId}/structures/new", Answer.page()),
            // nothing sent: the name is missing, the form comes back with its message
            Map.entry("POST /directory/{territoryId}/structures/new", Answer.page()),
            Map.entry("GET /directory/{territoryId}/structures/{structureId}/edit", Answer.page()),
            Map.entry("POST /directory/{territoryId}/structures/{structureId}/edit", Answer.page()),
            Map.entry(
                    "POST /directory/{territoryId}/structures/{structureId}/verify",
                    Answer.redirect("/directory/{territoryId}/structures/{structureId}")),
            Map.entry(
                    "POST /directory/{territoryId}/structures/{structureId}/archive",
                    Answer.redirect("/directory/{territoryId}")),
            Map.entry("GET /directory/{territoryId}/structures/{structureId}/services/new", Answer.page()),
            Map.entry("POST /directory/{territoryId}/structures/{structureId}/services/new", Answer.page()),
            Map.entry("GET /directory/{territoryId}/services/{serviceId}/edit", Answer.page()),
            Map.entry("POST /directory/{territoryId}/services/{serviceId}/edit", Answer.page()),
            Map.entry(
                    "POST /directory/{territoryId}/services/{serviceId}/verify",
                    Answer.redirect("/directory/{territoryId}/structures/{structureId}")),
            Map.entry(
                    "POST /directory/{territoryId}/services/{serviceId}/archive",
                    Answer.redirect("/directory/{territoryId}/structures/{structureId}")),
            Map.entry("GET /directory/{territoryId}/correspondents", Answer.page()),
            // no person chosen: the page again, saying so
            Map.entry("POST /directory/{territoryId}/correspondents", Answer.page()),
            Map.entry(
                    "POST /directory/{territoryId}/correspondents/{personId}/end",
                    Answer.redirect("/directory/{territoryId}/correspondents")),
            Map.entry("GET /directory/{territoryId}/round", Answer.page()),
            // no record named: back to the round, saying so
            Map.entry("POST /directory/{territoryId}/round/confirm", Answer.redirect("/directory/{territoryId}/round")),
            Map.entry("POST /directory/{territoryId}/round/archive", Answer.redirect("/directory/{territoryId}/round")),
            Map.entry("POST /directory/{territoryId}/round/finish", Answer.redirect("/directory/{territoryId}/round")),
            Map.entry("GET /directory/{territoryId}/archived", Answer.page()),
            // the fixture's organisation is not archived: nothing to put back
            Map.entry("POST /directory/{territoryId}/structures/{structureId}/restore", Answer.status(404)),
            Map.entry("GET /territories/{slug}/directory", Answer.page()),
            Map.entry("GET /territories/{slug}/directory/map", Answer.page()),
            Map.entry("GET /territories/{slug}/directory/structures/{structureId}", Answer.page()),
            Map.entry("GET /territories/{slug}/directory/export.json", Answer.page()),
            Map.entry("GET /territories/{slug}/directory/export.xlsx", Answer.page()),
            Map.entry("GET /directory/{territoryId}/export.json", Answer.page()),
            Map.entry("GET /directory/{territoryId}/export.xlsx", Answer.page()),
            Map.entry("GET /directory/{territoryId}/import", Answer.page()),
            // no file: the import page again, asking for one
            Map.entry("POST /directory/{territoryId}/import", Answer.page()),
            Map.entry("GET /directory/{territoryId}/import/template.xlsx", Answer.page()),
            // no such preview (it expired or was someone else's): back to the import page, saying so
            Map.entry(
                    "GET /directory/{territoryId}/import/{previewId}",
                    Answer.redirect("/directory/{territoryId}/import")),
            Map.entry(
                    "POST /directory/{territoryId}/import/{previewId}",
                    Answer.redirect("/directory/{territoryId}/import")),
            Map.entry("GET /directory/{territoryId}/monographs", Answer.page()),
            Map.entry("GET /directory/{territoryId}/monographs/new", Answer.page()),
            // an empty form: the page again, with its messages
            Map.entry("POST /directory/{territoryId}/monographs/new", Answer.page()),
            Map.entry("GET /directory/{territoryId}/monographs/{monographId}", Answer.page()),
            Map.entry("GET /directory/{territoryId}/monographs/{monographId}/edit", Answer.page()),
            Map.entry("POST /directory/{territoryId}/monographs/{monographId}/edit", Answer.page()),
            Map.entry(
                    "POST /directory/{territoryId}/monographs/{monographId}/publish",
                    Answer.redirect("/directory/{territoryId}/monographs/{monographId}")),
            Map.entry(
                    "POST /directory/{territoryId}/monographs/{monographId}/unpublish",
                    Answer.redirect("/directory/{territoryId}/monographs/{monographId}")),
            Map.entry("GET /directory/{territoryId}/monographs/{monographId}/photos/new", Answer.page()),
            // no file sent: the form again, saying to choose one
            Map.entry("POST /directory/{territoryId}/monographs/{monographId}/photos/new", Answer.page()),
            Map.entry(
                    "POST /directory/{territoryId}/monographs/{monographId}/photos/{photoId}/remove",
                    Answer.redirect("/directory/{territoryId}/monographs/{monographId}")),
            Map.entry("GET /directory/{territoryId}/monographs/{monographId}/photos/{photoId}", Answer.page()),
            Map.entry("GET /territories/{slug}/directory/monographs", Answer.page()),
            Map.entry("GET /territories/{slug}/directory/monographs/{monographId}", Answer.page()),
            Map.entry("GET /territories/{slug}/directory/monographs/{monographId}/photos/{photoId}", Answer.page()),
            Map.entry("GET /experimentations/{id}/citations/new", Answer.page()),
            Map.entry("POST /experimentations/{id}/citations/new", Answer.page()),
            Map.entry(
                    "POST /experimentations/{id}/citations/{citationId}/remove",
                    Answer.redirect("/experimentations/{id}")),
            // nothing sent: the directory is not published (it was not), back to the territory's page
            Map.entry(
                    "POST /admin/territories/{territoryId}/directory",
                    Answer.redirect("/admin/territories/{territoryId}")));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ReportService reports;

    @Autowired
    StepService steps;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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
        assertThat(mapped)
                .as("endpoints without an access rule")
                .allSatisfy(e -> assertThat(RULES).containsKey(e));
        assertThat(RULES.keySet())
                .as("rules for endpoints that no longer exist")
                .allSatisfy(r -> assertThat(mapped).contains(r));
        assertThat(EXPECTED.keySet())
                .as("every rule names the answer the allowed person gets")
                .containsExactlyInAnyOrderElementsOf(RULES.keySet());
        assertThat(RULES.keySet()).as("actions before the meeting are rules").containsAll(BEFORE_THE_MEETING);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHoldsForEveryKindOfVisitor() {
        return RULES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(rule -> DynamicTest.dynamicTest(
                        rule.getKey() + " is " + rule.getValue(), () -> check(rule.getKey(), rule.getValue())));
    }

    /** The outsiders' experimentation, made once per run: its people are only ever refused, so nothing changes it. */
    private TestData.Scenario outsiders;

    private TestData.Scenario otherExperimentation() {
        if (outsiders == null) {
            outsiders = data.runningExperimentation();
        }
        return outsiders;
    }

    private void check(String endpoint, Access access) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        Answer expected = EXPECTED.get(endpoint);
        assertThat(expected).as("expected answer for %s", endpoint).isNotNull();
        String expectedRedirect = expected.redirectTo();
        TestData.Scenario mine = data.runningExperimentation();
        TestData.Scenario other = otherExperimentation();
        long id = mine.experimentationId();
        String stepId = new WebScenario(mvc).stepId(mine.carrier(), "KickOffMeeting");
        if (pattern.contains("{doneTaskId}")) {
            // a completed step: the carrier holds the kick-off meeting
            new WebScenario(mvc)
                    .holdMeeting(mine.carrier(), id, "KickOffMeeting", "Compte rendu", data.collegeMembers(id));
            pattern = pattern.replace("{doneTaskId}", stepId);
        }
        AccountPrincipal outsider = other.carrier();
        AccountPrincipal participant = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        if (pattern.contains("{meetingId}")) {
            long meetingId;
            if (BEFORE_THE_MEETING.contains(endpoint)) {
                meetingId = data.comingMeeting(mine, participant);
            } else {
                TestData.MeetingFixture meeting = data.meetingWithWords(mine, participant);
                meetingId = meeting.meetingId();
                pattern = pattern.replace("{contributionId}", String.valueOf(meeting.contributionId()));
            }
            pattern = pattern.replace("{meetingId}", String.valueOf(meetingId));
            expectedRedirect = expectedRedirect == null
                    ? null
                    : expectedRedirect.replace("{meetingId}", String.valueOf(meetingId));
        }
        if (pattern.contains("{contributionId}")) {
            // something the participant said in a meeting: they are its author
            pattern = pattern.replace(
                    "{contributionId}",
                    String.valueOf(data.meetingWithWords(mine, participant).contributionId()));
        }
        if (pattern.contains("{leadId}")) {
            // a lead proposed by the participant, with a comment of theirs
            TestData.LeadFixture lead = data.leadWithComment(mine, participant);
            pattern = pattern.replace("{leadId}", String.valueOf(lead.leadId()))
                    .replace("{commentId}", String.valueOf(lead.commentId()));
            expectedRedirect = expectedRedirect == null
                    ? null
                    : expectedRedirect.replace("{leadId}", String.valueOf(lead.leadId()));
        }
        AccountPrincipal committee = data.memberWithRole(id, ExperimentationRole.COMMITTEE);
        if (pattern.contains("/reports")) {
            reports.generate(id, Phase.SHARED_DIAGNOSIS, null, ReportService.REASON_REPORT_STEP);
            reports.generate(id, null, null, ReportService.REASON_REPORT_STEP);
            pattern = pattern.replace("{n}", "1").replace("{k}", "1");
        }
        if (pattern.contains("{experimentId}")) {
            // an experiment whose team has the participant
            pattern = pattern.replace("{experimentId}", String.valueOf(data.experimentFixture(mine, participant)));
        }
        if (pattern.contains("{itemId}")) {
            // a funder with a grant, a budget line and a spending: the id of the kind the address names
            TestData.FundingItems items = data.fundingItems(mine);
            String kind = pattern.substring(pattern.indexOf("/funding/") + "/funding/".length());
            kind = kind.substring(0, kind.indexOf('/'));
            long itemId = switch (kind) {
                case "funders" -> items.funderId();
                case "grants" -> items.grantId();
                case "lines" -> items.lineId();
                case "spending" -> items.spendingId();
                default -> throw new IllegalStateException("unknown funding item " + kind);
            };
            pattern = pattern.replace("{itemId}", String.valueOf(itemId));
        }
        if (pattern.contains("{monographId}") || pattern.contains("{citationId}")) {
            // a published monograph with a photo, cited by the experimentation, in its published directory
            TestData.MonographItems m = data.monographFixture(mine);
            pattern = pattern.replace("{monographId}", String.valueOf(m.monographId()))
                    .replace("{photoId}", String.valueOf(m.photoId()))
                    .replace("{citationId}", String.valueOf(m.citationId()))
                    .replace("{slug}", m.slug());
            expectedRedirect = expectedRedirect == null
                    ? null
                    : expectedRedirect.replace("{monographId}", String.valueOf(m.monographId()));
        }
        if (pattern.contains("{structureId}") || pattern.contains("{serviceId}") || pattern.contains("{slug}")) {
            // an organisation and its service in the territory's directory, published
            TestData.DirectoryItems items = data.directoryFixture(mine);
            pattern = pattern.replace("{structureId}", String.valueOf(items.structureId()))
                    .replace("{serviceId}", String.valueOf(items.serviceId()))
                    .replace("{slug}", items.slug());
            expectedRedirect = expectedRedirect == null
                    ? null
                    : expectedRedirect.replace("{structureId}", String.valueOf(items.structureId()));
        }
        String path = pattern.replace("{taskId}", stepId)
                .replace("{jobId}", "no-such-job")
                .replace("{territoryId}", String.valueOf(mine.territoryId()))
                .replace("{personId}", String.valueOf(participant.getPersonId()))
                .replace("{number}", "1")
                .replace("{mailId}", "0")
                .replace("{token}", "1.not-signed")
                .replace("{previewId}", "no-such-preview")
                .replace(
                        "{id}",
                        String.valueOf(
                                access == Access.OWN_NOTIFICATION ? data.notificationFor(mine.carrier(), id) : id));
        HttpMethod httpMethod = method.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(method);
        Answer answer = new Answer(
                expected.status(),
                expectedRedirect == null
                        ? null
                        : expectedRedirect
                                .replace("{id}", String.valueOf(id))
                                .replace("{territoryId}", String.valueOf(mine.territoryId()))
                                .replace("{personId}", String.valueOf(participant.getPersonId())));

        MockHttpServletResponse anonymous = perform(httpMethod, path, null);
        if (access == Access.PUBLIC) {
            assertAllowed(anonymous, answer, endpoint + " anonymous");
            return;
        }
        assertThat(isSignInRedirect(anonymous) || anonymous.getStatus() == 403)
                .as("%s refuses anonymous visitors (status %s)", endpoint, anonymous.getStatus())
                .isTrue();

        switch (access) {
            case SIGNED_IN -> assertAllowed(perform(httpMethod, path, participant), answer, endpoint + " signed in");
            case MEMBER -> {
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " member of another experimentation");
                assertAllowed(perform(httpMethod, path, participant), answer, endpoint + " participant");
            }
            case CARRIER -> {
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " carrier of another experimentation");
                assertForbidden(perform(httpMethod, path, participant), endpoint + " participant");
                assertForbidden(perform(httpMethod, path, committee), endpoint + " committee member");
                assertAllowed(perform(httpMethod, path, mine.carrier()), answer, endpoint + " carrier");
            }
            case CREATOR -> {
                assertForbidden(perform(httpMethod, path, participant), endpoint + " participant only");
                assertAllowed(perform(httpMethod, path, mine.carrier()), answer, endpoint + " carrier");
            }
            case STEP_CANDIDATE -> {
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " carrier of another experimentation");
                assertForbidden(perform(httpMethod, path, participant), endpoint + " participant (not offered)");
                assertForbidden(perform(httpMethod, path, committee), endpoint + " committee (not offered)");
                assertAllowed(perform(httpMethod, path, mine.carrier()), answer, endpoint + " carrier (offered)");
            }
            case OWN_NOTIFICATION -> {
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " someone else");
                assertForbidden(
                        perform(httpMethod, path, participant), endpoint + " someone else of the same experimentation");
                assertAllowed(perform(httpMethod, path, mine.carrier()), answer, endpoint + " the person notified");
            }
            case OWN_CONTRIBUTION -> {
                AccountPrincipal otherParticipant = data.memberOfCollege(id, College.PRACTITIONERS);
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " carrier of another experimentation");
                assertForbidden(perform(httpMethod, path, otherParticipant), endpoint + " another participant");
                assertForbidden(perform(httpMethod, path, committee), endpoint + " committee member");
                assertAllowed(perform(httpMethod, path, participant), answer, endpoint + " its author");
                assertAllowed(perform(httpMethod, path, mine.carrier()), answer, endpoint + " carrier");
            }
            case ADMIN -> {
                assertForbidden(perform(httpMethod, path, participant), endpoint + " participant");
                assertForbidden(perform(httpMethod, path, committee), endpoint + " committee member");
                assertForbidden(perform(httpMethod, path, mine.carrier()), endpoint + " carrier");
                assertAllowed(perform(httpMethod, path, data.admin()), answer, endpoint + " platform administrator");
            }
            case COMMITTEE_OR_CARRIER -> {
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " carrier of another experimentation");
                assertForbidden(perform(httpMethod, path, participant), endpoint + " participant");
                assertAllowed(perform(httpMethod, path, committee), answer, endpoint + " committee member");
                assertAllowed(perform(httpMethod, path, mine.carrier()), answer, endpoint + " carrier");
                assertAllowed(perform(httpMethod, path, data.admin()), answer, endpoint + " platform administrator");
            }
            case TERRITORY_MEMBER -> {
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " carrier on another territory");
                assertAllowed(perform(httpMethod, path, participant), answer, endpoint + " participant");
            }
            case TERRITORY_CARRIER -> {
                assertForbidden(perform(httpMethod, path, outsider), endpoint + " carrier on another territory");
                assertForbidden(perform(httpMethod, path, participant), endpoint + " participant");
                assertForbidden(perform(httpMethod, path, committee), endpoint + " committee member");
                assertAllowed(perform(httpMethod, path, mine.carrier()), answer, endpoint + " carrier");
            }
            default -> throw new IllegalStateException("unchecked access kind " + access);
        }
    }

    /**
     * Two task endpoints whose rule is narrower on some steps than {@link #RULES} can say with one step: a college's
     * own step (issue 13, point 6) is its members' — the carrier opens it only to fill it in for one of them, and
     * neither takes it nor completes it in their own name, nor for someone of another college; the committee's done
     * review reads as the decisions page (committee, carriers, administrators), not as any member's done step.
     */
    @Test
    void aCollegesOwnStepIsItsMembersAndADoneReviewIsTheCommittees() throws Exception {
        TestData.Scenario mine = data.runningExperimentation();
        long id = mine.experimentationId();
        AccountPrincipal carrier = mine.carrier();
        WebScenario web = new WebScenario(mvc);
        web.holdMeeting(carrier, id, "KickOffMeeting", "Compte rendu", data.collegeMembers(id));
        AccountPrincipal lived = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        AccountPrincipal practitioner = data.memberOfCollege(id, College.PRACTITIONERS);
        String path = "/tasks/" + web.stepId(lived, "PeerSessions");

        assertAllowed(perform(HttpMethod.GET, path, carrier), Answer.page(), "carrier opens it to help");
        assertForbidden(perform(HttpMethod.POST, path, carrier), "carrier completing it in their own name");
        assertForbidden(perform(HttpMethod.POST, path + "/claim", carrier), "carrier taking it");
        assertForbidden(perform(HttpMethod.GET, path, practitioner), "member of another college");
        assertForbidden(perform(HttpMethod.POST, path + "/claim", practitioner), "member of another college");
        assertForbidden(
                mvc.perform(request(HttpMethod.POST, path)
                                .with(csrf())
                                .with(user(carrier))
                                .param("body", "x")
                                .param("onBehalfOf", String.valueOf(practitioner.getPersonId()))
                                .param("consentKind", "ORAL"))
                        .andReturn()
                        .getResponse(),
                "carrier recording it for a member of another college");
        // its member: an empty form is the page with what is missing; taking it goes back to my steps
        assertAllowed(perform(HttpMethod.POST, path, lived), Answer.page(), "college member");
        assertAllowed(perform(HttpMethod.POST, path + "/claim", lived), Answer.redirect("/tasks"), "college member");

        AccountPrincipal committee = data.memberWithRole(id, ExperimentationRole.COMMITTEE);
        for (int guard = 0; guard < 20 && steps.mySteps(committee.viewer()).isEmpty(); guard++) {
            var step = steps.mySteps(carrier.viewer()).stream()
                    .filter(s -> s.assignee() == null)
                    .findFirst()
                    .orElseGet(() -> steps.mySteps(lived.viewer()).get(0));
            data.completeStep(
                    step.assignee() == null ? carrier : lived,
                    step,
                    "college-validation".equals(step.formKey()) ? "AGREE" : null);
        }
        String review = steps.mySteps(committee.viewer()).get(0).id();
        web.review(committee, "CommitteeReview", true, null);
        String done = "/tasks/done/" + review;
        assertForbidden(perform(HttpMethod.GET, done, lived), "participant on the committee's done review");
        assertForbidden(
                perform(HttpMethod.GET, done, data.runningExperimentation().carrier()),
                "carrier of another experimentation");
        assertAllowed(perform(HttpMethod.GET, done, committee), Answer.page(), "committee member");
        assertAllowed(perform(HttpMethod.GET, done, carrier), Answer.page(), "carrier");
        assertAllowed(perform(HttpMethod.GET, done, data.admin()), Answer.page(), "platform administrator");
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
        return r.getStatus() == 302
                && r.getRedirectedUrl() != null
                && r.getRedirectedUrl().endsWith("/login");
    }

    private static void assertForbidden(MockHttpServletResponse r, String who) {
        assertThat(r.getStatus()).as("%s must be refused", who).isEqualTo(403);
    }

    /** Let through, and answered exactly as {@code expected} says (status, and the full redirect address). */
    private static void assertAllowed(MockHttpServletResponse r, Answer expected, String who) {
        assertThat(r.getStatus())
                .as("%s must be let through and answered %s", who, expected.status())
                .isEqualTo(expected.status());
        assertThat(r.getRedirectedUrl()).as("%s is sent to", who).isEqualTo(expected.redirectTo());
    }
}
