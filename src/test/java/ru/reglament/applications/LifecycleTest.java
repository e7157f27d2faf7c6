package ru.reglament.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.TestPki;
import ru.reglament.support.WorkstationSession;
import tools.jackson.databind.JsonNode;

/** One application from the portal to each final status, as the registrar, specialist and official do it. */
class LifecycleTest extends ScenarioBase {

    @Test
    void applicationGoesFromPortalToServiceProvided() throws Exception {
        Fixtures f = fixtures();
        JsonNode card = f.submit(Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A, "Строителев");
        assertThat(card.at("/status/code").asString()).isEqualTo("NEW");
        assertThat(card.at("/status/name").asString()).isEqualTo("Новое");
        assertThat(card.get("deadline").asString()).isNotBlank();

        card = as("registrar").card(card.get("id").asLong());
        assertThat(card.get("assignee").isNull()).isTrue();
        assertThat(actions(card)).contains("assign-self", "route").doesNotContain("assign", "register");

        card = f.act("registrar", card, "assign-self");
        assertThat(card.at("/status/name").asString()).isEqualTo("Назначен исполнитель");
        assertThat(card.at("/assignee/fullName").asString()).isEqualTo("Петрова Анна Сергеевна");

        card = f.act("registrar", card, "start-registration");
        assertThat(card.at("/status/code").asString()).isEqualTo("ACCEPTANCE_DECISION");
        assertThat(actions(card)).contains("register", "refuse-acceptance", "comment-to-applicant");

        card = f.act("registrar", card, "comment-to-applicant", "comment", "Документы получены, идёт проверка");
        card = f.act("registrar", card, "register");
        // No interagency requests are configured for the service, so the answers count as received at once.
        assertThat(card.at("/status/code").asString()).isEqualTo("SMEV_RECEIVED");
        assertThat(card.at("/status/name").asString()).isEqualTo("Сведения по СМЭВ получены");
        assertThat(card.get("registrationNumber").asString()).matches("ТОС-\\d{4}-\\d{6}");

        assertThat(actions(as("specialist").card(card.get("id").asLong()))).contains("assign-self")
                .doesNotContain("start-review", "grant");
        card = f.act("specialist", card, "assign-self");
        assertThat(card.at("/status/name").asString()).isEqualTo("Заявление принято к рассмотрению");
        card = f.act("specialist", card, "start-review");
        assertThat(card.at("/status/code").asString()).isEqualTo("DOCUMENTS_REVIEW");
        assertThat(actions(card)).contains("grant", "refuse").doesNotContain("send-for-signing");

        card = f.act("specialist", card, "grant", "extraInfo", "Срок действия разрешения — 10 лет");
        assertThat(card.at("/decision/kind").asString()).isEqualTo("GRANT");
        assertThat(card.at("/decision/signature").isMissingNode() || card.at("/decision/signature").isNull()).isTrue();
        assertThat(actions(card)).contains("send-for-signing", "upload-decision");
        long id = card.get("id").asLong();
        byte[] pdf = as("specialist").get("/api/v1/applications/" + id + "/decision/document").expect(200).body();
        String text = pdfText(pdf);
        assertThat(text).contains("Решение о предоставлении услуги", "Строителев", card.get("registrationNumber").asString(),
                "Администрация муниципального образования", "Срок действия разрешения — 10 лет");

        card = f.act("specialist", card, "send-for-signing");
        assertThat(card.at("/status/name").asString()).isEqualTo("Подготовлен проект решения");
        JsonNode officialView = as("official").card(id);
        assertThat(actions(officialView)).containsExactlyInAnyOrder("sign", "return-for-rework", "comment-to-applicant",
                "intermediate-status");

        TestPki.Signer signer = TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.GOST_256);
        card = f.act("official", officialView, "sign", "signature", signer.signDetached(pdf));
        assertThat(card.at("/status/code").asString()).isEqualTo("PROVIDED");
        assertThat(card.at("/status/name").asString()).isEqualTo("Услуга оказана");
        assertThat(card.get("actions")).isEmpty();
        assertThat(card.get("closedAt").isNull()).isFalse();
        JsonNode signature = card.at("/decision/signature");
        assertThat(signature.get("signerName").asString()).isEqualTo("Соколов Андрей Николаевич");
        assertThat(new java.math.BigInteger(signature.get("certificateSerial").asString(), 16))
                .isEqualTo(signer.certificate().getSerialNumber());
        assertThat(signature.get("certificateIssuer").asString()).contains("Тестовый УЦ сценарных тестов");
        assertThat(signature.get("certificateThumbprint").asString()).hasSize(40);
        assertThat(signature.get("testSignature").asBoolean()).isFalse();

