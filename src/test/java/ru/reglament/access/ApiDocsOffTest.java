package ru.reglament.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import ru.reglament.support.Api;

/**
 * Production leaves the API description, Swagger UI and the info endpoint off: nothing serves those
 * paths, so they answer 404 to anyone, while health stays public. A context of its own (and its own
 * database), closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reglament.api-docs.enabled=false",
        "reglament.embedded-database.data-directory=target/test-postgres-api-docs-off"})
@ActiveProfiles("test")
@DirtiesContext
class ApiDocsOffTest {

    @LocalServerPort
    int port;

    @Test
    void productionDoesNotDescribeItselfToOutsiders() {
        Api anonymous = Api.anonymous(port);
        for (String path : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html",
                "/swagger-ui/index.html", "/actuator/info"}) {
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(anonymous.get("/actuator/health").expect(200).json().get("status").asString()).isEqualTo("UP");
        // A logged-in caller learns no more.
        assertThat(Api.as(port, "registrar").get("/v3/api-docs").status()).isEqualTo(404);
    }
}
