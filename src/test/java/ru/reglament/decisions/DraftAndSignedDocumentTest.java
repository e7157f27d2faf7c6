package ru.reglament.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.TestPki;
import tools.jackson.databind.JsonNode;

/**
 * A draft must not look signed: people read it marked «ПРОЕКТ» with no stamp, while the official signs
 * the clean original; once signed, the copy people read names the signer and his position and carries
 * the stamp with the certificate's owner, serial, validity and the signing time, and the signature
 * still verifies against the original.
 */
class DraftAndSignedDocumentTest extends ScenarioBase {

    @Test
    void theDraftReadsAsADraftAndTheSignedDecisionShowsItsSigner() throws Exception {
        JsonNode card = fixtures().grantAwaitingSignature();
        long id = card.get("id").asLong();

        String draft = text(as("official").get(printable(id)).expect(200).body());
        assertThat(draft).contains("ПРОЕКТ РЕШЕНИЯ — НЕ ПОДПИСАН", "Решение о предоставлении услуги")
                .doesNotContain("ДОКУМЕНТ ПОДПИСАН", "Соколов");
        byte[] original = as("official").get(document(id)).expect(200).body();
        assertThat(text(original)).doesNotContain("ПРОЕКТ", "ДОКУМЕНТ ПОДПИСАН");

        TestPki.Signer signer = TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.GOST_256);
        card = fixtures().act("official", card, "sign", "signature", signer.signDetached(original));
        String serial = card.at("/decision/signature/certificateSerial").asString();

        String signed = text(as("observer").get(printable(id)).expect(200).body());
        assertThat(signed).doesNotContain("ПРОЕКТ")
                .contains("Заместитель главы администрации", "А.Н. Соколов", "ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ",
                        "Владелец: Соколов Андрей Николаевич", "Сертификат: " + serial, "Действителен с ", "Подписан: ");
        // The portal gets the same reading copy once the decision is signed, and the original it verifies.
        assertThat(text(as("portal").get(printable(id)).expect(200).body())).contains("А.Н. Соколов");
        assertThat(as("portal").get(document(id)).expect(200).body()).isEqualTo(original);
    }

    @Test
    void anUploadedDraftIsMarkedTooAndIsSignedWithASignatureSheetAfterIt() throws Exception {
        JsonNode card = fixtures().inDocumentsReview();
        card = fixtures().act("specialist", card, "grant");
        long id = card.get("id").asLong();
        byte[] uploaded = DecisionUploadTest.pdf("Reshenie o predostavlenii uslugi", null);
        card = as("specialist").put("/api/v1/applications/" + id + "/decision/document?version="
                + card.get("version").asInt(), "application/pdf", uploaded).expect(200).json();

        assertThat(text(as("specialist").get(printable(id)).expect(200).body()))
                .contains("ПРОЕКТ РЕШЕНИЯ — НЕ ПОДПИСАН", "Reshenie o predostavlenii uslugi");

        card = fixtures().act("specialist", card, "send-for-signing");
        TestPki.Signer signer = TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.GOST_256);
        fixtures().act("official", card, "sign", "signature", signer.signDetached(uploaded));

        byte[] signed = as("official").get(printable(id)).expect(200).body();
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(text(signed)).doesNotContain("ПРОЕКТ")
                .contains("Reshenie o predostavlenii uslugi", "Лист подписания электронной подписью",
                        "А.Н. Соколов", "Заместитель главы администрации", "ДОКУМЕНТ ПОДПИСАН");
        assertThat(as("official").get(document(id)).expect(200).body()).isEqualTo(uploaded);
    }

    private static String printable(long id) {
        return "/api/v1/applications/" + id + "/decision/printable";
    }

    private static String document(long id) {
        return "/api/v1/applications/" + id + "/decision/document";
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0]+", " ");
        }
    }
}
