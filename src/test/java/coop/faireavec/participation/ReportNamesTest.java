package coop.faireavec.participation;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.admin.AdminService;
import coop.faireavec.audit.AuditLog;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.ReportedPhasesForTests;
import coop.faireavec.support.TestData;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How members are named in reports: lived experience as "Personne concernée N" (N stable forever in that
 * experimentation) unless they consented, everyone else by their display name, never an e-mail or a phone.
 */
@FaireAvecWebTest
@Import(ReportedPhasesForTests.class)
class ReportNamesTest {

    @Autowired
    ReportNames names;

    @Autowired
    TestData data;

    @Autowired
    MembershipService memberships;

    @Autowired
    NamingConsentService consents;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private long lived(long exp, String name) {
        return data.personWithoutAccount(exp, name, College.LIVED_EXPERIENCE);
    }

    @Test
    void pseudonymsAreNumberedInMembershipOrderAndStayTheSameWhenPeopleJoinOrLeave() {
        TestData.Scenario s = data.draftExperimentation();
        long exp = s.experimentationId();
        long amina = lived(exp, "Amina");
        long bruno = lived(exp, "Bruno");
        long chloe = lived(exp, "Chloé");

        Map<Long, String> first = names.namesFor(exp);
        assertThat(first)
                .containsEntry(amina, "Personne concernée 1")
                .containsEntry(bruno, "Personne concernée 2")
                .containsEntry(chloe, "Personne concernée 3");
        assertThat(names.namesFor(exp)).isEqualTo(first);

        long practitioner = data.personWithoutAccount(exp, "Paul Praticien", College.PRACTITIONERS);
        long david = lived(exp, "David");
        assertThat(names.namesFor(exp))
                .containsEntry(amina, "Personne concernée 1")
                .containsEntry(chloe, "Personne concernée 3")
                .containsEntry(david, "Personne concernée 4")
                .containsEntry(practitioner, "Paul Praticien");

        // David leaves (the last number given): the next person never gets his number again
        long davidsMembership = memberships.membership(david, exp).orElseThrow().getId();
        jdbc.update("delete from APP.membership_role where membership_id = ?", davidsMembership);
        jdbc.update("delete from APP.membership where id = ?", davidsMembership);
        long emma = lived(exp, "Emma");
        assertThat(names.namesFor(exp))
                .containsEntry(amina, "Personne concernée 1")
                .containsEntry(bruno, "Personne concernée 2")
                .containsEntry(chloe, "Personne concernée 3")
                .containsEntry(emma, "Personne concernée 5")
                .doesNotContainKey(david);
    }

    @Autowired
    AdminService admin;

    @Test
    void twoRecordsOfOnePersonMergedKeepThePseudonymTheReportsAlreadyUsed() {
        TestData.Scenario s = data.draftExperimentation();
        long exp = s.experimentationId();
        long removed = lived(exp, "Amina (fiche en double)");
        Person kept = people.createPerson("Amina", null, null);
        memberships.addMember(kept.getId(), exp, null, Set.of(ExperimentationRole.PARTICIPANT));
        assertThat(names.namesFor(exp)).containsEntry(removed, "Personne concernée 1");
        AccountPrincipal administrator = data.admin();

        admin.merge(
                administrator.viewer(),
                new AuditLog.Actor(administrator.getPersonId(), "Admin", null),
                kept.getId(),
                removed);

        assertThat(names.namesFor(exp)).containsEntry(kept.getId(), "Personne concernée 1");
    }

    @Test
    void numbersBelongToOneExperimentation() {
        long one = data.draftExperimentation().experimentationId();
        long two = data.draftExperimentation().experimentationId();
        lived(one, "Amina");
        long inTwo = lived(two, "Bruno");
        assertThat(names.namesFor(two)).containsEntry(inTwo, "Personne concernée 1");
    }

