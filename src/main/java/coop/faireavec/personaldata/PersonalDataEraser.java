package coop.faireavec.personaldata;

import coop.faireavec.personaldata.PersonReference.Erasure;
import coop.faireavec.process.WorkflowEngine;
import coop.faireavec.shared.ConflictException;
import coop.faireavec.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erases one person by walking {@link PersonalData#REFERENCES}: rows marked {@link Erasure#DELETE} are deleted, rows
 * marked {@link Erasure#KEEP} stay (a copied name in them becomes the pseudonym), and the person row itself becomes
 * "Personne effacée N" without contact data. Their live sessions end with their account (and their session rows are
 * deleted); open steps they held go back to their group in the engine. Runs in the caller's transaction.
 */
@Component
class PersonalDataEraser {

    /** The pseudonym of an erased person, followed by their number (the same in every language: it is stored). */
    static final String PSEUDONYM = "Personne effacée ";

    private final JdbcTemplate jdbc;
    private final String schema;
    private final Clock clock;
    private final WorkflowEngine engine;
    private final EntityManager entities;

    PersonalDataEraser(
            JdbcTemplate jdbc,
            @Value("${faireavec.db.schema}") String schema,
            Clock clock,
            WorkflowEngine engine,
            EntityManager entities) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.clock = clock;
        this.engine = engine;
        this.entities = entities;
    }

    /** What an erasure did: the pseudonym's number and the experimentations the person was a member of. */
    record Erased(int number, List<Long> experimentationIds) {}

    /**
     * @return what was done
     * @throws NotFoundException when there is no such person
     * @throws ConflictException ("conflict.alreadyErased") when the person was already erased, ("conflict.eraseLastAdmin")
     *     when the person holds the last enabled administrator account
     */
    Erased erase(long personId) {
        List<Map<String, Object>> found =
                jdbc.queryForList("select erased_no from " + table("person") + " where id = ?", personId);
        if (found.isEmpty()) {
            throw new NotFoundException("person", personId);
        }
        if (found.get(0).values().iterator().next() != null) {
            throw new ConflictException("conflict.alreadyErased");
        }
        Boolean admin = jdbc
                .query(
                        "select admin and enabled from " + table("user_account") + " where person_id = ?",
                        (rs, i) -> rs.getBoolean(1),
                        personId)
                .stream()
                .findFirst()
                .orElse(false);
        Integer admins = jdbc.queryForObject(
                "select count(*) from " + table("user_account") + " where admin = true and enabled = true",
                Integer.class);
        if (Boolean.TRUE.equals(admin) && admins != null && admins <= 1) {
            throw new ConflictException("conflict.eraseLastAdmin");
        }
        // what JPA holds of this person is written out first, and forgotten after (the rows change beneath it)
        entities.flush();
        List<Long> experimentations = jdbc.queryForList(
                "select distinct experimentation_id from " + table("membership") + " where person_id = ?",
                Long.class,
                personId);
        List<String> usernames = jdbc.queryForList(
                "select username from " + table("user_account") + " where person_id = ?", String.class, personId);
        Integer last = jdbc.queryForObject("select max(erased_no) from " + table("person"), Integer.class);
        int number = (last == null ? 0 : last) + 1;
        String pseudonym = PSEUDONYM + number;
        PersonReference self = null;
        for (PersonReference ref : PersonalData.REFERENCES) {
            switch (ref.erasure()) {
                case PSEUDONYMISE -> self = ref;
                case DELETE ->
                    jdbc.update(
                            "delete from " + table(ref.table()) + " t where " + inSchema(ref.condition()), personId);
                case KEEP -> {
                    if (ref.nameColumn() != null) {
                        jdbc.update(
                                "update " + table(ref.table()) + " t set " + ref.nameColumn() + " = ? where "
                                        + inSchema(ref.condition()),
                                pseudonym,
                                personId);
                    }
                }
            }
        }
        for (String username : usernames) {
            jdbc.update("delete from " + table("SPRING_SESSION") + " where PRINCIPAL_NAME = ?", username);
        }
        jdbc.update(
                "update " + table(self.table()) + " t set display_name = ?, email = null, phone = null,"
                        + " preferred_language = null, erased_at = ?, erased_no = ? where " + self.condition(),
                pseudonym,
                Timestamp.from(clock.instant()),
                number,
                personId);
        entities.clear();
        engine.reassignSteps("person-" + personId, null);
        return new Erased(number, experimentations);
    }

    /** Whether that person was erased (false for an unknown id). */
    boolean isErased(long personId) {
        return !jdbc.queryForList(
                        "select erased_no from " + table("person") + " where id = ? and erased_no is not null",
                        Integer.class,
                        personId)
                .isEmpty();
    }

    private String table(String name) {
        return schema + "." + name;
    }

    private String inSchema(String sql) {
        return sql.replace("%s", schema);
    }
}
