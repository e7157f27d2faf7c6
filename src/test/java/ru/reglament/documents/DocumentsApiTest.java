package ru.reglament.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.reglament.support.ScenarioBase;
import tools.jackson.databind.JsonNode;

/** The «Документы» of an application over the API: what a registrar adds, sees, downloads and deletes. */
class DocumentsApiTest extends ScenarioBase {

    @Autowired
    JdbcClient jdbc;

    /** A one-page PDF as scanners write them: what matters to the platform is its first bytes. */
    static final byte[] PDF = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);

    @Test
    void theRegistrarAddsAScanSeesItDownloadsItAndDeletesIt() {
        long id = fixtures().atAcceptanceDecision().get("id").asLong();
        String documents = "/api/v1/applications/" + id + "/documents";
        List<String> types = as("registrar").get(documents + "/types").expect(200).json().valueStream()
                .map(t -> t.get("code").asString()).toList();
        assertThat(types).contains("PASSPORT_RF", "TITLE_DOCUMENT");

        JsonNode added = as("registrar").postForm(documents, Map.of("type", "PASSPORT_RF", "number", "4104 512377",
                        "date", "2004-09-21", "issuer", "ТП УФМС России", "description", "Скан всех страниц"),
                "file", "C:\\Users\\Иванов\\паспорт.pdf", "application/pdf", PDF).expect(201).json();
        assertThat(added.get("name").asString()).isEqualTo("паспорт.pdf");
        assertThat(added.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(added.get("size").asLong()).isEqualTo(PDF.length);
        assertThat(added.get("uploadedByName").asString()).isNotBlank();
        assertThat(added.get("number").asString()).isEqualTo("4104 512377");

        JsonNode listed = as("specialist").get(documents).expect(200).json();
        assertThat(listed.valueStream().map(d -> d.get("id").asLong())).contains(added.get("id").asLong());
        byte[] downloaded = as("official").get(documents + "/" + added.get("id").asLong() + "/content").expect(200).body();
        assertThat(downloaded).isEqualTo(PDF);
        assertThat(history(id)).anyMatch(line -> line.contains("Добавлен документ «паспорт.pdf»"));

        // Only who added it deletes it; then it is gone from the tab, its file kept for audit.
        String one = documents + "/" + added.get("id").asLong();
        assertThat(as("specialist").delete(one).status()).isEqualTo(403);
        assertThat(as("registrar").delete(one).status()).isEqualTo(204);
        assertThat(as("registrar").get(documents).expect(200).json().valueStream()
                .map(d -> d.get("id").asLong())).doesNotContain(added.get("id").asLong());
        assertThat(as("registrar").get(one + "/content").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from files_file where key = ?").param(added.get("sha256").asString())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(history(id)).anyMatch(line -> line.contains("Удалён документ «паспорт.pdf»"));
    }

    @Test
    void aDocumentAddedChangesTheCaseSoAnActionPreparedBeforeItIsRefused() {
        JsonNode seen = fixtures().atAcceptanceDecision();
        long id = seen.get("id").asLong();
        as("specialist").postForm("/api/v1/applications/" + id + "/documents", Map.of("type", "PASSPORT_RF"),
                "file", "паспорт.pdf", "application/pdf", PDF).expect(201);

        // The registrar decided on the case without the passport: asked to look again, then registers.
        assertThat(as("registrar").act(id, "register", seen).status()).isEqualTo(409);
        JsonNode registered = fixtures().act("registrar", as("registrar").card(id), "register");
        assertThat(registered.get("registrationNumber").isNull()).isFalse();
    }

    @Test
    void anExecutableNamedLikeAPdfIsRefusedAndNothingIsStored() {
        long id = fixtures().atAcceptanceDecision().get("id").asLong();
        String documents = "/api/v1/applications/" + id + "/documents";
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        Arrays.fill(exe, 0x100, 0x200, (byte) 0x90);
        long filesBefore = files();

        JsonNode refused = as("registrar").postForm(documents, Map.of("type", "PASSPORT_RF"), "file", "скан.pdf",
                "application/pdf", exe).expect(422).json();
        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("file");
        assertThat(refused.at("/errors/0/rule").asString()).isEqualTo("file.type");
        assertThat(as("registrar").get(documents).expect(200).json().size()).isZero();
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingItAndNothingIsStored() {
        long id = fixtures().atAcceptanceDecision().get("id").asLong();
        String documents = "/api/v1/applications/" + id + "/documents";
        byte[] big = Arrays.copyOf(PDF, 1024 * 1024 + 1);
        long filesBefore = files();

        JsonNode refused = as("registrar").postForm(documents, Map.of("type", "PASSPORT_RF"), "file", "большой.pdf",
                "application/pdf", big).expect(413).json();
        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("file");
        assertThat(refused.at("/errors/0/rule").asString()).isEqualTo("file.too-large");
        assertThat(refused.get("detail").asString()).contains("1 МБ");
        assertThat(as("registrar").get(documents).expect(200).json().size()).isZero();
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void aTypeTheServiceDoesNotExpectAndAnObserverAreRefused() {
        long id = fixtures().atAcceptanceDecision().get("id").asLong();
        String documents = "/api/v1/applications/" + id + "/documents";
        JsonNode unknown = as("registrar").postForm(documents, Map.of("type", "ARCHIVE_REQUEST_X"), "file", "a.pdf",
                "application/pdf", PDF).expect(422).json();
        assertThat(unknown.at("/errors/0/field").asString()).isEqualTo("type");
        assertThat(unknown.at("/errors/0/rule").asString()).isEqualTo("document-type.unknown");
        assertThat(as("observer").postForm(documents, Map.of("type", "PASSPORT_RF"), "file", "a.pdf", "application/pdf", PDF)
                .status()).isEqualTo(403);
        assertThat(as("registrar-b").get(documents).status()).isEqualTo(404);
    }

    private long files() {
        return jdbc.sql("select count(*) from files_file").query(Long.class).single();
    }

    private List<String> history(long id) {
        return as("registrar").get("/api/v1/applications/" + id + "/history").expect(200).json().valueStream()
                .map(JsonNode::toString).toList();
    }
}
