package ru.reglament.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.reglament.applications.IntakeRequest;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile values in every text field that enters: each field of intake (found from the request
 * records' {@link Text} declarations) and each parameter the process's actions accept (from the
 * definition's declarations), with every class of value that used to end in a 500. Each must be a
 * 422 problem+json that names the field, and nothing may be written.
 */
class HostileInputTest extends ScenarioBase {

    /** A hostile value as it is written in JSON (an unpaired surrogate has no other way in), and the rule it breaks. */
    record Hostile(String name, String json, String rule) {
    }

    // A placeholder no valid request holds, replaced by the hostile JSON text after the body is written.
    private static final String SLOT = "§hostile§";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessDefinitions processes;

    static List<Hostile> corpus(int max) {
        return List.of(
                new Hostile("NUL", "\"ab\\u0000cd\"", "text.control-character"),
                new Hostile("bell", "\"ab\\u0007cd\"", "text.control-character"),
                new Hostile("escape", "\"ab\\u001bcd\"", "text.control-character"),
                new Hostile("C1 control", "\"ab\\u0085cd\"", "text.control-character"),
                new Hostile("high surrogate alone", "\"ab\\ud800cd\"", "text.unpaired-surrogate"),
                new Hostile("low surrogate alone", "\"ab\\udc00\"", "text.unpaired-surrogate"),
                new Hostile("one over the limit", "\"" + "я".repeat(max + 1) + "\"", "text.too-long"),
                // Longer than a B-tree index entry of PostgreSQL can hold, in any field.
                new Hostile("index overflow", "\"" + "Щ".repeat(Math.max(max + 1, 3000)) + "\"", "text.too-long"));
    }

    /** Every text field of intake with its path and declared limit, read from the records as the policy reads them. */
    static List<Object[]> intakeFields(Class<?> type, String path) {
        List<Object[]> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String field = path.isEmpty() ? component.getName() : path + "." + component.getName();
            Text text = component.getAnnotation(Text.class);
            if (component.getType() == String.class) {
                fields.add(new Object[] {field, text.max()});
            } else if (JsonNode.class.isAssignableFrom(component.getType())) {
                fields.add(new Object[] {field + ".note", text.max()});
            } else if (component.getType().isRecord()) {
                fields.addAll(intakeFields(component.getType(), field));
            }
        }
        return fields;
    }

    @TestFactory
    Stream<DynamicTest> everyTextFieldOfIntakeRefusesHostileValuesAndWritesNothing() {
        List<Object[]> fields = intakeFields(IntakeRequest.class, "");
        assertThat(fields).extracting(f -> f[0]).contains("portalNumber", "applicant.lastName",
                "applicant.document.issuer", "representative.email", "fields.note");
        return fields.stream().flatMap(field -> corpus((Integer) field[1]).stream().map(hostile ->
                DynamicTest.dynamicTest(field[0] + " ← " + hostile.name(), () -> {
                    long before = applications();
                    String portalNumber = Fixtures.uniquePortalNumber();
                    ObjectNode body = Fixtures.intake(portalNumber, Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A, "Враждебнов");
                    body.set("representative", body.get("applicant").deepCopy());
                    String path = (String) field[0];
                    put(body, path);
                    String json = Api.json().writeValueAsString(body).replace("\"" + SLOT + "\"", hostile.json());
                    Api.Response answer = as("portal").post("/api/v1/applications", json);
                    assertRefused(answer, path, hostile.rule());
                    assertThat(applications()).as("no application written").isEqualTo(before);
                    assertThat(as("registrar").get("/api/v1/applications?scope=all&q=" + portalNumber).expect(200)
                            .json().get("items")).isEmpty();
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyActionParameterRefusesHostileValuesAndChangesNothing() {
        JsonNode card = fixtures().submit();
        long id = card.get("id").asLong();
        // Each text parameter once, with an action that declares it: the body is checked against that action.
        Map<String, Map.Entry<String, ActionParameter>> texts = new TreeMap<>();
        ProcessDefinition process = processes.current("default");
        for (ProcessAction action : process.actions().values()) {
            process.parameters(action.code()).values().stream()
                    .filter(p -> p.shape() == ActionParameter.Shape.TEXT || p.shape() == ActionParameter.Shape.TEXT_LIST)
                    .forEach(p -> texts.putIfAbsent(p.name(), Map.entry(action.code(), p)));
        }
        assertThat(texts.keySet()).contains("comment", "explanation", "organisationOgrn", "grounds", "signature", "code");
        return texts.values().stream().flatMap(declared -> corpus(declared.getValue().max()).stream().map(hostile ->
                DynamicTest.dynamicTest(declared.getKey() + "." + declared.getValue().name() + " ← " + hostile.name(), () -> {
                    ActionParameter parameter = declared.getValue();
                    long history = history(id);
                    boolean list = parameter.shape() == ActionParameter.Shape.TEXT_LIST;
                    String value = list ? "[" + hostile.json() + "]" : hostile.json();
                    String field = list ? parameter.name() + "[0]" : parameter.name();
                    // The body is checked before who may act or in which status: only the parameters stand in the way.
                    String body = "{\"version\": " + card.get("version").asInt() + ", \"" + parameter.name() + "\": " + value + "}";
                    Api.Response answer = as("registrar").post("/api/v1/applications/" + id + "/actions/"
                            + declared.getKey(), body);
                    assertRefused(answer, field, hostile.rule());
                    JsonNode after = as("registrar").card(id);
                    assertThat(after.get("version").asInt()).isEqualTo(card.get("version").asInt());
                    assertThat(after.get("status").get("code").asString()).isEqualTo("NEW");
                    assertThat(history(id)).isEqualTo(history);
                })));
    }

    @Test
    void anUnknownOrMistypedActionParameterIsNamed() {
        JsonNode card = fixtures().submit();
        long id = card.get("id").asLong();
        int version = card.get("version").asInt();
        Api.Response unknown = as("registrar").post("/api/v1/applications/" + id + "/actions/assign-self",
                "{\"version\": " + version + ", \"comentary\": \"опечатка\"}");
        assertRefused(unknown, "comentary", "parameter.unknown");
        Api.Response mistyped = as("registrar").post("/api/v1/applications/" + id + "/actions/assign",
                "{\"version\": " + version + ", \"assigneeId\": \"шесть\"}");
        assertRefused(mistyped, "assigneeId", "type");
        // Each action takes only its own parameters: an assignee means nothing to «take it myself».
        Api.Response foreign = as("registrar").post("/api/v1/applications/" + id + "/actions/assign-self",
                "{\"version\": " + version + ", \"assigneeId\": 6}");
        assertRefused(foreign, "assigneeId", "parameter.unknown");
        Api.Response hostileKey = as("registrar").post("/api/v1/applications/" + id + "/actions/assign-self",
                "{\"version\": " + version + ", \"com\\u0000ment\": \"x\"}");
        assertRefused(hostileKey, "body", "text.control-character");
        assertThat(as("registrar").card(id).get("version").asInt()).isEqualTo(version);
    }

    @Test
    void portalNumbersHaveThePortalsLengthAndAlphabet() {
        for (String number : List.of("7", "123456789", "EPGU-1234567890", "0123456789", "1".repeat(21))) {
            ObjectNode body = Fixtures.intake(number, Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A, "Номеров");
            assertRefused(as("portal").post("/api/v1/applications", body), "portalNumber", "format");
        }
        ObjectNode good = Fixtures.intake("12345678901234", Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A, "Номеров");
        as("portal").post("/api/v1/applications", good).expect(201);
    }

    @Test
    void datesOutsideWhatThePlatformCanReasonAboutAreRefused() {
        assertRefused(intakeWith(b -> b.put("submittedAt", "0001-01-01T00:00:00+03:00")), "submittedAt", "date.range");
        assertRefused(intakeWith(b -> b.put("submittedAt", "2999-01-01T00:00:00+03:00")), "submittedAt", "date.future");
        assertRefused(intakeWith(b -> ((ObjectNode) b.get("applicant")).put("birthDate", "2999-01-01")),
                "applicant.birthDate", "date.past");
        assertRefused(intakeWith(b -> ((ObjectNode) b.get("applicant")).put("birthDate", "1812-09-07")),
                "applicant.birthDate", "date.range");
        assertRefused(intakeWith(b -> ((ObjectNode) b.get("applicant").get("document")).put("issuedAt", "2999-01-01")),
                "applicant.document.issuedAt", "date.past");
    }

    private Api.Response intakeWith(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode body = Fixtures.intake(Fixtures.uniquePortalNumber(), Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A, "Датов");
        change.accept(body);
        return as("portal").post("/api/v1/applications", body);
    }

    @Test
    void aKeyGivenTwiceOrAMisspeltFieldIsRefusedNotDropped() {
        String twice = "{\"portalNumber\": \"" + Fixtures.uniquePortalNumber() + "\", \"portalNumber\": \""
                + Fixtures.uniquePortalNumber() + "\"}";
        assertRefused(as("portal").post("/api/v1/applications", twice), "portalNumber", "json.duplicate-key");
        ObjectNode misspelt = Fixtures.intake(Fixtures.uniquePortalNumber(), Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A, "Опечаткин");
        ((ObjectNode) misspelt.get("applicant")).put("midleName", "Петрович");
        assertRefused(as("portal").post("/api/v1/applications", misspelt), "applicant.midleName", "field.unknown");
    }

    @Test
    void queryParametersAndTheirNamesPassTheSamePolicy() {
        assertRefused(as("registrar").get("/api/v1/applications?scope=all&q=%00"), "q", "text.control-character");
        assertRefused(as("registrar").get("/api/v1/applications?scope=all&status=NEW%7F"), "status", "text.control-character");
        assertRefused(as("registrar").get("/api/v1/applications?scope=all&x%07y=1"), "parameter", "text.control-character");
    }

    private static void put(ObjectNode body, String path) {
        String[] parts = path.split("\\.");
        ObjectNode node = body;
        for (int i = 0; i < parts.length - 1; i++) {
            if (node.get(parts[i]) == null || !node.get(parts[i]).isObject()) node.putObject(parts[i]);
            node = (ObjectNode) node.get(parts[i]);
        }
        node.put(parts[parts.length - 1], SLOT);
    }

    private static void assertRefused(Api.Response answer, String field, String rule) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode errors = answer.json().get("errors");
        List<String> found = new ArrayList<>();
        errors.forEach(e -> found.add(e.get("field").asString() + ":" + e.get("rule").asString()));
        if (rule == null) assertThat(found).anyMatch(f -> f.startsWith(field + ":"));
        else assertThat(found).as(answer.text()).contains(field + ":" + rule);
        assertThat(answer.text()).doesNotContain("Exception", "SQL", "at ru.");
    }

    private long applications() {
        return jdbc.queryForObject("select count(*) from applications_application", Long.class);
    }

    private long history(long id) {
        return jdbc.queryForObject("select count(*) from applications_history where application_id = ?", Long.class, id);
    }
}