        List<String> history = as("observer").get("/api/v1/applications/" + id + "/history").expect(200).json()
                .valueStream().map(h -> h.get("action").asString()).toList();
        assertThat(history).containsExactly("receive", "assign-self", "start-registration", "comment-to-applicant",
                "register", "smev-answers-received", "assign-self", "start-review", "grant", "send-for-signing", "sign");
        JsonNode last = as("observer").get("/api/v1/applications/" + id + "/history").expect(200).json().get(10);
        assertThat(last.get("actorName").asString()).isEqualTo("Соколов Андрей Николаевич");
        assertThat(last.at("/statusBefore/name").asString()).isEqualTo("Подготовлен проект решения");
        assertThat(last.at("/statusAfter/name").asString()).isEqualTo("Услуга оказана");

        byte[] storedSignature = as("observer").get("/api/v1/applications/" + id + "/decision/signature").expect(200).body();
        assertThat(storedSignature).isNotEmpty();
    }

    @Test
    void specialistRefusesAndOfficialSignsWithRsaAfterReturningForRework() throws Exception {
        Fixtures f = fixtures();
        JsonNode card = f.inDocumentsReview();
        card = f.act("specialist", card, "refuse", "grounds", List.of("NOT_ELIGIBLE"),
                "extraInfo", "Заявитель не зарегистрирован на территории района");
        card = f.act("specialist", card, "send-for-signing");

        card = f.act("official", as("official").card(card.get("id").asLong()), "return-for-rework",
                "comment", "Уточните основание отказа");
        assertThat(card.at("/status/code").asString()).isEqualTo("DOCUMENTS_REVIEW");

        card = f.act("specialist", as("specialist").card(card.get("id").asLong()), "refuse",
                "grounds", List.of("NOT_ELIGIBLE", "REQUIREMENTS_NOT_MET"));
        assertThat(card.at("/decision/grounds").size()).isEqualTo(2);
        card = f.act("specialist", card, "send-for-signing");

        long id = card.get("id").asLong();
        byte[] pdf = as("official").get("/api/v1/applications/" + id + "/decision/document").expect(200).body();
        assertThat(pdfText(pdf)).contains("Решение об отказе в предоставлении услуги",
                "Заявитель не относится к кругу лиц, имеющих право на предоставление услуги");
        TestPki.Signer signer = TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.RSA);
        card = f.act("official", as("official").card(id), "sign", "signature", signer.signDetached(pdf));
        assertThat(card.at("/status/code").asString()).isEqualTo("REFUSED");
        assertThat(card.at("/status/name").asString()).isEqualTo("Отказано в предоставлении услуги");

        JsonNode returned = as("observer").get("/api/v1/applications/" + id + "/history").expect(200).json().valueStream()
                .filter(h -> h.get("action").asString().equals("return-for-rework")).findFirst().orElseThrow();
        assertThat(returned.get("comment").asString()).isEqualTo("Уточните основание отказа");
    }

    @Test
    void registrarRefusesAcceptanceAndOfficialSignsWithGost512() throws Exception {
        Fixtures f = fixtures();
        JsonNode card = f.atAcceptanceDecision();
        card = f.act("registrar", card, "refuse-acceptance", "grounds", List.of("INCOMPLETE_DOCUMENTS"),
                "explanation", "Не представлен градостроительный план земельного участка",
                "extraInfo", "Повторно обратитесь после получения ГПЗУ");
        assertThat(card.at("/status/code").asString()).isEqualTo("ACCEPTANCE_DECISION");
        assertThat(card.at("/decision/kind").asString()).isEqualTo("ACCEPTANCE_REFUSAL");
        assertThat(actions(card)).contains("send-for-signing");
        card = f.act("registrar", card, "send-for-signing");
        assertThat(card.at("/status/code").asString()).isEqualTo("DECISION_DRAFTED");

        long id = card.get("id").asLong();
        byte[] pdf = as("official").get("/api/v1/applications/" + id + "/decision/document").expect(200).body();
        assertThat(pdfText(pdf)).contains("Решение об отказе в приеме документов",
                "Не представлен градостроительный план земельного участка");
        TestPki.Signer signer = TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.GOST_512);
        card = f.act("official", as("official").card(id), "sign", "signature", signer.signDetached(pdf));
        assertThat(card.at("/status/code").asString()).isEqualTo("ACCEPTANCE_REFUSED");
        assertThat(card.at("/status/name").asString()).isEqualTo("Отказано в приеме документов");
        assertThat(card.at("/decision/signature/algorithm").asString()).contains("512");
    }

    @Test
    void applicantWithdrawsThroughThePortal() {
        Fixtures f = fixtures();
        JsonNode card = f.act("registrar", f.submit(), "assign-self");
        JsonNode before = card;
        card = f.act("portal", card, "withdraw", "comment", "Заявитель отозвал заявление в личном кабинете");
        assertThat(card.at("/status/code").asString()).isEqualTo("WITHDRAWN");
        assertThat(card.at("/status/name").asString()).isEqualTo("Отозвано заявителем");
        Api.Response again = as("registrar").act(card.get("id").asLong(), "start-registration", card);
        assertThat(again.status()).isEqualTo(409);

        // The portal did not hear the answer and withdraws again: the same card, nothing new in the history.
        long id = card.get("id").asLong();
        int lines = as("registrar").get("/api/v1/applications/" + id + "/history").expect(200).json().size();
        JsonNode repeated = f.act("portal", before, "withdraw", "comment", "Заявитель отозвал заявление в личном кабинете");
        assertThat(repeated.at("/status/code").asString()).isEqualTo("WITHDRAWN");
        assertThat(repeated.get("version").asInt()).isEqualTo(card.get("version").asInt());
        assertThat(as("registrar").get("/api/v1/applications/" + id + "/history").expect(200).json().size()).isEqualTo(lines);
    }

    @Test
    void theAssigneeLearnsOfAWithdrawalWithItsReason() throws Exception {
        Fixtures f = fixtures();
        JsonNode card = f.act("registrar", f.submit(), "assign-self");
        String number = card.get("portalNumber").asString();
        f.act("portal", card, "withdraw", "comment", "Услуга получена в МФЦ");
        WorkstationSession registrar = WorkstationSession.logIn(port, "registrar");
        String page = "";
        for (int i = 0; i < 40 && !page.contains(number); i++) {
            Thread.sleep(250);
            page = registrar.get("/notifications");
        }
        assertThat(page).contains(number, "Заявитель отозвал заявление", "Услуга получена в МФЦ");
    }

    @Test
    void specialistReplacesDraftWithUploadedPdfAndOfficialSignsTheUploadedBytes() throws Exception {
        Fixtures f = fixtures();
        JsonNode card = f.act("specialist", f.inDocumentsReview(), "grant");
        long id = card.get("id").asLong();
        byte[] generated = as("specialist").get("/api/v1/applications/" + id + "/decision/document").expect(200).body();
        byte[] edited = (new String(generated, java.nio.charset.StandardCharsets.ISO_8859_1) + "\n% edited\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        card = as("specialist").put("/api/v1/applications/" + id + "/decision/document?version="
                + card.get("version").asInt(), "application/pdf", edited).expect(200).json();
        assertThat(card.at("/decision/documentSource").asString()).isEqualTo("UPLOADED");
        assertThat(as("specialist").get("/api/v1/applications/" + id + "/decision/document").expect(200).body())
                .isEqualTo(edited);

        Api.Response notPdf = as("specialist").put("/api/v1/applications/" + id + "/decision/document?version="
                + card.get("version").asInt(), "application/pdf", "hello".getBytes());
        assertThat(notPdf.status()).isEqualTo(422);
        assertThat(notPdf.json().at("/errors/0/field").asString()).isEqualTo("document");

        card = f.act("specialist", as("specialist").card(id), "send-for-signing");
        TestPki.Signer signer = TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.GOST_256);
        Api.Response overGenerated = as("official").act(id, "sign", card, "signature", signer.signDetached(generated));
        assertThat(overGenerated.status()).isEqualTo(422);
        card = f.act("official", card, "sign", "signature", signer.signDetached(edited));
        assertThat(card.at("/status/code").asString()).isEqualTo("PROVIDED");
    }

    @Test
    void specialistSendsAnIntermediateStatusWithoutMovingTheProcess() {
        Fixtures f = fixtures();
        JsonNode card = f.inDocumentsReview();
        Api.Response unknown = as("specialist").act(card.get("id").asLong(), "intermediate-status", card, "code", "DANCE");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().at("/errors/0/rule").asString()).isEqualTo("intermediate-status.unknown");
        card = f.act("specialist", card, "intermediate-status", "code", "PERSONAL_VISIT",
                "comment", "Просим прибыть с оригиналами 25.11 к 10:00");
        assertThat(card.at("/status/code").asString()).isEqualTo("DOCUMENTS_REVIEW");
        JsonNode history = as("specialist").get("/api/v1/applications/" + card.get("id").asLong() + "/history")
                .expect(200).json();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.at("/details/intermediateStatusName").asString()).isEqualTo("Требуется личная явка заявителя");
        assertThat(last.get("comment").asString()).contains("оригиналами");
        assertThat(last.at("/statusBefore/code").asString()).isEqualTo(last.at("/statusAfter/code").asString());
    }

    static List<String> actions(JsonNode card) {
        return card.get("actions").valueStream().map(a -> a.get("code").asString()).toList();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
