package coop.faireavec.setup;

import coop.faireavec.notification.NotificationService;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * Creates an administrator from the command line, for scripted deployments, then stops without serving:
 * {@code java -jar faire-avec.jar --faireavec.admin.create=USERNAME [--faireavec.admin.name="..."]
 * [--faireavec.admin.email=...]}. The password comes from the environment variable {@value #PASSWORD_VARIABLE} or,
 * when it is absent, from standard input (asked twice without echo on a terminal, else the first line); never from
 * the command line, where other users of the machine could read it. It follows the one password policy.
 * Exit codes: {@value #CREATED} created, {@value #INVALID} refused (no password, username or password not
 * acceptable: a plain message says why), {@value #TAKEN} the username exists already (nothing changed).
 * An administrator created this way also closes any open set-up address; it may be added when others exist (the way
 * back in when every administrator lost their access).
 */
@Component
@ConditionalOnProperty(AdminCommandLine.PROPERTY)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AdminCommandLine implements ApplicationRunner, ExitCodeGenerator {

    /** The username of the administrator to create; its presence turns the run into the command. */
    public static final String PROPERTY = "faireavec.admin.create";

    static final String NAME_PROPERTY = "faireavec.admin.name";
    static final String EMAIL_PROPERTY = "faireavec.admin.email";
    static final String PASSWORD_VARIABLE = "FAIREAVEC_ADMIN_PASSWORD";
    static final int CREATED = 0;
    static final int INVALID = 1;
    static final int TAKEN = 2;

    /** While the command runs: no HTTP port, no demo data, no engine jobs or reminders running beside a live node. */
    static final Map<String, Object> QUIET = Map.of(
            "server.port", "-1",
            "faireavec.demo.enabled", "false",
            "camunda.bpm.job-execution.enabled", "false",
            "faireavec.meeting-reminders.enabled", "false");

    private final SetupService setup;
    private final MessageSource messages;
    private final NotificationService notifications;
    private final Environment environment;
    private volatile int exitCode = INVALID;

    AdminCommandLine(
            SetupService setup, MessageSource messages, NotificationService notifications, Environment environment) {
        this.setup = setup;
        this.messages = messages;
        this.notifications = notifications;
        this.environment = environment;
    }

    /** True if these program arguments ask for the command ({@code --faireavec.admin.create=...}). */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.startsWith("--" + PROPERTY + "="));
    }

    /**
     * Runs the application as the command: the context starts without opening its HTTP port, the command runs,
     * and the started context is returned; {@code SpringApplication.exit(context)} then gives the exit code and
     * closes it.
     */
    public static ConfigurableApplicationContext start(Class<?> application, String... args) {
        SpringApplication app = new SpringApplication(application);
        app.addInitializers(context -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("adminCommandLine", QUIET)));
        return app.run(args);
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = execute(
                environment.getProperty(PROPERTY),
                environment.getProperty(NAME_PROPERTY),
                environment.getProperty(EMAIL_PROPERTY),
                System.getenv(),
                System.in,
                System.console(),
                System.out);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /**
     * Creates the administrator {@code username} (shown as {@code displayName}, else as the username) with the
     * password of {@code variables} or else of {@code console} / {@code stdin}; writes what happened to {@code out}
     * in plain English and returns the exit code.
     */
    int execute(
            String username,
            String displayName,
            String email,
            Map<String, String> variables,
            InputStream stdin,
            Console console,
            PrintStream out) {
        String login = username == null ? "" : username.strip();
        String password = variables.get(PASSWORD_VARIABLE);
        if (password == null) {
            password = console != null ? fromConsole(console, out) : firstLine(stdin);
        }
        if (password == null || password.isEmpty()) {
            out.println("No password: set the environment variable " + PASSWORD_VARIABLE
                    + " or type it on standard input. Nothing was created.");
            return INVALID;
        }
        String name = displayName == null || displayName.isBlank() ? login : displayName.strip();
        SetupService.NewAdministrator admin = new SetupService.NewAdministrator(name, email, login, password);
        Map<String, String> problems = setup.problems(admin);
        if ("form.usernameTaken".equals(problems.get("username"))) {
            out.println("The username '" + login + "' exists already. Nothing was changed.");
            return TAKEN;
        }
        if (!problems.isEmpty()) {
            problems.forEach(
                    (field, key) -> out.println(field + ": " + messages.getMessage(key, null, Locale.ENGLISH)));
            out.println("Nothing was created.");
            return INVALID;
        }
        String created = setup.createAdministrator(admin);
        out.println("Administrator '" + created + "' created. Sign in at " + notifications.absoluteLink("/login"));
        return CREATED;
    }

    private static String fromConsole(Console console, PrintStream out) {
        char[] first = console.readPassword("Password for the new administrator: ");
        char[] again = console.readPassword("The same password again: ");
        if (first == null || again == null) {
            return null;
        }
        if (!Arrays.equals(first, again)) {
            out.println("The two passwords differ.");
            return null;
        }
        return new String(first);
    }

    private static String firstLine(InputStream stdin) {
        try {
            return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
