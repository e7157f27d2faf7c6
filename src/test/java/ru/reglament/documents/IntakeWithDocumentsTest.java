package ru.reglament.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import tools.jackson.databind.JsonNode;

/** The portal sends an application with its documents in one multipart request. */
class IntakeWithDocumentsTest extends ScenarioBase {

    static final String CONSTRUCTION_PERMIT = "4700000010000000001";

    @Autowired
    JdbcClient jdbc;

    final byte[] passport = ("%PDF-1.7\n% паспорт " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    final byte[] plan = png();

    @Test
    void theApplicationArrivesWithTwoDocumentsAndARetryStoresNothingTwice() throws Exception {
        String number = Fixtures.uniquePortalNumber();
        List<Api.Part> parts = parts(number, "[{\"file\": \"passport\", \"type\": \"PASSPORT_RF\", \"sha256\": \""
                + sha256(passport) + "\", \"number\": \"4104 512377\"}, {\"file\": \"plan\", \"type\": \"SITE_PLAN\"}]");
        JsonNode card = as("portal").postParts("/api/v1/applications", parts).expect(201).json();
        long id = card.get("id").asLong();

        JsonNode documents = as("registrar").get("/api/v1/applications/" + id + "/documents").expect(200).json();
        assertThat(documents.valueStream().map(d -> d.get("typeCode").asString())).containsExactly("PASSPORT_RF", "SITE_PLAN");
        assertThat(documents.get(0).get("uploadedByName").asString()).isEqualTo("Заявитель (ЕПГУ)");
        assertThat(documents.get(0).get("name").asString()).isEqualTo("паспорт.pdf");
        assertThat(documents.get(1).get("contentType").asString()).isEqualTo("image/png");
        assertThat(as("registrar").get("/api/v1/applications/" + id + "/documents/" + documents.get(0).get("id").asLong()
                + "/content").expect(200).body()).isEqualTo(passport);

        // The portal did not hear the answer and sends the same again.
        long filesBefore = files();
        JsonNode again = as("portal").postParts("/api/v1/applications", parts).expect(200).json();
        assertThat(again.get("id").asLong()).isEqualTo(id);
        assertThat(as("registrar").get("/api/v1/applications/" + id + "/documents").expect(200).json().size()).isEqualTo(2);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void aFileWhoseHashDiffersOrAnExecutableLeavesNoApplication() {
        String number = Fixtures.uniquePortalNumber();
        JsonNode damaged = as("portal").postParts("/api/v1/applications", parts(number,
                "[{\"file\": \"passport\", \"type\": \"PASSPORT_RF\", \"sha256\": \"" + "0".repeat(64) + "\"}]"))
                .expect(422).json();
        assertThat(damaged.at("/errors/0/field").asString()).isEqualTo("attachments[0].sha256");
        assertThat(damaged.at("/errors/0/rule").asString()).isEqualTo("hash.mismatch");

        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        List<Api.Part> disguised = List.of(new Api.Part("application", null, "application/json", intake(number)),
                new Api.Part("attachments", null, "application/json",
                        "[{\"file\": \"passport\", \"type\": \"PASSPORT_RF\"}]".getBytes(StandardCharsets.UTF_8)),
                new Api.Part("passport", "паспорт.pdf", "application/pdf", exe));
        JsonNode refused = as("portal").postParts("/api/v1/applications", disguised).expect(422).json();
        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("attachments[0].file");
        assertThat(refused.at("/errors/0/rule").asString()).isEqualTo("file.type");

        assertThat(jdbc.sql("select count(*) from applications_application where portal_number = ?").param(number)
                .query(Long.class).single()).isZero();
        assertThat(as("registrar").postParts("/api/v1/applications", parts(Fixtures.uniquePortalNumber(), "[]")).status())
                .isEqualTo(403);
    }

    @Test
    void aFileSentAheadIsNamedByItsHash() throws Exception {
        JsonNode sent = as("portal").postBytes("/api/v1/files", "application/octet-stream", passport).expect(201).json();
        assertThat(sent.get("sha256").asString()).isEqualTo(sha256(passport));
        assertThat(sent.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(as("registrar").postBytes("/api/v1/files", "application/pdf", passport).status()).isEqualTo(403);

        String number = Fixtures.uniquePortalNumber();
        String reference = "[{\"name\": \"паспорт.pdf\", \"type\": \"PASSPORT_RF\", \"sha256\": \"" + sha256(passport) + "\"}]";
        JsonNode card = as("portal").postParts("/api/v1/applications", List.of(
                new Api.Part("application", null, "application/json", intake(number)),
                new Api.Part("attachments", null, "application/json", reference.getBytes(StandardCharsets.UTF_8))))
                .expect(201).json();
        JsonNode documents = as("registrar").get("/api/v1/applications/" + card.get("id").asLong() + "/documents")
                .expect(200).json();
        assertThat(documents.get(0).get("name").asString()).isEqualTo("паспорт.pdf");
        assertThat(documents.get(0).get("sha256").asString()).isEqualTo(sha256(passport));

        String unknown = "[{\"name\": \"x.pdf\", \"type\": \"PASSPORT_RF\", \"sha256\": \"" + "ab".repeat(32) + "\"}]";
        JsonNode refused = as("portal").postParts("/api/v1/applications", List.of(
                new Api.Part("application", null, "application/json", intake(Fixtures.uniquePortalNumber())),
                new Api.Part("attachments", null, "application/json", unknown.getBytes(StandardCharsets.UTF_8))))
                .expect(422).json();
        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("attachments[0].sha256");
        assertThat(refused.at("/errors/0/rule").asString()).isEqualTo("file.unknown");
    }

    private List<Api.Part> parts(String number, String attachments) {
        return List.of(new Api.Part("application", null, "application/json", intake(number)),
                new Api.Part("attachments", null, "application/json", attachments.getBytes(StandardCharsets.UTF_8)),
                new Api.Part("passport", "паспорт.pdf", "application/pdf", passport),
                new Api.Part("plan", "ГПЗУ.png", "image/png", plan));
    }

    private static byte[] intake(String number) {
        return Fixtures.intake(number, CONSTRUCTION_PERMIT, Fixtures.ORG_A, Fixtures.uniqueSurname("Вложений"))
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    private long files() {
        return jdbc.sql("select count(*) from files_file").query(Long.class).single();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A real one-pixel PNG, with a random text chunk so that each test's file is its own. */
    private static byte[] png() {
        try {
            var image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, (int) (System.nanoTime() & 0xFFFFFF));
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
