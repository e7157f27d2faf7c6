package ru.reglament;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.reglament.support.Api;
import ru.reglament.support.ScenarioBase;
import tools.jackson.databind.JsonNode;

/** What an operator and an integrator check first: health, the API description, the demo users. */
class PlatformTest extends ScenarioBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void healthIsUp() {
        assertThat(Api.anonymous(port).get("/actuator/health").expect(200).json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void apiIsDescribedWithRussianStatusesAndErrorShapes() {
        String docs = Api.anonymous(port).get("/v3/api-docs").expect(200).text();
        JsonNode api = Api.json().readTree(docs);
        assertThat(api.get("paths").has("/api/v1/applications")).isTrue();
        assertThat(api.get("paths").has("/api/v1/applications/{id}/actions/{action}")).isTrue();
        assertThat(docs).contains("Подготовлен проект решения", "Услуга оказана", "problem+json");
        assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void theBrowsersIconIsServedToAnyone() {
        Api.Response icon = Api.anonymous(port).get("/favicon.ico").expect(200);
        assertThat(icon.contentType()).contains("icon");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void embeddedDatabaseTakesFurtherServerSettingsFromConfiguration() {
        assertThat(jdbc.sql("show log_min_duration_statement").query(String.class).single()).isEqualTo("2s");
    }

    @Test
    void everyDemoRoleCanLogIn() {
        for (String login : new String[] {"registrar", "assigning-registrar", "specialist", "assigning-specialist",
                "official", "observer", "stats-observer", "org-admin", "platform-admin", "registrar-b",
                "assigning-registrar-b", "specialist-b", "assigning-specialist-b", "official-b", "observer-b",
                "stats-observer-b", "org-admin-b", "portal"}) {
            JsonNode me = Api.as(port, login).get("/api/v1/staff/me").expect(200).json();
            assertThat(me.get("login").asString()).isEqualTo(login);
            assertThat(me.get("roles")).isNotEmpty();
        }
        assertThat(Api.as(port, "registrar", "nope").get("/api/v1/staff/me").status()).isEqualTo(401);
    }
}
