package ru.reglament.interagency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registration asks other agencies over SMEV 3, through the simulator over HTTP and SOAP: the requests
 * are written with the action, sent, answered, and the application moves on by itself; a rejection or
 * silence leaves it «получены не полностью»; a skip does not wait, and a late answer is still kept.
 */
@InteragencyScenario
class InteragencyRequestsTest {

    static final String CONSTRUCTION_PERMIT = "4700000010000000001";
    static final String HOUSING = "4700000010000000003";
    static final String ORG_A = "1024701543217";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registrationSendsTheServicesRequestsAndTheAnswersMoveTheApplicationOn() {
        JsonNode card = registered(HOUSING, body -> { });
        long id = card.get("id").asLong();
        assertThat(card.at("/status/code").asString()).isEqualTo("SMEV_REQUESTED");

        card = awaitStatus(id, "SMEV_RECEIVED");
        List<JsonNode> requests = requests(id);
        assertThat(requests).extracting(r -> r.get("kindCode").asString())
                .containsExactly("MVD_REGISTRATION", "SFR_SNILS", "EGRN_EXTRACT");
        // The required two are answered; the optional ЕГРН extract may still be on its way.
        assertThat(requests.subList(0, 2)).allSatisfy(r -> {
            assertThat(r.get("state").asString()).isEqualTo("ANSWERED");
            assertThat(r.get("messageId").asString()).matches("[0-9a-f-]{14}1[0-9a-f-]{21}");
            assertThat(r.get("sentAt").isNull()).isFalse();
            assertThat(r.get("answeredAt").isNull()).isFalse();
        });
        assertThat(history(id)).contains("Межведомственный запрос «Сведения о регистрации по месту жительства»: отправлен",
                "Межведомственный запрос «Сведения о регистрации по месту жительства»: ответ получен",
                "Сведения по СМЭВ получены");
    }

    @Test
    void aRejectionLeavesTheApplicationWithIncompleteAnswers() {
        long id = registered(CONSTRUCTION_PERMIT, body -> ((ObjectNode) body.get("fields"))
                .put("cadastralNumber", "SIMULATE-REJECT")).get("id").asLong();
        awaitStatus(id, "SMEV_PARTIAL");
        JsonNode egrn = requests(id).get(0);
        assertThat(egrn.get("state").asString()).isEqualTo("REJECTED");
        assertThat(egrn.get("problem").asString()).contains("Запрашиваемые сведения отсутствуют");
    }

    @Test
    void noAnswerWithinTheKindsWorkingDaysTimesOut() {
        JsonNode registered = registered(CONSTRUCTION_PERMIT, body -> ((ObjectNode) body.get("fields"))
                .put("cadastralNumber", "SIMULATE-SILENCE"));
        long id = registered.get("id").asLong();
        String number = registered.get("portalNumber").asString();
        await(id, r -> r.get(0).get("state").asString().equals("SENT"));
        assertThat(card(id).at("/status/code").asString()).isEqualTo("SMEV_REQUESTED");
        assertThat(listed("smev-waiting", number)).isTrue();
        assertThat(listed("smev-overdue", number)).isFalse();

        clock.advance(Duration.ofDays(10));
        awaitStatus(id, "SMEV_PARTIAL");
        assertThat(requests(id).get(0).get("state").asString()).isEqualTo("TIMED_OUT");
        assertThat(listed("smev-waiting", number)).isFalse();
        assertThat(listed("smev-overdue", number)).isTrue();

        JsonNode unknown = as("registrar").get("/api/v1/applications?scope=all&condition=smev-lost").expect(422).json();
        assertThat(unknown.at("/errors/0/field").asString()).isEqualTo("condition");
        assertThat(unknown.at("/errors/0/rule").asString()).isEqualTo("condition.unknown");
    }

    @Test
    void aRequestAskedAgainOrOfAClosedApplicationLeavesTheListsConditions() {
        JsonNode registered = registered(CONSTRUCTION_PERMIT, body -> ((ObjectNode) body.get("fields"))
                .put("cadastralNumber", "SIMULATE-SILENCE"));
        long id = registered.get("id").asLong();
        String number = registered.get("portalNumber").asString();
        await(id, r -> r.get(0).get("state").asString().equals("SENT"));
        clock.advance(Duration.ofDays(10));
        JsonNode card = awaitStatus(id, "SMEV_PARTIAL");
        assertThat(listed("smev-overdue", number)).isTrue();

        // The specialist asks Росреестр again: the timed-out request is superseded, the new one awaited.
        Fixtures f = fixtures();
        card = f.act("specialist", card, "assign-self");
        card = f.act("specialist", card, "start-review");
        card = f.act("specialist", card, "rerequest-smev", "kinds", List.of("EGRN_EXTRACT"));
        await(id, r -> r.size() == 2 && r.get(1).get("state").asString().equals("SENT"));
        assertThat(listed("smev-overdue", number)).isFalse();
        assertThat(listed("smev-waiting", number)).isTrue();

        // The applicant withdraws it while the answer is still awaited: closed, it concerns nobody's list.
        card = f.act("portal", card(id), "withdraw", "comment", "Услуга больше не нужна");
        assertThat(card.at("/status/code").asString()).isEqualTo("WITHDRAWN");
        assertThat(listed("smev-waiting", number)).isFalse();
        clock.advance(Duration.ofDays(10));
        await(id, r -> r.get(1).get("state").asString().equals("TIMED_OUT"));
        assertThat(listed("smev-overdue", number)).isFalse();
    }

