package ru.reglament.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.TestPki;
import tools.jackson.databind.JsonNode;

/**
 * A draft decision decides what else may be done: the card never offers an action that contradicts
 * it (registering an application whose acceptance the registrar is refusing), and the draft can be
 * withdrawn to change course. Checked for each kind of draft.
 */
class DraftActionsTest extends ScenarioBase {

    @Test
    void anAcceptanceRefusalDraftExcludesRegistrationUntilItIsWithdrawn() {
        Fixtures f = fixtures();
        JsonNode card = f.atAcceptanceDecision();
        assertThat(actions(card)).contains("register", "refuse-acceptance").doesNotContain("send-for-signing", "discard-draft");

        card = f.act("registrar", card, "refuse-acceptance", "grounds", List.of("INCOMPLETE_DOCUMENTS"),
                "explanation", "Не приложен паспорт");
        assertThat(actions(card)).contains("send-for-signing", "upload-decision", "discard-draft", "refuse-acceptance")
                .doesNotContain("register");
        Api.Response register = as("registrar").act(card.get("id").asLong(), "register", card);
        assertThat(register.status()).isEqualTo(409);
        assertThat(register.json().get("rule").asString()).isEqualTo("condition");

        card = f.act("registrar", card, "discard-draft");
        assertThat(card.get("decision").isNull()).isTrue();
        assertThat(actions(card)).contains("register").doesNotContain("send-for-signing", "discard-draft");
        card = f.act("registrar", card, "register");
        assertThat(card.at("/status/code").asString()).isEqualTo("SMEV_RECEIVED");
    }

    @Test
    void aGrantOrRefusalDraftIsSentForSigningOrWithdrawnButNeverBothKindsAtOnce() {
        Fixtures f = fixtures();
        for (String kind : List.of("grant", "refuse")) {
            JsonNode card = f.inDocumentsReview();
            assertThat(actions(card)).contains("grant", "refuse").doesNotContain("send-for-signing", "discard-draft");
            card = kind.equals("grant") ? f.act("specialist", card, "grant")
                    : f.act("specialist", card, "refuse", "grounds", List.of("NOT_ELIGIBLE"));
            assertThat(card.at("/decision/kind").asString()).isEqualTo(kind.equals("grant") ? "GRANT" : "REFUSAL");
            assertThat(actions(card)).as(kind).contains("send-for-signing", "discard-draft", "upload-decision");

            card = f.act("specialist", card, "discard-draft");
            assertThat(card.get("decision").isNull()).as(kind).isTrue();
            assertThat(actions(card)).as(kind).doesNotContain("send-for-signing", "discard-draft");
        }
    }

    @Test
    void organisationBTakesAnApplicationToASignedDecisionWithItsOwnStaff() throws Exception {
        Fixtures f = fixtures();
        JsonNode card = f.submit(Fixtures.ARCHIVE_CERTIFICATE, Fixtures.ORG_B, "Кировский");
        card = f.act("registrar-b", card, "assign-self");
        card = f.act("registrar-b", card, "start-registration");
        card = f.act("registrar-b", card, "register");
        assertThat(card.get("registrationNumber").asString()).startsWith("КИР-");
        card = f.act("specialist-b", card, "assign-self");
        card = f.act("specialist-b", card, "start-review");
        card = f.act("specialist-b", card, "grant");
        card = f.act("specialist-b", card, "send-for-signing");
        long id = card.get("id").asLong();
        byte[] pdf = as("official-b").get("/api/v1/applications/" + id + "/decision/document").expect(200).body();
        TestPki.Signer signer = TestPki.trustedSigner("Белов Николай Георгиевич", TestPki.Algorithm.GOST_256);
        card = f.act("official-b", as("official-b").card(id), "sign", "signature", signer.signDetached(pdf));
        assertThat(card.at("/status/code").asString()).isEqualTo("PROVIDED");
        assertThat(card.at("/decision/signature/signerName").asString()).isEqualTo("Белов Николай Георгиевич");
        assertThat(as("official").get("/api/v1/applications/" + id).status()).isEqualTo(404);
    }

    private static List<String> actions(JsonNode card) {
        return card.get("actions").valueStream().map(a -> a.get("code").asString()).toList();
    }
}
