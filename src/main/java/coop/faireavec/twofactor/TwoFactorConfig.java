package coop.faireavec.twofactor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link TwoFactorProperties}. */
@Configuration
@EnableConfigurationProperties(TwoFactorProperties.class)
class TwoFactorConfig {}
