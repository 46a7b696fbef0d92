package coop.faireavec.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each audited kind of issue #16 (point 4) is written by the real action, over the web layer, with who, which record,
 * which experimentation and whom it is about, and never the sensitive content (no password, no words said).
 * The password change is in {@code PasswordChangeTest}, the purge in {@link AuditRetentionTest}, report downloads in
 * {@code ReportWebTest}.
 */
@FaireAvecWebTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AuditLog audit;

    @Test
    void aSignInAndAFailedSignInAreAuditedWithTheUsernameTypedButNeverThePassword() throws Exception {
        AccountPrincipal someone = data.account("trail", false);
        mvc.perform(post("/login")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("username", someone.getUsername())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("username", someone.getUsername())
                        .param("password", "mon-secret-tape-de-travers"))
                .andExpect(redirectedUrl("/login?error"));

        AuditEvent signedIn = only(someone.getPersonId(), null, AuditKind.SIGNED_IN);
        assertThat(signedIn.getActorId()).isEqualTo(someone.getPersonId());
        assertThat(signedIn.getClientAddress()).isEqualTo("127.0.0.1");
        AuditEvent failed = only(someone.getPersonId(), null, AuditKind.SIGN_IN_FAILED);
        assertThat(failed.getActorId()).isNull();
        assertThat(failed.getSubjectPersonId()).isEqualTo(someone.getPersonId());
        assertThat(failed.getDetail()).contains(someone.getUsername()).doesNotContain("mon-secret");
    }

    @Test
    void aFailedSignInWithAnUnknownUsernameKeepsItCutTo60Characters() throws Exception {
        String typed = TestData.unique("inconnu") + "x".repeat(100);
        mvc.perform(post("/login")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("username", typed)
                        .param("password", "secret-jamais-garde"))
                .andExpect(redirectedUrl("/login?error"));

        List<AuditEvent> failed = audit.search(
                        new AuditLog.Filter(null, null, AuditKind.SIGN_IN_FAILED, null, null), 0, 50)
                .events();
        assertThat(failed)
                .filteredOn(e -> e.getDetail().contains(typed.substring(0, 60)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getDetail()).doesNotContain(typed.substring(0, 61));
                    assertThat(e.getDetail()).doesNotContain("secret-jamais-garde");
                    assertThat(e.getSubjectPersonId()).isNull();
                });
    }

    @Test
    void aRefusedRequestIsAuditedWithItsPathAndWhoAsked() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        TestData.Scenario other = data.runningExperimentation();
        AccountPrincipal participant = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);

        // refused by the URL rules, then by a service's membership check
        mvc.perform(get("/admin/audit").param("code", "ABCD-1234").with(user(participant)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/experimentations/" + other.experimentationId() + "/members")
                        .with(user(participant)))
                .andExpect(status().isForbidden());

        List<AuditEvent> denied = events(participant.getPersonId(), null, AuditKind.ACCESS_DENIED);
        assertThat(denied)
                .extracting(AuditEvent::getDetail)
                .containsExactlyInAnyOrder(
                        "GET /admin/audit", "GET /experimentations/" + other.experimentationId() + "/members");
        assertThat(denied).allSatisfy(e -> assertThat(e.getActorName()).isEqualTo(participant.getDisplayName()));
    }

    @Test
    void wordsACarrierNotesForSomeoneAreAuditedWithoutTheWords() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal speaker = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        long meetingId = data.meetingWithWords(s, speaker).meetingId();

        mvc.perform(post("/experimentations/" + s.experimentationId() + "/meetings/" + meetingId + "/contributions")
                        .param("round", "PEER_" + College.LIVED_EXPERIENCE.name())
                        .param("body", "Une parole confiée au porteur")
                        .param("forPerson", String.valueOf(speaker.getPersonId()))
                        .param("consentKind", "ORAL")
                        .with(csrf())
                        .with(user(s.carrier())))
                .andExpect(status().is3xxRedirection());

        AuditEvent onBehalf = only(speaker.getPersonId(), s.experimentationId(), AuditKind.RECORDED_ON_BEHALF);
        assertThat(onBehalf.getActorId()).isEqualTo(s.carrier().getPersonId());
        assertThat(onBehalf.getRecordType()).isEqualTo("contribution");
        assertThat(onBehalf.getDetail()).doesNotContain("parole");
        assertThat(events(speaker.getPersonId(), s.experimentationId(), AuditKind.RECORDED_ON_BEHALF))
                .as("what the speaker said themself is not an on-behalf recording")
                .hasSize(1);
    }

    @Test
    void addingAMemberAndChangingTheirRoleAreAudited() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal newcomer = data.account("newcomer", false);

        mvc.perform(post("/experimentations/" + id + "/members/existing")
                        .param("username", newcomer.getUsername())
                        .param("college", College.PRACTITIONERS.name())
                        .param("role", "PARTICIPANT")
                        .with(csrf())
                        .with(user(s.carrier())))
                .andExpect(redirectedUrl("/experimentations/" + id + "/members"));
        mvc.perform(post("/experimentations/" + id + "/members/" + newcomer.getPersonId() + "/record-for-others")
                        .param("allowed", "true")
                        .with(csrf())
                        .with(user(s.carrier())))
                .andExpect(redirectedUrl("/experimentations/" + id + "/members"));

        AuditEvent added = only(newcomer.getPersonId(), id, AuditKind.MEMBER_ADDED);
        assertThat(added.getActorId()).isEqualTo(s.carrier().getPersonId());
        assertThat(added.getDetail()).contains("PRACTITIONERS").contains("PARTICIPANT");
        AuditEvent role = only(newcomer.getPersonId(), id, AuditKind.MEMBER_ROLE_CHANGED);
        assertThat(role.getDetail()).isEqualTo("may record for others");
    }

    @Test
    void anAccessResetByACarrierIsAuditedAndEndsTheLiveSessionsAtOnce() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal participant = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        MockHttpSession theirs = (MockHttpSession) mvc.perform(post("/login")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("username", participant.getUsername())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/tasks").session(theirs)).andExpect(status().isOk());

        mvc.perform(post("/experimentations/" + s.experimentationId() + "/members/" + participant.getPersonId()
                                + "/invitation")
                        .with(csrf())
                        .with(user(s.carrier())))
                .andExpect(status().isOk());

        AuditEvent reset = only(participant.getPersonId(), s.experimentationId(), AuditKind.ACCESS_RESET);
        assertThat(reset.getActorId()).isEqualTo(s.carrier().getPersonId());
        mvc.perform(get("/tasks").session(theirs)).andExpect(redirectedUrl("/login?ended"));
    }

    private AuditEvent only(long personId, Long experimentationId, AuditKind kind) {
        List<AuditEvent> found = events(personId, experimentationId, kind);
        assertThat(found).as("%s events about person %d", kind, personId).hasSize(1);
        return found.get(0);
    }

    private List<AuditEvent> events(long personId, Long experimentationId, AuditKind kind) {
        return audit.search(new AuditLog.Filter(personId, experimentationId, kind, null, null), 0, 50)
                .events();
    }
}
