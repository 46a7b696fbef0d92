package coop.faireavec.personaldata;

import static coop.faireavec.personaldata.PersonReference.mention;
import static coop.faireavec.personaldata.PersonReference.rows;

import coop.faireavec.personaldata.PersonReference.Erasure;
import coop.faireavec.personaldata.PersonReference.Export;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one definition of "a person's data" (issue #16, point 9): every table and column of the app schema that points
 * at a person, with how it is exported and how it is erased. {@link PersonalDataExport} and {@link PersonalDataEraser}
 * both walk {@link #REFERENCES}; {@code PersonalDataCoverageTest} fails when a column of the database that references
 * {@code person(id)}, or is named like a person reference, is missing here.
 *
 * <p>Conditions use the table alias {@code t}. A scope keeps the rows of one experimentation (its {@code ?} is the
 * experimentation's id) for a carrier's download; rows without a scope go only into the person's own download (the
 * profile goes into both).
 *
 * <p>The engine keeps the person as the user id {@code person-N}: that id stays, pointing at the pseudonymised row
 * ("Personne effacée N"); erasure gives back the open steps the person held ({@link PersonalDataEraser}).
 */
final class PersonalData {

    private PersonalData() {}

    private static final String OF_EXPERIMENTATION = "t.experimentation_id = ?";
    private static final String OF_MEETING =
            "t.meeting_id in (select m.id from %s.meeting m where m.experimentation_id = ?)";
    private static final String OF_MINUTES = "t.minutes_id in (select mm.id from %s.meeting_minutes mm join"
            + " %s.meeting m on m.id = mm.meeting_id where m.experimentation_id = ?)";
    private static final String OF_LEAD =
            "t.lead_id in (select l.id from %s.action_lead l where l.experimentation_id = ?)";
    private static final String OF_EXPERIMENT =
            "t.experiment_id in (select x.id from %s.experiment x where x.experimentation_id = ?)";
    private static final String OF_REVIEW =
            "t.review_id in (select r.id from %s.phase_review r where r.experimentation_id = ?)";
    private static final String OF_OBJECTION =
            "t.objection_id in (select c.id from %s.contribution c where c.experimentation_id = ?)";
    private static final String OF_ROUND =
            "t.round_id in (select v.id from %s.vote_round v where v.experimentation_id = ?)";

    /** Every place a person is referenced; {@code %s} in a condition is the app schema. */
    static final List<PersonReference> REFERENCES = List.of(
            new PersonReference(
                    "person",
                    "id",
                    Export.PROFILE,
                    Erasure.PSEUDONYMISE,
                    null,
                    false,
                    null,
                    Set.of("erased_no"),
                    null,
                    null,
                    null),
            rows("user_account", "person_id", Erasure.DELETE, null).hiding("password_hash", "session_version"),
            rows("membership", "person_id", Erasure.KEEP, OF_EXPERIMENTATION)
                    .reading("t.*, r.role", "left join %s.membership_role r on r.membership_id = t.id"),
            mention("membership", "naming_consent_noted_by", OF_EXPERIMENTATION),
            rows("phase_review", "reviewer_id", Erasure.KEEP, OF_EXPERIMENTATION),
            rows("review_request", "answered_by", Erasure.KEEP, OF_REVIEW),
            rows("objection_answer", "answered_by", Erasure.KEEP, OF_OBJECTION),
            rows("invitation", "person_id", Erasure.DELETE, OF_EXPERIMENTATION).hiding("code_hash"),
            mention("invitation", "created_by", OF_EXPERIMENTATION),
            rows("password_reset", "person_id", Erasure.DELETE, null).hiding("token_hash"),
            rows("notification", "person_id", Erasure.DELETE, OF_EXPERIMENTATION),
            mention("meeting", "created_by_id", OF_EXPERIMENTATION),
            rows("meeting_participant", "person_id", Erasure.KEEP, OF_MEETING),
            mention("meeting_participant", "reply_recorded_by_id", OF_MEETING),
            mention("meeting_minutes", "drafted_by_id", OF_MEETING),
            rows("minutes_validation", "person_id", Erasure.KEEP, OF_MINUTES),
            mention("minutes_validation", "recorded_by_id", OF_MINUTES),
            rows("contribution", "author_id", Erasure.KEEP, OF_EXPERIMENTATION),
            mention("contribution", "recorded_by_id", OF_EXPERIMENTATION),
            mention("contribution", "withdrawn_by_id", OF_EXPERIMENTATION),
            mention("contribution", "changed_by_id", OF_EXPERIMENTATION),
            rows("action_lead", "proposed_by_id", Erasure.KEEP, OF_EXPERIMENTATION),
            mention("action_lead", "recorded_by_id", OF_EXPERIMENTATION),
            mention("action_lead", "hidden_by_id", OF_EXPERIMENTATION),
            rows("action_lead_author", "person_id", Erasure.KEEP, OF_LEAD),
            rows("action_lead_support", "person_id", Erasure.KEEP, OF_LEAD),
            rows("action_lead_comment", "author_id", Erasure.KEEP, OF_LEAD),
            mention("action_lead_comment", "recorded_by_id", OF_LEAD),
            mention("action_lead_comment", "hidden_by_id", OF_LEAD),
            // the person's ballots: only for the person themself
            rows("vote_ballot", "voter_id", Erasure.KEEP, OF_ROUND)
                    .forOwnerOnly()
                    .reading("t.*, g.lead_id, g.grade", "left join %s.vote_grade g on g.ballot_id = t.id"),
            mention("vote_ballot", "recorded_by_id", OF_ROUND),
            mention("vote_round", "closed_by_id", OF_EXPERIMENTATION),
            mention("plan_selection_change", "changed_by_id", OF_EXPERIMENTATION),
            mention("collective_validation", "closed_by", OF_EXPERIMENTATION),
            mention("experiment", "planned_by", OF_EXPERIMENTATION),
            rows("experiment_team_member", "person_id", Erasure.KEEP, OF_EXPERIMENT),
            rows("experiment_observation", "author_id", Erasure.KEEP, OF_EXPERIMENT),
            mention("experiment_observation", "recorded_by", OF_EXPERIMENT),
            mention("spending", "recorded_by_id", OF_EXPERIMENTATION),
            mention("report_version", "generated_by", OF_EXPERIMENTATION),
            // the audit keeps the id; the name copied at the time becomes the pseudonym
            rows("audit_event", "actor_id", Erasure.KEEP, null).withName("actor_name"),
            // what the audit says was done to or about the person (sign-ins, access resets...)
            rows("audit_event", "subject_person_id", Erasure.KEEP, null),
            // two-factor sign-in: the secret, hashed recovery codes and remembered devices go with the account
            rows("two_factor", "person_id", Erasure.DELETE, null).hiding("secret"),
            rows("two_factor_recovery_code", "person_id", Erasure.DELETE, null).hiding("code_hash"),
            rows("two_factor_device", "person_id", Erasure.DELETE, null).hiding("token_hash"),
            // mail consents and their history: about contact data, which erasure deletes
            rows("mail_consent", "person_id", Erasure.DELETE, null),
            rows("mail_consent_change", "person_id", Erasure.DELETE, null),
            mention("mail_consent_change", "changed_by", null),
            mention("operator_setting", "updated_by", null),
            // who last verified a record of the local actors' directory
            mention("directory_structure", "verified_by_id", null),
            mention("directory_service", "verified_by_id", null),
            // being a correspondent of a territory's directory: the role goes with the person; who appointed stays
            rows("directory_correspondent", "person_id", Erasure.DELETE, null),
            mention("directory_correspondent", "appointed_by_id", null),
            // the records given to the person in the directory's monthly rounds (kept; the person's name is
            // pseudonymised)
            rows("directory_round_record", "person_id", Erasure.KEEP, null),
            mention("directory_import", "imported_by_id", null),
            // who wrote, changed and published a monograph, added its photos, cited it in an experimentation
            mention("directory_monograph", "created_by_id", null),
            mention("directory_monograph", "updated_by_id", null),
            mention("directory_monograph", "published_by_id", null),
            mention("directory_monograph_photo", "added_by_id", null),
            mention("directory_monograph_citation", "cited_by_id", null),
            // mails to the person's address: their text names the person; deleted, queued or sent
            rows("mail_outbox", "recipient", Erasure.DELETE, null)
                    .hiding("mime")
                    .matching("lower(t.recipient) = (select lower(p.email) from %s.person p where p.id = ?)"));

    /**
     * Columns named like a person reference that are not one, with why (checked by {@code PersonalDataCoverageTest}).
     */
    static final Map<String, String> NOT_A_PERSON = Map.of(
            "shedlock.locked_by", "the host name of the node holding a scheduler lock",
            "flyway_schema_history.installed_by", "the database user that ran a migration",
            "spring_session.principal_name", "a username; the session rows end with the account (see the eraser)");

    /** Every column whose value is a person id, per table: the export names those people. */
    static Set<String> personColumnsOf(String table) {
        return REFERENCES.stream()
                .filter(r -> r.table().equals(table)
                        && r.match() == null
                        && !r.table().equals("person"))
                .map(PersonReference::column)
                .collect(java.util.stream.Collectors.toSet());
    }
}
