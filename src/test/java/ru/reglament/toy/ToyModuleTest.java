package ru.reglament.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.reglament.directory.Directory;
import ru.reglament.directory.DirectoryChanges;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.WorkstationSession;
import tools.jackson.databind.JsonNode;

/**
 * The toy module (this package) plugs a new effect, fact and listener into the platform without
 * touching {@code applications}, and a process file (toy.yaml) alone decides what its action asks
 * for, when it may be taken and whose worklist its applications fill.
 */
class ToyModuleTest extends ScenarioBase {

    static final String TOY_SERVICE = "4700000099000000001";

    @Autowired
    DirectoryChanges changes;
    @Autowired
    Directory directory;
    @Autowired
    StampBook book;
    @Autowired
    ToyListeners listeners;

    @BeforeEach
    void toyServiceAtOrganisationA() {
        if (directory.serviceByCode(TOY_SERVICE).isPresent()) return;
        int service = changes.upsertService(TOY_SERVICE, "Проставление штампа (услуга тестового модуля)", "Штамп", 3, null,
                "toy", null, Map.of());
        changes.link(directory.organisationByOgrn(Fixtures.ORG_A).orElseThrow().id(), service);
        directory.refresh();
    }

    @Test
    void aModuleOfItsOwnAddsAnEffectAFactAndAListenerWithoutTouchingApplications() {
        Fixtures f = fixtures();
        long id = f.submit(TOY_SERVICE, Fixtures.ORG_A, "Штампов").get("id").asLong();
        JsonNode card = as("registrar").card(id);
        assertThat(card.at("/status/code").asString()).isEqualTo("TOY_NEW");
        assertThat(codes(card)).containsExactly("stamp");
        JsonNode stamp = card.get("actions").get(0);
        assertThat(stamp.at("/parameters/0/name").asString()).isEqualTo("stampText");
        assertThat(stamp.at("/parameters/0/required").asBoolean()).isTrue();
        assertThat(stamp.at("/parameters/0/label").asString()).isEqualTo("Текст штампа");

        // The module's fact keeps «Завершить» closed until there is a stamp.
        Api.Response early = as("registrar").act(id, "finish", card);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rule").asString()).isEqualTo("condition");
        Api.Response blank = as("registrar").act(id, "stamp", card, "stampText", " ");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().at("/errors/0/field").asString()).isEqualTo("stampText");
        assertThat(blank.json().at("/errors/0/rule").asString()).isEqualTo("required");
        assertThat(book.stampOf(id)).isNull();

        card = f.act("registrar", card, "stamp", "stampText", "Проверено");
        assertThat(book.stampOf(id)).isEqualTo("Проверено");
        assertThat(codes(card)).containsExactly("stamp", "finish");
        JsonNode history = as("registrar").get("/api/v1/applications/" + id + "/history").expect(200).json();
        assertThat(history.get(history.size() - 1).at("/details/stamp").asString()).isEqualTo("Проверено");

        card = f.act("registrar", card, "finish");
        assertThat(card.at("/status/code").asString()).isEqualTo("TOY_DONE");
        assertThat(card.get("closedAt").isNull()).isFalse();

        // Its listeners hear the applications' events and its own, once each action is committed.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(listeners.actedOn(id)).extracting(e -> e.action()).containsExactly("stamp", "finish");
            assertThat(listeners.stampedOn(id)).singleElement()
                    .satisfies(e -> assertThat(e.stampedBy()).isEqualTo("Петрова Анна Сергеевна"));
        });
    }

    @Test
    void theProcessFileAloneSaysWhatTheFormAsksForAndWhoseWorklistItFills() throws Exception {
        long id = fixtures().submit(TOY_SERVICE, Fixtures.ORG_A, "Штампов").get("id").asLong();
        WorkstationSession registrar = WorkstationSession.logIn(port, "registrar");
        String page = registrar.get("/applications/" + id);
        assertThat(page).contains("id=\"field-stamp-stampText\"", "Текст штампа", "id=\"submit-stamp\"")
                .doesNotContain("id=\"action-finish\"");
        assertThat(registrar.get("/")).contains("Ждут штампа");

        JsonNode body = as("registrar").get("/v3/api-docs").expect(200).json()
                .at("/paths/~1api~1v1~1applications~1{id}~1actions~1stamp/post/requestBody/content/application~1json/schema");
        assertThat(body.at("/properties/stampText/maxLength").asInt()).isEqualTo(100);
        assertThat(body.get("required")).extracting(JsonNode::asString).containsExactlyInAnyOrder("version", "stampText");
    }

    private static List<String> codes(JsonNode card) {
        return card.get("actions").valueStream().map(a -> a.get("code").asString()).toList();
    }
}