    @Test
    void afterASkipTheLateAnswerIsStillKept() {
        // The ЕГРН extract takes the simulator two seconds: the registrar does not wait.
        JsonNode card = registered(CONSTRUCTION_PERMIT, body -> { });
        long id = card.get("id").asLong();
        // The requests go out while the registrar looks at the card as the registration left it: each is a
        // line of history, not a change to the case, so that card still holds for the registrar's next action.
        await(id, r -> r.stream().noneMatch(request -> request.get("state").asString().equals("QUEUED")));
        assertThat(history(id)).anyMatch(line -> line.contains("отправлен"));
        card = fixtures().act("registrar", card, "skip-smev");
        assertThat(card.at("/status/code").asString()).isEqualTo("SMEV_PARTIAL");

        await(id, r -> r.get(0).get("state").asString().equals("ANSWERED"));
        assertThat(card(id).at("/status/code").asString()).isEqualTo("SMEV_PARTIAL");
    }

    @Test
    void theSpecialistRequestsOneKindAgainAndReturnsToTheReviewWhenItIsAnswered() {
        long id = registered(HOUSING, body -> { }).get("id").asLong();
        JsonNode card = awaitStatus(id, "SMEV_RECEIVED");
        Fixtures f = fixtures();
        card = f.act("specialist", card, "assign-self");
        card = f.act("specialist", card, "start-review");

        JsonNode unknown = as("specialist").act(id, "rerequest-smev", card, "kinds", List.of("ZAGS_BIRTH")).json();
        assertThat(unknown.at("/errors/0/field").asString()).isEqualTo("kinds[0]");
        assertThat(unknown.at("/errors/0/rule").asString()).isEqualTo("information-kind.unknown");

        card = f.act("specialist", card, "rerequest-smev", "kinds", List.of("SFR_SNILS"));
        assertThat(card.at("/status/code").asString()).isEqualTo("SMEV_REREQUESTED");
        awaitStatus(id, "DOCUMENTS_REVIEW");
        List<JsonNode> requests = requests(id);
        assertThat(requests).hasSize(4);
        JsonNode again = requests.get(3);
        assertThat(again.get("round").asInt()).isEqualTo(2);
        assertThat(again.get("kindCode").asString()).isEqualTo("SFR_SNILS");
        assertThat(again.get("state").asString()).isEqualTo("ANSWERED");
        assertThat(again.get("messageId").asString()).isNotEqualTo(requests.get(1).get("messageId").asString());
    }

    @Test
    void anotherOrganisationsStaffSeeNoRequests() {
        long id = registered(CONSTRUCTION_PERMIT, body -> { }).get("id").asLong();
        assertThat(as("registrar-b").get("/api/v1/applications/" + id + "/interagency-requests").status()).isEqualTo(404);
        assertThat(as("portal").get("/api/v1/applications/" + id + "/interagency-requests").status()).isEqualTo(404);
    }

    private JsonNode registered(String service, java.util.function.Consumer<ObjectNode> adjust) {
        ObjectNode body = Fixtures.intake(Fixtures.uniquePortalNumber(), service, ORG_A, Fixtures.uniqueSurname("Запросов"));
        adjust.accept(body);
        JsonNode card = as("portal").post("/api/v1/applications", body).expect(201).json();
        card = as("registrar").card(card.get("id").asLong());
        Fixtures f = fixtures();
        card = f.act("registrar", card, "assign-self");
        card = f.act("registrar", card, "start-registration");
        return f.act("registrar", card, "register");
    }

    /** Whether the list narrowed by the condition holds the application with this portal number. */
    private boolean listed(String condition, String portalNumber) {
        return as("registrar").get("/api/v1/applications?scope=all&condition=" + condition + "&q=" + portalNumber)
                .expect(200).json().get("total").asInt() == 1;
    }

    private JsonNode awaitStatus(long id, String status) {
        return fixtures().awaitStatus(id, status);
    }

    private void await(long id, Predicate<List<JsonNode>> condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.test(requests(id)) && System.nanoTime() < until) sleep();
        assertThat(condition.test(requests(id))).as("requests of %d: %s", id, requests(id)).isTrue();
    }

    /** The labels of the application's history, oldest first. */
    private List<String> history(long id) {
        return as("registrar").get("/api/v1/applications/" + id + "/history").expect(200).json()
                .valueStream().map(h -> h.get("actionLabel").asString()).toList();
    }

    private List<JsonNode> requests(long id) {
        return as("registrar").get("/api/v1/applications/" + id + "/interagency-requests").expect(200).json()
                .valueStream().toList();
    }

    private JsonNode card(long id) {
        return as("registrar").card(id);
    }

    private Api as(String login) {
        return Api.as(port, login);
    }

    private Fixtures fixtures() {
        return new Fixtures(port);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
