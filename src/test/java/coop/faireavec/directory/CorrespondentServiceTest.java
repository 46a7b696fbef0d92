package coop.faireavec.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Carriers appoint a territory's correspondents, who then keep its directory; nobody else appoints. */
@FaireAvecWebTest
class CorrespondentServiceTest {

    @Autowired
    TestData data;

    @Autowired
    CorrespondentService correspondents;

    @Autowired
    DirectoryService directory;

    @Test
    void aCarrierAppointsAPractitionerWhoThenMayVerifyRecordsUntilTheRoleEnds() {
        TestData.Scenario s = data.runningExperimentation();
        TestData.DirectoryItems items = data.directoryFixture(s);
        AccountPrincipal practitioner = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);
        assertThat(directory.mayEdit(practitioner.viewer(), s.territoryId())).isFalse();

        Correspondent appointed =
                correspondents.appoint(s.carrier().viewer(), s.territoryId(), practitioner.getPersonId());
        // appointing again keeps the one row
        assertThat(correspondents
                        .appoint(s.carrier().viewer(), s.territoryId(), practitioner.getPersonId())
                        .getId())
                .isEqualTo(appointed.getId());
        assertThat(correspondents.correspondentsOf(s.territoryId()))
                .extracting(Correspondent::getPersonId)
                .containsExactly(practitioner.getPersonId());
        assertThat(directory.mayEdit(practitioner.viewer(), s.territoryId())).isTrue();
        directory.verifyStructure(practitioner.viewer(), s.territoryId(), items.structureId());

        correspondents.end(s.carrier().viewer(), s.territoryId(), practitioner.getPersonId());
        assertThat(correspondents.isCorrespondent(practitioner.getPersonId(), s.territoryId()))
                .isFalse();
        assertThat(directory.mayEdit(practitioner.viewer(), s.territoryId())).isFalse();
    }

    @Test
    void onlyACarrierOnTheTerritoryOrAnAdministratorAppoints() {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal practitioner = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);
        AccountPrincipal elsewhere = data.runningExperimentation().carrier();

        assertThatThrownBy(() ->
                        correspondents.appoint(practitioner.viewer(), s.territoryId(), practitioner.getPersonId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> correspondents.appoint(elsewhere.viewer(), s.territoryId(), practitioner.getPersonId()))
                .isInstanceOf(AccessDeniedException.class);
        // a correspondent keeps records but does not appoint others
        correspondents.appoint(data.account("admin", true).viewer(), s.territoryId(), practitioner.getPersonId());
        assertThatThrownBy(
                        () -> correspondents.appoint(practitioner.viewer(), s.territoryId(), elsewhere.getPersonId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
