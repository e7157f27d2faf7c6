package ru.reglament.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import ru.reglament.support.Api;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.WorkstationSession;
import ru.reglament.support.TestPki;
import tools.jackson.databind.JsonNode;

/**
 * Replacing the drafted decision with an uploaded PDF, over the API and the workstation's form: only a
 * real, readable PDF within the size limit becomes the draft the official signs; anything else is
 * refused with the field and the rule, and the card and the draft stay as they were.
 */
class DecisionUploadTest extends ScenarioBase {

    private static final int OVER_LIMIT = 21 * 1024 * 1024;

    @Test
    void specialistUploadsARealPdfAndTheOfficialSignsExactlyThoseBytes() throws Exception {
        JsonNode card = draftedGrant();
        long id = card.get("id").asLong();
        byte[] pdf = pdf("Reshenie o predostavlenii uslugi", null);

        card = upload(id, card, pdf).expect(200).json();
        assertThat(card.at("/decision/documentSource").asString()).isEqualTo("UPLOADED");
        assertThat(card.at("/decision/documentSha256").asString()).isEqualTo(sha256(pdf));
        assertThat(as("specialist").get(document(id)).expect(200).body()).isEqualTo(pdf);

        card = fixtures().act("specialist", card, "send-for-signing");
        TestPki.Signer signer = TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.GOST_256);
        card = fixtures().act("official", card, "sign", "signature", signer.signDetached(pdf));
        assertThat(card.at("/status/code").asString()).isEqualTo("PROVIDED");
        assertThat(as("official").get(document(id)).expect(200).body()).isEqualTo(pdf);
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413AndChangesNothing() {
        JsonNode card = draftedGrant();
        long id = card.get("id").asLong();
        byte[] huge = junkPdf(OVER_LIMIT);

        Api.Response declared = upload(id, card, huge);
        assertTooLarge(declared);
        assertUnchanged(id, card);

        // Without a Content-Length the platform reads no further than the limit, then refuses.
        Api.Response streamed = as("specialist").putStreamed(documentAt(id, card), "application/pdf",
                () -> new ByteArrayInputStream(huge));
        assertTooLarge(streamed);
        assertUnchanged(id, card);
    }

    @Test
    void aTextFileThatMerelyStartsLikeAPdfIsRefused() {
        JsonNode card = draftedGrant();
        long id = card.get("id").asLong();
        Api.Response response = upload(id, card,
                "%PDF-1.7 Решение о предоставлении услуги № 42, набрано в блокноте".getBytes(StandardCharsets.UTF_8));
        assertRefused(response, "file.not-pdf");
        assertUnchanged(id, card);
    }

    @Test
    void aPdfWithoutPagesIsRefused() throws Exception {
        JsonNode card = draftedGrant();
        long id = card.get("id").asLong();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument empty = new PDDocument()) {
            empty.save(out);
        }
        assertRefused(upload(id, card, out.toByteArray()), "file.not-pdf");
        assertUnchanged(id, card);
    }

    @Test
    void anEncryptedPdfIsRefusedWhetherOrNotItNeedsAPasswordToOpen() throws Exception {
        JsonNode card = draftedGrant();
        long id = card.get("id").asLong();
        assertRefused(upload(id, card, pdf("Reshenie", "")), "file.encrypted");
        assertRefused(upload(id, card, pdf("Reshenie", "user-secret")), "file.encrypted");
        assertUnchanged(id, card);
    }

    @Test
    void theCardSaysWhenTheFileUploadedInItsFormIsTooLargeOrNotAPdf() throws Exception {
        JsonNode card = draftedGrant();
        long id = card.get("id").asLong();
        WorkstationSession specialist = WorkstationSession.logIn(port, "specialist");

        String tooLarge = "Проверьте данные формы: «Файл решения» — Файл больше допустимого размера 20 МБ";
        // Over the server's ceiling for any form: answered before the form is read.
        String page = specialist.postUpload(id, junkPdf(OVER_LIMIT));
        assertThat(flashError(page)).isEqualTo(tooLarge);
        assertUnchanged(id, card);
        // Under the ceiling but over the decision's own limit: refused by the card's action.
        page = specialist.postUpload(id, junkPdf(20 * 1024 * 1024 + 1));
        assertThat(flashError(page)).isEqualTo(tooLarge);
        assertUnchanged(id, card);

        page = specialist.postUpload(id, "%PDF-1.4 не PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(flashError(page)).contains("«Файл решения» — Файл не читается как PDF");
        assertUnchanged(id, card);

        byte[] pdf = pdf("Reshenie iz formy", null);
        page = specialist.postUpload(id, pdf);
        assertThat(page).doesNotContain("id=\"flash-error\"").contains("«Загрузить проект решения» — выполнено");
        JsonNode after = as("specialist").card(id);
        assertThat(after.at("/decision/documentSha256").asString()).isEqualTo(sha256(pdf));
        assertThat(after.at("/decision/documentSource").asString()).isEqualTo("UPLOADED");
    }

    private JsonNode draftedGrant() {
        return fixtures().act("specialist", fixtures().inDocumentsReview(), "grant");
    }

    private Api.Response upload(long id, JsonNode card, byte[] body) {
        return as("specialist").put(documentAt(id, card), "application/pdf", body);
    }

    private static String documentAt(long id, JsonNode card) {
        return document(id) + "?version=" + card.get("version").asInt();
    }

    private static String document(long id) {
        return "/api/v1/applications/" + id + "/decision/document";
    }

    private void assertUnchanged(long id, JsonNode before) {
        JsonNode now = as("specialist").card(id);
        assertThat(now.get("version").asInt()).isEqualTo(before.get("version").asInt());
        assertThat(now.at("/decision/documentSha256").asString())
                .isEqualTo(before.at("/decision/documentSha256").asString());
        assertThat(now.at("/decision/documentSource").asString()).isEqualTo("GENERATED");
    }

    private static void assertTooLarge(Api.Response response) {
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.at("/rule").asString()).isEqualTo("file.too-large");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("document");
        assertThat(problem.at("/errors/0/rule").asString()).isEqualTo("file.too-large");
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("Файл больше допустимого размера 20 МБ");
    }

    private static void assertRefused(Api.Response response, String rule) {
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("document");
        assertThat(response.json().at("/errors/0/rule").asString()).isEqualTo(rule);
    }

    /** A one-page PDF; with a user password (empty: opens without one) it is encrypted. */
    static byte[] pdf(String text, String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] junkPdf(int size) {
        byte[] junk = new byte[size];
        Arrays.fill(junk, (byte) 'z');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 9);
        return junk;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String flashError(String page) {
        Matcher m = Pattern.compile("id=\"flash-error\"[^>]*>([^<]*)<").matcher(page);
        assertThat(m.find()).as("the card shows an error message").isTrue();
        return m.group(1).trim();
    }
}
