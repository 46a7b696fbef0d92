package coop.faireavec.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;

/**
 * Figure 2's load: the same signed-in users go round the pages people use most (dashboard, their experimentation, a
 * meeting of it, one of their open steps), with a think time after each page, for the run's duration.
 */
public class PagesSimulation extends Simulation {

    /** The measured pages: request name and path (with the feeder's attributes). */
    static final List<String[]> PAGES = List.of(
            new String[] {"dashboard", "/"},
            new String[] {"experimentation", "/experimentations/#{experimentationId}"},
            new String[] {"meeting", "/experimentations/#{experimentationId}/meetings/#{meetingId}"},
            new String[] {"step form", "/tasks/#{taskId}"});

    /** Builds the scenario from the system properties of {@link SignedInUsers}. */
    public PagesSimulation() {
        var round = exec(http(PAGES.get(0)[0]).get(PAGES.get(0)[1]).check(status().is(200)))
                .pause(SignedInUsers.thinkMin(), SignedInUsers.thinkMax());
        for (String[] page : PAGES.subList(1, PAGES.size())) {
            round = round.exec(http(page[0]).get(page[1]).check(status().is(200)))
                    .pause(SignedInUsers.thinkMin(), SignedInUsers.thinkMax());
        }
        setUp(scenario("Pages people use most")
                        .feed(SignedInUsers.feeder())
                        .exec(SignedInUsers.signIn())
                        .during(SignedInUsers.duration(), false)
                        .on(round)
                        .injectOpen(rampUsers(SignedInUsers.users()).during(Duration.ofSeconds(2))))
                .protocols(SignedInUsers.protocol());
    }
}
