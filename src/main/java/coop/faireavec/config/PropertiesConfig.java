package coop.faireavec.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link FaireAvecProperties} so that features can take it in their constructors. */
@Configuration
@EnableConfigurationProperties(FaireAvecProperties.class)
class PropertiesConfig {}
