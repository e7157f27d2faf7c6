package ru.reglament.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.TestPki;
import tools.jackson.databind.JsonNode;

/**
 * The portal (ЕПГУ) reads an application as its applicant sees it in their cabinet: the statuses, the
 * comments meant for them and the signed result — no employee, no internal comment, no draft.
 */
class PortalViewTest extends ScenarioBase {

    private static final List<String> STAFF = List.of("Петрова Анна Сергеевна", "Смирнова Ольга Викторовна",
            "Иванов Дмитрий Алексеевич", "Соколов Андрей Николаевич");
    private static final String TOSNO = "Администрация муниципального образования «Тосненский район» Ленинградской области";

    @Test
    void applicantSeesStatusesPublicCommentsAndTheSignedResultButNoStaffOrInternalNotes() throws Exception {
        Fixtures f = fixtures();
        JsonNode card = f.submit(Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A, "Кабинетов");
        long id = card.get("id").asLong();
        assertThat(card.has("assignee")).isFalse();
        assertThat(card.has("actions")).isFalse();

        long registrarId = as("registrar").get("/api/v1/staff/me").expect(200).json().get("id").asLong();
        card = f.act("assigning-registrar", card, "assign", "assigneeId", registrarId, "comment", "Возьмите, срочно");
        card = f.act("registrar", card, "start-registration");
        card = f.act("registrar", card, "comment-to-applicant", "comment", "Документы получены, идёт проверка");
        card = f.act("registrar", card, "intermediate-status", "code", "ORIGINALS_REQUIRED",
                "comment", "Принесите оригинал паспорта");
        card = f.act("registrar", card, "register", "comment", "Внутренняя пометка: сверить ГПЗУ");
        card = f.act("specialist", card, "assign-self");
        card = f.act("specialist", card, "start-review");
        card = f.act("specialist", card, "grant", "extraInfo", "Разрешение выдано на 10 лет");
        card = f.act("specialist", card, "send-for-signing");
        card = f.act("official", as("official").card(id), "return-for-rework", "comment", "Уточните срок действия");
        card = f.act("specialist", as("specialist").card(id), "send-for-signing");

        // A draft is not a result: the staff read it, the portal does not.
        byte[] draft = as("official").get("/api/v1/applications/" + id + "/decision/document").expect(200).body();
        assertThat(as("portal").get("/api/v1/applications/" + id + "/decision/document").status()).isEqualTo(404);
        assertThat(as("portal").get("/api/v1/applications/" + id + "/decision/signature").status()).isEqualTo(404);
        JsonNode portalCard = as("portal").card(id);
        assertThat(portalCard.at("/status/code").asString()).isEqualTo("DECISION_DRAFTED");
        assertThat(portalCard.get("decision").isNull()).isTrue();
        assertThat(portalCard.has("assignee")).isFalse();
        assertThat(portalCard.has("actions")).isFalse();
        assertThat(as("official").card(id).at("/decision/kind").asString()).isEqualTo("GRANT");

        TestPki.Signer signer = TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.GOST_256);
        f.act("official", as("official").card(id), "sign", "signature", signer.signDetached(draft));

        assertThat(as("portal").get("/api/v1/applications/" + id + "/decision/document").expect(200).body())
                .isEqualTo(draft);
        assertThat(as("portal").get("/api/v1/applications/" + id + "/decision/signature").expect(200).body())
                .isEqualTo(as("official").get("/api/v1/applications/" + id + "/decision/signature").expect(200).body());
        portalCard = as("portal").card(id);
        assertThat(portalCard.at("/status/name").asString()).isEqualTo("Услуга оказана");
        assertThat(portalCard.at("/decision/kind").asString()).isEqualTo("GRANT");
        assertThat(portalCard.at("/decision/extraInfo").asString()).isEqualTo("Разрешение выдано на 10 лет");
        assertThat(portalCard.at("/decision/signedAt").asString()).isNotBlank();
        assertThat(portalCard.at("/decision/documentSize").asInt()).isEqualTo(draft.length);
        assertThat(portalCard.toString()).doesNotContain(STAFF);

