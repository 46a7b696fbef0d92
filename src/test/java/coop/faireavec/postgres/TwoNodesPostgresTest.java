package coop.faireavec.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import coop.faireavec.FaireAvecApplication;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.support.HttpPerson;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one PostgreSQL (issue #15, point 3): two real application contexts (own web server on a
 * random port, the engine's job executor on both, demo data off) on one embedded database, driven over HTTP. A person
 * signed in on one node is served by the other without signing in again (sessions in the database, Spring Session
 * JDBC), CSRF token included; each BPMN timer fires exactly once across the nodes; the meeting reminders job runs once
 * per period across the nodes (ShedLock); a node stopped in the middle of a job loses nothing: the other node takes
 * the job over once its lock has expired. The figures (timers per node, time to take over) are printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesPostgresTest {

    private static final String DATABASE = TestPostgres.newDatabase("two_nodes");
    private static final int LOCK_TIME_MILLIS = 10_000;
    private static final String PROCESS = "twoNodesTimer";

    private static Node a;
    private static Node b;

    @BeforeAll
    static void startTwoNodes() {
        a = Node.start("A");
        b = Node.start("B");
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent()
                .timerWithDuration("PT2S")
                .serviceTask()
                .camundaExpression("${nodeWork.fire(execution)}")
                .endEvent()
                .done();
        a.context
                .getBean(RepositoryService.class)
                .createDeployment()
                .addModelInstance(PROCESS + ".bpmn", model)
                .deploy();
    }

    @AfterAll
    static void stopNodes() {
        for (Node node : new Node[] {a, b}) {
            if (node != null && node.context.isActive()) {
                node.work.release.countDown();
                node.context.close();
            }
        }
    }

    @Test
    @Order(1)
    void aPersonSignedInOnOneNodeIsServedByTheOtherWithoutSigningInAgain() throws Exception {
        AccountPrincipal someone = a.context.getBean(TestData.class).account("twonodes", false);
        HttpPerson person = new HttpPerson();
        assertThat(person.signIn(a.base(), someone.getUsername(), TestData.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));

        HttpResponse<String> onB = person.get(b.base(), "/tasks");
        assertThat(onB.statusCode()).as("node B, same session cookie").isEqualTo(200);
        assertThat(onB.body())
                .as("signed in: the sign-out form and the person's draft key")
                .contains("action=\"/logout\"")
                .contains("name=\"faireavec-draft-owner\"");
        String tokenFromA = HttpPerson.csrfToken(person.get(a.base(), "/tasks").body());
        assertThat(person.post(b.base(), "/session/keepalive", Map.of("_csrf", tokenFromA))
                        .statusCode())
                .as("a POST on B with the CSRF token of A's page")
                .isEqualTo(204);
        assertThat(person.get(a.base(), "/tasks").statusCode()).isEqualTo(200);
        assertThat(person.get(b.base(), "/tasks").statusCode()).isEqualTo(200);
        assertThat(new HttpPerson().get(b.base(), "/tasks").headers().firstValue("Location"))
                .as("someone else, not signed in")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    @Order(2)
    void eachTimerFiresExactlyOnceAcrossTheNodes() throws Exception {
        int instances = 20;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            Node starter = i % 2 == 0 ? a : b;
            ids.add(starter.context
                    .getBean(RuntimeService.class)
                    .startProcessInstanceByKey(PROCESS)
                    .getId());
        }
        HistoryService history = a.context.getBean(HistoryService.class);
        waitFor(
                Duration.ofSeconds(90),
                () -> history.createHistoricProcessInstanceQuery()
                                .processInstanceIds(new java.util.HashSet<>(ids))
                                .finished()
                                .count()
                        == instances);

        Thread.sleep(3_000); // a second firing, if any, would show now
        for (String id : ids) {
            int firings = a.work.firings(id) + b.work.firings(id);
            assertThat(firings).as("timer of instance %s fired", id).isEqualTo(1);
        }
        assertThat(history.createHistoricActivityInstanceQuery().activityType("serviceTask").list().stream()
                        .filter(activity -> ids.contains(activity.getProcessInstanceId()))
                        .count())
                .isEqualTo(instances);
        System.out.printf(
                "two nodes: %d timers fired, %d on node A, %d on node B%n",
                instances, a.work.total(ids), b.work.total(ids));
    }

    @Test
    @Order(3)
    void theMeetingRemindersJobRunsOncePerPeriodAcrossTheNodes() throws Exception {
        // every 2 s on each node; ShedLock lets one run hold the lock for at least a minute
        waitFor(Duration.ofSeconds(60), () -> a.reminders.attempts.get() >= 3 && b.reminders.attempts.get() >= 3);
        List<Instant> runs = new ArrayList<>(a.reminders.runs);
        runs.addAll(b.reminders.runs);
        runs.sort(null);
        assertThat(runs).as("runs across both nodes").isNotEmpty();
        for (int i = 1; i < runs.size(); i++) {
            assertThat(Duration.between(runs.get(i - 1), runs.get(i)))
                    .as("time between two runs")
                    .isGreaterThan(Duration.ofSeconds(59));
        }
        System.out.printf(
                "two nodes: meeting reminders tried %d times on A and %d on B, ran %d times on A and %d on B%n",
                a.reminders.attempts.get(),
                b.reminders.attempts.get(),
                a.reminders.runs.size(),
                b.reminders.runs.size());
    }

    @Test
    @Order(4)
    void aNodeStoppedInTheMiddleOfAJobLosesNothingTheOtherTakesItOver() throws Exception {
        JobExecutor executorA = jobExecutor(a);
        executorA.shutdown(); // B alone takes the next job
        b.work.block = true;
        String id = b.context
                .getBean(RuntimeService.class)
                .startProcessInstanceByKey(PROCESS)
                .getId();
        assertThat(b.work.entered.await(60, TimeUnit.SECONDS))
                .as("node B runs the job")
                .isTrue();
        JdbcTemplate jdbc = new JdbcTemplate(a.context.getBean(javax.sql.DataSource.class));
        String lockOwner = jdbc.queryForObject(
                "select lock_owner_ from act_ru_job where process_instance_id_ = ?", String.class, id);
        assertThat(lockOwner).isEqualTo(jobExecutor(b).getLockOwner());
        executorA.start();

        // node B dies: its connections are cut while the job runs, so neither the job nor its failure is recorded
        Instant stopped = Instant.now();
        b.context.getBean(HikariDataSource.class).close();
        b.work.release.countDown();
        b.context.close();

        HistoryService history = a.context.getBean(HistoryService.class);
        waitFor(
                Duration.ofSeconds(90),
                () -> history.createHistoricProcessInstanceQuery()
                                .processInstanceId(id)
                                .finished()
                                .count()
                        == 1);
        Duration takeover = Duration.between(stopped, Instant.now());
        System.out.printf(
                "two nodes: the job locked by the stopped node B was done by A %d ms after B stopped (lock time %d ms)%n",
                takeover.toMillis(), LOCK_TIME_MILLIS);
        assertThat(a.work.firings(id)).as("done by node A").isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_job where process_instance_id_ = ?", Integer.class, id))
                .isZero();
    }

    private static JobExecutor jobExecutor(Node node) {
        return ((ProcessEngineConfigurationImpl)
                        node.context.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor();
    }

    private static void waitFor(Duration atMost, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", atMost).isLessThan(end);
            Thread.sleep(250);
        }
    }

    /** One application node: its context, its work on timers and its meeting-reminder lock attempts. */
    private record Node(ConfigurableApplicationContext context, NodeWork work, CountedLocks reminders) {

        static Node start(String name) {
            NodeWork work = new NodeWork(name);
            CountedLocks reminders = new CountedLocks();
            ConfigurableApplicationContext context = new SpringApplicationBuilder(
                            FaireAvecApplication.class, TestData.class)
                    .profiles("test", "postgres")
                    .initializers(ctx -> {
                        ctx.getBeanFactory().registerSingleton("nodeWork", work);
                        ctx.getBeanFactory().addBeanPostProcessor(reminders);
                    })
                    .run(
                            "--server.port=0",
                            "--FAIREAVEC_DB_URL=" + DATABASE,
                            "--FAIREAVEC_DB_USER=postgres",
                            "--FAIREAVEC_DB_PASSWORD=postgres",
                            "--spring.datasource.url=" + DATABASE,
                            "--faireavec.demo.enabled=false",
                            "--camunda.bpm.job-execution.enabled=true",
                            "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
                            "--camunda.bpm.job-execution.wait-time-in-millis=500",
                            "--camunda.bpm.job-execution.max-wait=1000",
                            "--faireavec.meeting-reminders.enabled=true",
                            "--faireavec.meeting-reminders.every=PT2S",
                            "--faireavec.meeting-reminders.initial-delay=PT1S",
                            "--spring.application.name=faire-avec-node-" + name);
            return new Node(context, work, reminders);
        }

        String base() {
            return "http://localhost:"
                    + ((ServletWebServerApplicationContext) context)
                            .getWebServer()
                            .getPort();
        }
    }

    /** The service task after the timer: counts, per process instance, the firings done on this node. */
    public static final class NodeWork {

        final String name;
        final Map<String, AtomicInteger> fired = new ConcurrentHashMap<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean block;

        NodeWork(String name) {
            this.name = name;
        }

        /** Called by the engine (expression {@code ${nodeWork.fire(execution)}}) in the timer job's transaction. */
        public void fire(DelegateExecution execution) throws InterruptedException {
            if (block) {
                entered.countDown();
                release.await(120, TimeUnit.SECONDS);
                return;
            }
            fired.computeIfAbsent(execution.getProcessInstanceId(), id -> new AtomicInteger())
                    .incrementAndGet();
        }

        int firings(String processInstanceId) {
            AtomicInteger count = fired.get(processInstanceId);
            return count == null ? 0 : count.get();
        }

        int total(List<String> processInstanceIds) {
            return processInstanceIds.stream().mapToInt(this::firings).sum();
        }
    }

    /** Wraps the node's ShedLock provider to count the meeting reminders' lock attempts and runs. */
    static final class CountedLocks implements BeanPostProcessor {

        final AtomicInteger attempts = new AtomicInteger();
        final List<Instant> runs = new CopyOnWriteArrayList<>();

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof LockProvider provider)) {
                return bean;
            }
            return (LockProvider) configuration -> {
                Optional<SimpleLock> lock = provider.lock(configuration);
                if ("meetingReminders".equals(configuration.getName())) {
                    attempts.incrementAndGet();
                    if (lock.isPresent()) {
                        runs.add(Instant.now());
                    }
                }
                return lock;
            };
        }
    }
}
