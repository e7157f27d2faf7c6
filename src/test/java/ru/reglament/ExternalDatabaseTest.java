package ru.reglament;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import ru.reglament.support.Api;

/** With spring.datasource.url set, the platform uses that PostgreSQL: no embedded one, no demo contour. */
class ExternalDatabaseTest {

    @Test
    void platformRunsOnAnExternalPostgresqlWithoutDemoData() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target", "external-postgres")).setCleanDataDirectory(true).start()) {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ReglamentApplication.class).run(
                    "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--server.port=0",
                    "--reglament.files.directory=target/external-files",
                    "--logging.level.root=warn")) {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
                assertThat(Api.anonymous(port).get("/actuator/health").expect(200).json().get("status").asString())
                        .isEqualTo("UP");
                assertThat(Api.as(port, "registrar").get("/api/v1/staff/me").status()).isEqualTo(401);
                try (Connection db = external.getPostgresDatabase().getConnection();
                        ResultSet rs = db.createStatement().executeQuery(
                                "select count(*) from flyway_schema_history where success")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(4);
                }
            }
        }
    }
}
