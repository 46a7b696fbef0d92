package coop.faireavec.config;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring-scheduled jobs and their lock across application nodes (issue #15). Every node runs the same
 * {@code @Scheduled} methods; each such method also carries ShedLock's {@code @SchedulerLock(name = ...)}, so only the
 * node that takes the row of that name in the {@code shedlock} table (Flyway V53, in the app schema) runs it for that
 * period. Lock times are read from the database's clock ({@code usingDbTime}), so nodes whose clocks drift still
 * agree. A job that dies with its node is free again after its {@code lockAtMostFor} (default 10 minutes).
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfig {

    /** The JDBC lock provider on the application's data source, table {@code <app schema>.shedlock}. */
    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${faireavec.db.schema}") String schema) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(schema + ".shedlock")
                .usingDbTime()
                .build());
    }
}
