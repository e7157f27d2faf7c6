package ru.reglament.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.reglament.support.ScenarioBase;
import tools.jackson.databind.JsonNode;

/**
 * The demo contour comes with applications from the portal, so a newcomer's registrar has work at
 * once: received through the real intake, each in its organisation, each once however often the
 * platform starts (the tests' context starts it with the demo on).
 */
class DemoApplicationsTest extends ScenarioBase {

    @Test
    void eachOrganisationsRegistrarFindsItsDemoApplications() {
        JsonNode tosno = find("registrar", "9100000001");
        assertThat(tosno.get("total").asInt()).isEqualTo(1);
        assertThat(tosno.at("/items/0/applicantName").asString()).isEqualTo("Григорьев Павел Андреевич");
        assertThat(tosno.at("/items/0/serviceTitle").asString()).startsWith("Выдача разрешения на строительство");

        assertThat(find("registrar", "9100000005").get("total").asInt()).isZero();
        JsonNode kirovsk = find("registrar-b", "9100000005");
        assertThat(kirovsk.get("total").asInt()).isEqualTo(1);
        assertThat(kirovsk.at("/items/0/applicantName").asString()).isEqualTo("Лебедев Игорь Олегович");
    }

    private JsonNode find(String login, String portalNumber) {
        return as(login).get("/api/v1/applications?scope=all&q=" + portalNumber).expect(200).json();
    }
}
