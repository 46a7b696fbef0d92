package coop.faireavec.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code faireavec.*} settings bind under their documented names, with their defaults, and are validated. */
class FaireAvecPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesConfig.class);

    @Test
    void unsetPropertiesTakeTheirDefaults() {
        context.run(ctx -> {
            FaireAvecProperties settings = ctx.getBean(FaireAvecProperties.class);
            assertThat(settings.timeZone()).isEqualTo("Europe/Paris");
            assertThat(settings.publicUrl()).isEmpty();
            assertThat(settings.mail().enabled()).isFalse();
            assertThat(settings.mail().from()).isEmpty();
            assertThat(settings.security().bcryptStrength()).isEqualTo(12);
            assertThat(settings.session().warnBefore()).isEqualTo(Duration.ofMinutes(2));
        });
    }

    @Test
    void propertiesBindUnderTheirUnchangedNames() {
        context.withPropertyValues(
                        "faireavec.time-zone=America/Cayenne",
                        "faireavec.public-url=https://fa.example.org",
                        "faireavec.mail.enabled=true",
                        "faireavec.mail.from=Faire-Avec <fa@example.org>",
                        "faireavec.security.bcrypt-strength=13",
                        "faireavec.session.warn-before=5m")
                .run(ctx -> {
                    FaireAvecProperties settings = ctx.getBean(FaireAvecProperties.class);
                    assertThat(settings.timeZone()).isEqualTo("America/Cayenne");
                    assertThat(settings.publicUrl()).isEqualTo("https://fa.example.org");
                    assertThat(settings.mail().enabled()).isTrue();
                    assertThat(settings.mail().from()).isEqualTo("Faire-Avec <fa@example.org>");
                    assertThat(settings.security().bcryptStrength()).isEqualTo(13);
                    assertThat(settings.session().warnBefore()).isEqualTo(Duration.ofMinutes(5));
                });
    }

    @Test
    void aPublicUrlThatIsNotAnAddressStopsTheStartNamingTheProperty() {
        context.withPropertyValues("faireavec.public-url=faireavec.example.org").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("publicUrl");
        });
    }

    @Test
    void aBcryptStrengthOutOfRangeStopsTheStart() {
        context.withPropertyValues("faireavec.security.bcrypt-strength=40")
                .run(ctx -> assertThat(ctx).hasFailed());
    }
}
