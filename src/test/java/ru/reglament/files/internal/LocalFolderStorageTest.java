package ru.reglament.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.reglament.files.FileStore;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioTest;
import ru.reglament.support.TestPki;
import tools.jackson.databind.JsonNode;

/** The storage contract on the default storage, the local folder, in the platform as command 1 runs it. */
@ScenarioTest
class LocalFolderStorageTest extends FileStoreContract {

    static {
        // The scenario tests' shared platform may start here: it must trust the test PKI, as ScenarioBase sees to.
        TestPki.init();
    }

    @Autowired
    FileStore store;

    @Autowired
    LocalFolderStorage folder;

    @LocalServerPort
    int port;

    @Test
    void aDamagedDecisionIsRefusedByTheApiNamingTheFile() throws IOException {
        Fixtures fixtures = new Fixtures(port);
        JsonNode card = fixtures.grantAwaitingSignature();
        String path = "/api/v1/applications/" + card.get("id").asLong() + "/decision/document";
        Api.as(port, "official").get(path).expect(200);
        String key = card.at("/decision/documentSha256").asString();
        flipAByteOf(key);

        JsonNode problem = Api.as(port, "official").get(path).expect(500).json();
        assertThat(problem.get("rule").asString()).isEqualTo("file.corrupted");
        assertThat(problem.get("detail").asString()).contains(key, "повреждён");
    }

    @Override
    FileStore store() {
        return store;
    }

    @Override
    void flipAByteOf(String key) throws IOException {
        Path file = folder.path(key);
        byte[] content = Files.readAllBytes(file);
        content[content.length / 2] ^= 0x01;
        Files.write(file, content);
    }
}