    @Test
    void aLivedExperienceMemberIsNamedOnlyWithTheirConsentAndTheOthersAreNamedWithoutContactDetails() {
        TestData.Scenario s = data.runningExperimentation();
        long exp = s.experimentationId();
        Person withContacts = people.createPerson("Awa Contact", "awa@example.org", "06 12 34 56 78");
        memberships.addMember(
                withContacts.getId(), exp, College.LIVED_EXPERIENCE, Set.of(ExperimentationRole.PARTICIPANT));
        Person practitioner = people.createPerson("Paula Pro", "paula@example.org", "06 00 00 00 00");
        memberships.addMember(
                practitioner.getId(), exp, College.PRACTITIONERS, Set.of(ExperimentationRole.PARTICIPANT));
        AccountPrincipal decisionMaker = data.memberOfCollege(exp, College.DECISION_MAKERS);
        AccountPrincipal committee = data.memberWithRole(exp, ExperimentationRole.COMMITTEE);

        Map<Long, String> before = names.namesFor(exp);
        assertThat(before.get(withContacts.getId())).startsWith("Personne concernée ");
        assertThat(before)
                .containsEntry(practitioner.getId(), "Paula Pro")
                .containsEntry(decisionMaker.getPersonId(), "Personne " + decisionMaker.getUsername())
                .containsEntry(committee.getPersonId(), "Personne " + committee.getUsername())
                .containsEntry(
                        s.carrier().getPersonId(), "Personne " + s.carrier().getUsername());
        assertThat(before.values()).noneMatch(n -> n.contains("@") || n.contains("06 "));

        consents.noteFor(s.carrier().viewer(), exp, withContacts.getId(), true, NamingConsentKind.ORAL, null);
        assertThat(names.namesFor(exp)).containsEntry(withContacts.getId(), "Awa Contact");
        consents.noteFor(s.carrier().viewer(), exp, withContacts.getId(), false, NamingConsentKind.ORAL, null);
        assertThat(names.namesFor(exp)).containsEntry(withContacts.getId(), before.get(withContacts.getId()));
    }

    @Test
    void theDocumentPropertiesSayWhatWasPseudonymisedInPlainFrenchAndTheEnglishPageHasItsOwnWording() {
        TestData.Scenario s = data.draftExperimentation();
        long exp = s.experimentationId();
        assertThat(names.pseudonymisationNote(exp))
                .isEqualTo("Personne n'est dans le collège des personnes concernées : aucun pseudonyme.");
        long amina = lived(exp, "Amina");
        lived(exp, "Bruno");
        long chloe = lived(exp, "Chloé");
        assertThat(names.pseudonymisationNote(exp))
                .isEqualTo("Les 3 membres du collège des personnes concernées apparaissent sous un pseudonyme.");
        consents.noteFor(s.carrier().viewer(), exp, amina, true, NamingConsentKind.WRITTEN, null);
        assertThat(names.pseudonymisationNote(exp))
                .isEqualTo("Les 3 membres du collège des personnes concernées apparaissent sous un pseudonyme,"
                        + " sauf 1 qui a accepté d'être nommé.");
        consents.noteFor(s.carrier().viewer(), exp, chloe, true, NamingConsentKind.OTHER, "par SMS");
        assertThat(names.pseudonymisationNote(exp))
                .isEqualTo("Les 3 membres du collège des personnes concernées apparaissent sous un pseudonyme,"
                        + " sauf 2 qui ont accepté d'être nommés.");

        long bruno = memberships.membersOf(exp).stream()
                .filter(m -> m.getPseudonymNo() != null && m.getPseudonymNo() == 2)
                .findFirst()
                .orElseThrow()
                .getPersonId();
        assertThat(names.namesFor(exp, Locale.ENGLISH)).containsEntry(bruno, "Person with lived experience 2");
        assertThat(names.namesFor(exp, Locale.FRENCH)).containsEntry(bruno, "Personne concernée 2");
    }
}