        JsonNode history = as("portal").get("/api/v1/applications/" + id + "/history").expect(200).json();
        assertThat(history.toString()).doesNotContain(STAFF)
                .doesNotContain("Возьмите, срочно", "Внутренняя пометка", "Уточните срок действия", "assigneeName");
        assertThat(history.valueStream().filter(h -> h.hasNonNull("comment")).map(h -> h.get("comment").asString()))
                .containsExactly("Документы получены, идёт проверка", "Принесите оригинал паспорта");
        assertThat(history.valueStream().filter(h -> !h.at("/statusAfter/code").asString()
                        .equals(h.at("/statusBefore/code").asString()))
                .map(h -> h.at("/statusAfter/code").asString()))
                .containsExactly("NEW", "REGISTRAR_ASSIGNED", "ACCEPTANCE_DECISION", "SMEV_REQUESTED", "SMEV_RECEIVED",
                        "ACCEPTED_FOR_REVIEW", "DOCUMENTS_REVIEW", "DECISION_DRAFTED", "DOCUMENTS_REVIEW",
                        "DECISION_DRAFTED", "PROVIDED");
        // Eleven status changes and the two lines meant for the applicant; the draft of the decision is not one.
        assertThat(history).hasSize(13);
        JsonNode intermediate = history.valueStream().filter(h -> h.hasNonNull("intermediateStatus")).findFirst()
                .orElseThrow();
        assertThat(intermediate.at("/intermediateStatus/name").asString())
                .isEqualTo("Требуется представить оригиналы документов");
        assertThat(intermediate.at("/statusAfter/name").asString()).isEqualTo("Принятие решения о приеме документов");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.at("/statusBefore/name").asString()).isEqualTo("Подготовлен проект решения");
        assertThat(last.at("/statusAfter/name").asString()).isEqualTo("Услуга оказана");
        assertThat(history.valueStream().map(h -> h.at("/organisation/title").asString())).containsOnly(TOSNO);
        assertThat(history.valueStream().filter(h -> h.has("actorName") || h.has("details") || h.has("action")))
                .isEmpty();

        // The staff still read everything: who did it, the internal comments and the details.
        JsonNode full = as("observer").get("/api/v1/applications/" + id + "/history").expect(200).json();
        JsonNode assignment = full.get(1);
        assertThat(assignment.get("actorName").asString()).isEqualTo("Смирнова Ольга Викторовна");
        assertThat(assignment.get("comment").asString()).isEqualTo("Возьмите, срочно");
        assertThat(assignment.at("/details/assigneeName").asString()).isEqualTo("Петрова Анна Сергеевна");
        assertThat(full.valueStream().map(h -> h.get("action").asString())).contains("grant", "return-for-rework");
        assertThat(as("observer").card(id).at("/assignee/fullName").asString()).isEqualTo("Иванов Дмитрий Алексеевич");
    }

    @Test
    void routedApplicationShowsEachStatusChangeAsMadeByTheOrganisationThatMadeIt() {
        Fixtures f = fixtures();
        JsonNode card = f.act("registrar", f.submit(Fixtures.LAND_PLOT, Fixtures.ORG_A, "Маршрутов"), "assign-self");
        long id = card.get("id").asLong();
        f.act("registrar", card, "route", "regionCode", "47", "organisationOgrn", Fixtures.ORG_B,
                "comment", "Участок в Кировском районе, не наш");
        f.act("registrar-b", as("registrar-b").card(id), "assign-self");

        JsonNode history = as("portal").get("/api/v1/applications/" + id + "/history").expect(200).json();
        assertThat(history.valueStream().map(h -> h.at("/statusAfter/code").asString()))
                .containsExactly("NEW", "REGISTRAR_ASSIGNED", "NEW", "REGISTRAR_ASSIGNED");
        assertThat(history.valueStream().map(h -> h.at("/organisation/ogrn").asString()))
                .containsExactly(Fixtures.ORG_A, Fixtures.ORG_A, Fixtures.ORG_A, Fixtures.ORG_B);
        assertThat(history.toString()).doesNotContain("Участок в Кировском районе", "toOgrn", "Петрова", "Лебедева");
        JsonNode portalCard = as("portal").card(id);
        assertThat(portalCard.at("/organisation/ogrn").asString()).isEqualTo(Fixtures.ORG_B);
        assertThat(portalCard.toString()).doesNotContain("Лебедева");
    }

    @Test
    void portalsWithdrawalAnswersWithTheApplicantsCardAndItsCommentStaysPublic() {
        Fixtures f = fixtures();
        JsonNode card = f.act("registrar", f.submit(), "assign-self");
        card = f.act("portal", card, "withdraw", "comment", "Передумал получать услугу");
        assertThat(card.at("/status/code").asString()).isEqualTo("WITHDRAWN");
        assertThat(card.has("assignee")).isFalse();
        assertThat(card.toString()).doesNotContain("Петрова");
        JsonNode last = as("portal").get("/api/v1/applications/" + card.get("id").asLong() + "/history").expect(200)
                .json().get(2);
        assertThat(last.get("comment").asString()).isEqualTo("Передумал получать услугу");
        assertThat(last.at("/statusAfter/name").asString()).isEqualTo("Отозвано заявителем");
    }
}
