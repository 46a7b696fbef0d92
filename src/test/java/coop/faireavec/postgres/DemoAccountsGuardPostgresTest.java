package coop.faireavec.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.faireavec.FaireAvecApplication;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import coop.faireavec.people.UserAccount;
import coop.faireavec.support.TestData;
import coop.faireavec.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * No default account outside the demo (issue #16, point 3): under profile {@code postgres}, the application refuses
 * to start while an account the demo seeder made still has the demo password, names those accounts and says what
 * to do; it starts with {@code FAIREAVEC_DEMO=true}, or once the accounts have new passwords. Only demo-flagged
 * accounts count: an ordinary account whose password happens to be "demo" does not stop it.
 */
class DemoAccountsGuardPostgresTest {

    private static final String DATABASE = TestPostgres.newDatabase("demo_accounts_guard");

    @Test
    void startUpRefusesDemoAccountsWithTheDemoPasswordUnlessItIsADemo() {
        String demoUser = TestData.unique("porteurdemo");
        String ordinaryUser = TestData.unique("ordinaire");
        long demoPerson;
        try (ConfigurableApplicationContext first = start("--FAIREAVEC_DEMO=true")) {
            PeopleService people = first.getBean(PeopleService.class);
            String demoHash = first.getBean(PasswordEncoder.class).encode("demo");
            Person p = people.createPerson("Claire Démo", null, null);
            UserAccount demo = people.createDemoAccountWithHash(p, demoUser, demoHash, false);
            assertThat(demo.isDemoAccount()).isTrue();
            demoPerson = p.getId();
            UserAccount ordinary = people.createAccountWithHash(
                    people.createPerson("Quelqu'un", null, null), ordinaryUser, demoHash, false);
            assertThat(ordinary.isDemoAccount()).isFalse();
        }

        assertThatThrownBy(() -> start().close())
                .hasStackTraceContaining("Refusing to start: the demo accounts " + demoUser + " still have")
                .hasStackTraceContaining("FAIREAVEC_DEMO=true")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(ordinaryUser));

        try (ConfigurableApplicationContext demo = start("--FAIREAVEC_DEMO=true")) {
            demo.getBean(PeopleService.class).resetPassword(demoPerson, "un vrai mot de passe choisi");
        }
        try (ConfigurableApplicationContext production = start()) {
            assertThat(production.isActive())
                    .as("no demo account keeps the demo password")
                    .isTrue();
        }
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private static ConfigurableApplicationContext start(String... more) {
        String[] args = {
            "--server.port=0",
            "--FAIREAVEC_DB_URL=" + DATABASE,
            "--FAIREAVEC_DB_USER=postgres",
            "--FAIREAVEC_DB_PASSWORD=postgres",
            "--spring.datasource.url=" + DATABASE,
            "--faireavec.demo.enabled=false"
        };
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return new SpringApplicationBuilder(FaireAvecApplication.class)
                .profiles("test", "postgres")
                .run(all);
    }
}
