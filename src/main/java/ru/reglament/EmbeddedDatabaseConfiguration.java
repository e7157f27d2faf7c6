package ru.reglament;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default: a real PostgreSQL 18 from Maven Central, started when no external
 * {@code spring.datasource.url} is configured. Its data folder lives outside {@code target/} so
 * that the demo contour keeps its data across restarts; durability settings are on unless a test
 * turns them off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @ConfigurationProperties("reglament.embedded-database")
    record EmbeddedDatabaseProperties(
            Path dataDirectory, boolean clean, boolean durable, int poolSize, int port, Map<String, String> settings) {

        EmbeddedDatabaseProperties {
            if (dataDirectory == null) dataDirectory = Path.of("data", "postgres");
            if (poolSize <= 0) poolSize = 20;
            settings = settings == null ? Map.of() : Map.copyOf(settings);
        }
    }

    // Closed by Spring after the DataSource (which depends on it), never by a JVM hook, or shutdown hangs.
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dir = properties.dataDirectory().toAbsolutePath();
        // A clean run killed before its close leaves a full folder behind, on which initdb refuses to start.
        if (properties.clean()) FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        String durable = properties.durable() ? "on" : "off";
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(properties.clean())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("max_wal_size", "2GB")
                .setServerConfig("jit", "off");
        // Anything else postgresql.conf takes, e.g. shared_preload_libraries=pg_stat_statements to profile.
        properties.settings().forEach(builder::setServerConfig);
        if (properties.port() > 0) builder.setPort(properties.port());
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} with data in {} (durable: {})",
                postgres.getPort(), dir, properties.durable());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setPoolName("reglament-embedded");
        return dataSource;
    }

}
