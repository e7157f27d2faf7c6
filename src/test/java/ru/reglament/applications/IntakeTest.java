package ru.reglament.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The portal sends applications in: accepted once, retries are safe, bad input is named field by field. */
@ExtendWith(OutputCaptureExtension.class)
class IntakeTest extends ScenarioBase {

    @Test
    void portalSubmitsApplicationAndRetryReturnsTheSameOne() {
        String number = Fixtures.uniquePortalNumber();
        ObjectNode body = Fixtures.intake(number, Fixtures.HOUSING_QUEUE, Fixtures.ORG_A, "Жилищнов");
        Api.Response first = as("portal").post("/api/v1/applications", body).expect(201);
        JsonNode card = first.json();
        assertThat(card.get("portalNumber").asString()).isEqualTo(number);
        assertThat(card.at("/service/code").asString()).isEqualTo(Fixtures.HOUSING_QUEUE);
        assertThat(card.at("/organisation/ogrn").asString()).isEqualTo(Fixtures.ORG_A);
        assertThat(card.at("/status/name").asString()).isEqualTo("Новое");
        assertThat(card.get("maxTermDays").asInt()).isEqualTo(25);
        assertThat(card.get("daysLeft").asInt()).isBetween(24, 25);
        assertThat(card.at("/applicant/lastName").asString()).isEqualTo("Жилищнов");
        assertThat(card.at("/fields/cadastralNumber").asString()).isEqualTo("47:29:0103001:123");
        // The answer is built from what was sent and what the database generated: it is the stored card.
        assertThat(as("portal").card(card.get("id").asLong())).isEqualTo(card);

        // The same request with its keys in another order is the same request.
        ObjectNode reordered = Api.json().createObjectNode();
        List<String> names = new java.util.ArrayList<>(body.propertyNames());
        java.util.Collections.reverse(names);
        names.forEach(name -> reordered.set(name, body.get(name)));
        Api.Response retry = as("portal").post("/api/v1/applications", reordered).expect(200);
        assertThat(retry.json().get("id").asLong()).isEqualTo(card.get("id").asLong());

        ObjectNode changed = body.deepCopy();
        changed.put("purpose", "Другая цель");
        Api.Response conflict = as("portal").post("/api/v1/applications", changed);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("rule").asString()).isEqualTo("portal-number.reused");
        assertThat(as("portal").card(card.get("id").asLong()).get("purpose").asString()).isEqualTo("Получение услуги");
    }

    @Test
    void legalEntityAndEntrepreneurApplicantsAreAccepted() {
        ObjectNode legal = Fixtures.intake(Fixtures.uniquePortalNumber(), Fixtures.ARCHIVE_CERTIFICATE, Fixtures.ORG_A, "x");
        legal.putObject("applicant").put("kind", "LEGAL").put("organisationName", "ООО «Ромашка»")
                .put("ogrn", "1027700132195").put("inn", "7707083893").put("email", "office@romashka.ru");
        JsonNode card = as("portal").post("/api/v1/applications", legal).expect(201).json();
        assertThat(as("registrar").get("/api/v1/applications?scope=all&q=" + card.get("portalNumber").asString())
                .expect(200).json().at("/items/0/applicantName").asString()).isEqualTo("ООО «Ромашка»");
        // Nothing begins with «ромашка», so the search looks for it anywhere in the name.
        assertThat(as("registrar").get("/api/v1/applications?scope=all&size=100&q=" + java.net.URLEncoder.encode("ромашка",
                java.nio.charset.StandardCharsets.UTF_8)).expect(200).json().get("items").valueStream()
                .map(i -> i.get("id").asLong())).contains(card.get("id").asLong());

        ObjectNode entrepreneur = Fixtures.intake(Fixtures.uniquePortalNumber(), Fixtures.ARCHIVE_CERTIFICATE, Fixtures.ORG_A, "x");
        entrepreneur.putObject("applicant").put("kind", "ENTREPRENEUR").put("lastName", "Сидоров").put("firstName", "Пётр")
                .put("ogrn", "304500116000157").put("inn", "500100732259");
        as("portal").post("/api/v1/applications", entrepreneur).expect(201);
    }

    @Test
    void badIdentifiersAreRejectedFieldByFieldAndNothingIsStored(CapturedOutput output) {
        String number = Fixtures.uniquePortalNumber();
        ObjectNode body = Fixtures.intake(number, Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A, "Ошибкин");
        ((ObjectNode) body.get("applicant")).put("snils", "112-233-445 96").put("inn", "500100732250");
        ((ObjectNode) body.get("applicant")).remove("firstName");
        body.put("organisationOgrn", "1024701543218");
        Api.Response response = as("portal").post("/api/v1/applications", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(violations(response)).contains(
                "applicant.snils:snils.checksum", "applicant.inn:inn.checksum", "applicant.firstName:required",
                "organisationOgrn:ogrn.checksum");
        assertThat(as("registrar").get("/api/v1/applications?scope=all&q=" + number).expect(200).json().get("total").asInt())
                .isZero();
        assertThat(output.getAll()).doesNotContain("112-233-445 96", "11223344596", "1980-05-17");
    }

    @Test
    void unknownServiceAndOrganisationNotProvidingItAreRejected() {
        ObjectNode unknownService = Fixtures.intake(Fixtures.uniquePortalNumber(), "9999", Fixtures.ORG_A, "Иванов");
        assertThat(violations(as("portal").post("/api/v1/applications", unknownService)))
                .containsExactly("serviceCode:service.unknown");
        ObjectNode unknownOrganisation = Fixtures.intake(Fixtures.uniquePortalNumber(), Fixtures.CONSTRUCTION_PERMIT,
                "1027700132195", "Иванов");
        assertThat(violations(as("portal").post("/api/v1/applications", unknownOrganisation)))
                .containsExactly("organisationOgrn:organisation.unknown");
    }

    @Test
    void missingRequiredFieldsAreAllNamed() {
        Api.Response response = as("portal").post("/api/v1/applications", "{\"applicant\": {}}");
        assertThat(violations(response)).contains("portalNumber:required", "serviceCode:required",
                "organisationOgrn:required", "submittedAt:required", "applicant.kind:required");
        Api.Response garbage = as("portal").post("/api/v1/applications", "{not json");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("rule").asString()).isEqualTo("json.malformed");
    }

    @Test
    void onlyThePortalSubmitsApplications() {
        ObjectNode body = Fixtures.intake(Fixtures.uniquePortalNumber(), Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A, "Иванов");
        assertThat(as("registrar").post("/api/v1/applications", body).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).post("/api/v1/applications", body).status()).isEqualTo(401);
        assertThat(Api.as(port, "portal", "wrong-password").post("/api/v1/applications", body).status()).isEqualTo(401);
        // None of them stored anything: the portal's own request is the first with this number.
        assertThat(as("portal").post("/api/v1/applications", body).status()).isEqualTo(201);
    }

    static List<String> violations(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        return response.json().get("errors").valueStream()
                .map(e -> e.get("field").asString() + ":" + e.get("rule").asString()).toList();
    }
}
