package coop.faireavec.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The load's users and what each opens, read from the generated database: for each sample user, their person id, the
 * experimentation they are a member of, its first meeting, and one open step offered to their college (a candidate
 * group link in the engine's {@code ACT_RU_IDENTITYLINK}). Written as the CSV the simulations feed on.
 */
final class LoadUsers {

    /**
     * One user of the load.
     *
     * @param username sign-in name
     * @param personId their person id (engine user {@code person-<id>})
     * @param experimentationId the experimentation they belong to
     * @param meetingId one meeting of it
     * @param taskId one open step offered to them
     */
    record User(String username, long personId, long experimentationId, long meetingId, String taskId) {}

    private LoadUsers() {}

    /** Reads the users of the run's data set from its database. */
    static List<User> of(BenchRun run) throws SQLException {
        List<User> users = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(run.jdbcUrl(), run.dbUser(), run.dbPassword());
                PreparedStatement q = c.prepareStatement("select a.person_id, m.experimentation_id,"
                        + " (select min(g.id) from app.meeting g where g.experimentation_id = m.experimentation_id),"
                        + " (select min(t.id_) from public.act_ru_task t join public.act_ru_identitylink l"
                        + " on l.task_id_ = t.id_ and l.type_ = 'candidate'"
                        + " where l.group_id_ = 'exp-' || m.experimentation_id || '-' || m.college)"
                        + " from app.user_account a join app.membership m on m.person_id = a.person_id"
                        + " where a.username = ?")) {
            for (String username : run.dataSet().usernames()) {
                q.setString(1, username);
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next() || r.getString(4) == null) {
                        throw new IllegalStateException(username + " has no open step to open");
                    }
                    users.add(new User(username, r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4)));
                }
            }
        }
        return users;
    }

    /** Writes the users as the simulations' feeder: {@code username,experimentationId,meetingId,taskId}. */
    static Path feeder(BenchRun run, List<User> users) throws IOException {
        Path file = BenchMain.workDir().resolve(run.scale() + "-users.csv");
        List<String> lines = new ArrayList<>();
        for (User u : users) {
            lines.add(u.username() + "," + u.experimentationId() + "," + u.meetingId() + "," + u.taskId());
        }
        Files.write(file, lines);
        return file;
    }
}
