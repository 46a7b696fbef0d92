package coop.faireavec.directory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the directory's settings ({@link DirectoryProperties}). */
@Configuration
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfig {}
