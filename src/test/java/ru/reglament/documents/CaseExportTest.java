package ru.reglament.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.TestPki;
import tools.jackson.databind.JsonNode;

/** «Выгрузка»: a signed case packed with its decision, signature, documents and a manifest that tells them apart. */
class CaseExportTest extends ScenarioBase {

    @Test
    void aSignedCaseIsPackedWithItsDecisionSignatureDocumentsAndManifest() throws Exception {
        JsonNode card = fixtures().grantAwaitingSignature();
        long id = card.get("id").asLong();
        byte[] scan = ("%PDF-1.7\n% scan " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        as("specialist").postForm("/api/v1/applications/" + id + "/documents", Map.of("type", "OTHER"), "file",
                "справка.pdf", "application/pdf", scan).expect(201);
        byte[] original = as("official").get("/api/v1/applications/" + id + "/decision/document").expect(200).body();
        TestPki.Signer signer = TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.GOST_256);
        // Adding the document moved the card's version on: the official signs the card as it is now.
        fixtures().act("official", as("official").card(id), "sign", "signature", signer.signDetached(original));

        JsonNode made = as("observer").post("/api/v1/applications/" + id + "/exports", null).expect(201).json();
        assertThat(made.get("name").asString()).startsWith("Выгрузка_").endsWith(".zip");
        JsonNode listed = as("registrar").get("/api/v1/applications/" + id + "/exports").expect(200).json();
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(made.get("id").asLong());
        assertThat(listed.get(0).get("createdByName").asString()).isNotBlank();

        byte[] zip = as("registrar").get("/api/v1/applications/" + id + "/exports/" + made.get("id").asLong() + "/content")
                .expect(200).body();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) entries.put(e.getName(), in.readAllBytes());
        }
        assertThat(entries).containsKeys("Решение/решение.pdf", "Решение/решение.pdf.sig",
                "Документы/Иной документ/справка.pdf", "manifest.json");
        assertThat(entries.get("Решение/решение.pdf")).isEqualTo(original);
        assertThat(entries.get("Документы/Иной документ/справка.pdf")).isEqualTo(scan);

        JsonNode manifest = tools.jackson.databind.json.JsonMapper.builder().build().readTree(entries.get("manifest.json"));
        assertThat(manifest.at("/application/id").asLong()).isEqualTo(id);
        assertThat(manifest.get("files").size()).isEqualTo(3);
        for (JsonNode file : manifest.get("files")) {
            byte[] content = entries.get(file.get("path").asString());
            assertThat(file.get("sha256").asString()).as(file.get("path").asString())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
            assertThat(file.get("size").asLong()).isEqualTo(content.length);
        }
    }
}
