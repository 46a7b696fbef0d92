package coop.faireavec.actionlead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.MutableClock;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The V51 tables on a real PostgreSQL: a lead with its phase-1 sources, authors and supports (one per member) read
 * back, a merge keeping authors and supports, hidden comments, and the keys that refuse what does not exist.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import({TestData.class, MutableClock.class})
@DirtiesContext
class ActionLeadPostgresTest {

    static final String DATABASE = TestPostgres.newDatabase("leads_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
    }

    @Autowired
    TestData data;

    @Autowired
    ActionLeadRepository leads;

    @Autowired
    LeadCommentRepository comments;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void leadsTheirSourcesAuthorsSupportsAndCommentsAreKeptOnPostgres() {
        TestData.Scenario s = data.runningExperimentation();
        AccountPrincipal camille = data.memberOfCollege(s.experimentationId(), College.LIVED_EXPERIENCE);
        AccountPrincipal sam = data.memberOfCollege(s.experimentationId(), College.PRACTITIONERS);
        long said = data.meetingWithWords(s, camille).contributionId();
        Instant at = Instant.parse("2026-05-04T10:00:00Z");

        long[] ids = tx.execute(status -> {
            ActionLead kept = leads.save(new ActionLead(
                    s.experimentationId(),
                    new NewLead(
                            camille.getPersonId(),
                            "Un accueil",
                            "On attend",
                            "Reçu le jour même",
                            "CCAS",
                            List.of(said)),
                    s.carrier().getPersonId(),
                    at));
            ActionLead duplicate = leads.save(new ActionLead(
                    s.experimentationId(),
                    new NewLead(sam.getPersonId(), "Accueillir", "Attente", null, null, List.of()),
                    sam.getPersonId(),
                    at));
            kept.toggleSupport(sam.getPersonId());
            duplicate.toggleSupport(camille.getPersonId());
            duplicate.toggleSupport(sam.getPersonId());
            leads.flush();
            kept.absorb(duplicate);
            LeadComment c =
                    comments.save(new LeadComment(kept.getId(), sam.getPersonId(), sam.getPersonId(), "Oui", at));
            c.hide("Hors sujet", s.carrier().getPersonId(), at);
            return new long[] {kept.getId(), duplicate.getId(), c.getId()};
        });

        ActionLead kept = leads.findById(ids[0]).orElseThrow();
        assertThat(kept.getSourceIds()).containsExactly(said);
        assertThat(kept.getAuthorIds()).containsExactlyInAnyOrder(camille.getPersonId(), sam.getPersonId());
        assertThat(kept.getSupporterIds()).containsExactlyInAnyOrder(camille.getPersonId(), sam.getPersonId());
        assertThat(kept.getRecordedById()).isEqualTo(s.carrier().getPersonId());
        assertThat(kept.getOrganisations()).isEqualTo("CCAS");
        assertThat(leads.findById(ids[1]).orElseThrow().getMergedIntoId()).isEqualTo(ids[0]);
        assertThat(comments.findByLeadIdOrderByCreatedAtAscIdAsc(ids[0]))
                .singleElement()
                .satisfies(c -> assertThat(c.getHiddenReason()).isEqualTo("Hors sujet"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.action_lead_support where lead_id = ?", Long.class, ids[0]))
                .isEqualTo(2);
        // one support per member and lead; sources are contributions that exist
        assertThatThrownBy(() -> jdbc.update(
                        "insert into app.action_lead_support (lead_id, person_id) values (?, ?)",
                        ids[0],
                        sam.getPersonId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "insert into app.action_lead_source (lead_id, contribution_id) values (?, ?)", ids[0], -1L))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
