package coop.faireavec.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Figure 1's load: signed-in users of mixed colleges open "My next steps" ({@code GET /tasks}) again and again, with
 * a think time between two views, for the run's duration. Only the requests named {@code tasks} are measured.
 */
public class TasksSimulation extends Simulation {

    /** Request name of the measured page. */
    static final String TASKS = "tasks";

    /** Builds the scenario from the system properties of {@link SignedInUsers}. */
    public TasksSimulation() {
        setUp(scenario("My next steps")
                        .feed(SignedInUsers.feeder())
                        .exec(SignedInUsers.signIn())
                        .during(SignedInUsers.duration(), false)
                        .on(exec(http(TASKS).get("/tasks").check(status().is(200)))
                                .pause(SignedInUsers.thinkMin(), SignedInUsers.thinkMax()))
                        .injectOpen(rampUsers(SignedInUsers.users()).during(Duration.ofSeconds(2))))
                .protocols(SignedInUsers.protocol());
    }
}
