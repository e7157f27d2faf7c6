package ru.reglament.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.reglament.shared.ValidIdentifiers;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import tools.jackson.databind.JsonNode;

/** The platform admin loads the ЕСНСИ donor table; a bad file changes nothing and says what is wrong where. */
class DirectoryImportTest extends ScenarioBase {

    private static final String HEADER = "CODE;SERVICE_CODE;TITLE;SHORT_TITLE;ADDRESS;SCHEDULE;PHONE;EMAIL\n";

    @Test
    void platformAdminImportsDonorTableInWindows1251AndAgainChangesNothing() {
        String ogrn = ValidIdentifiers.ogrn(2_470_000_000L + System.nanoTime() % 1_000_000);
        String csv = HEADER
                + ogrn + ";" + Fixtures.ARCHIVE_CERTIFICATE + ";Администрация Лужского муниципального района;Администрация Лужского района;"
                + "188230, Ленинградская обл., г. Луга, пр. Кирова, д. 73;пн-пт 9:00-18:00;+7 (81372) 2-23-06;luga@example.ru\n"
                + ogrn + ";" + Fixtures.LAND_PLOT + ";Администрация Лужского муниципального района;Администрация Лужского района;"
                + "188230, Ленинградская обл., г. Луга, пр. Кирова, д. 73;пн-пт 9:00-18:00;+7 (81372) 2-23-06;luga@example.ru\n";
        byte[] file = csv.getBytes(Charset.forName("windows-1251"));

        JsonNode first = importFile(file).expect(200).json();
        assertThat(first.get("organisationsCreated").asInt()).isEqualTo(1);
        assertThat(first.get("servicesLinked").asInt()).isEqualTo(2);
        JsonNode again = importFile(file).expect(200).json();
        assertThat(again.get("organisationsCreated").asInt()).isZero();
        assertThat(again.get("organisationsUpdated").asInt()).isZero();
        assertThat(again.get("servicesLinked").asInt()).isZero();
        assertThat(again.get("organisationsUnchanged").asInt()).isEqualTo(1);

        String exported = as("platform-admin").get("/api/v1/directory/export.csv").expect(200).text();
        assertThat(exported).startsWith(HEADER.trim())
                .contains(ogrn + ";" + Fixtures.ARCHIVE_CERTIFICATE + ";Администрация Лужского муниципального района");
        // The organisation can now receive applications for the services it provides.
        as("portal").post("/api/v1/applications", Fixtures.intake(Fixtures.uniquePortalNumber(), Fixtures.LAND_PLOT,
                ogrn, "Лужский")).expect(201);
        // Exported file imported back changes nothing.
        JsonNode roundTrip = importFile(exported.getBytes(StandardCharsets.UTF_8)).expect(200).json();
        assertThat(roundTrip.get("organisationsUpdated").asInt() + roundTrip.get("organisationsCreated").asInt()).isZero();
    }

    @Test
    void commaSeparatedUtf8WithQuotesIsAccepted() {
        String ogrn = ValidIdentifiers.ogrn(2_471_000_000L + System.nanoTime() % 1_000_000);
        String csv = HEADER.replace(';', ',') + ogrn + "," + Fixtures.HOUSING_QUEUE
                + ",\"Администрация МО \"\"Город Гатчина\"\"\",Администрация Гатчины,\"188300, г. Гатчина, ул. Карла Маркса, 44\",,,\n";
        JsonNode result = importFile(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)).expect(200).json();
        assertThat(result.get("organisationsCreated").asInt()).isEqualTo(1);
        assertThat(as("platform-admin").get("/api/v1/directory/organisations?service=" + Fixtures.HOUSING_QUEUE)
                .expect(200).text()).contains("Администрация МО \\\"Город Гатчина\\\"");
    }

    @Test
    void badFileIsRejectedLineByLineAndNothingIsWritten() {
        String good = ValidIdentifiers.ogrn(2_472_000_000L + System.nanoTime() % 1_000_000);
        String csv = HEADER
                + good + ";" + Fixtures.ARCHIVE_CERTIFICATE + ";Хорошая организация;;;;;\n"
                + "1024701543218;" + Fixtures.ARCHIVE_CERTIFICATE + ";Ошибка в ОГРН;;;;;\n"
                + good + ";99999;Хорошая организация;;;;;\n"
                + good + ";" + Fixtures.LAND_PLOT + ";Хорошая организация;;;;;не-почта\n"
                + ";" + Fixtures.LAND_PLOT + ";;;;;;\n";
        Api.Response response = importFile(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(422);
        List<String> errors = response.json().get("errors").valueStream()
                .map(e -> e.get("field").asString() + " " + e.get("rule").asString()).toList();
        assertThat(errors).containsExactlyInAnyOrder(
                "line 3: CODE ogrn.checksum",
                "line 4: SERVICE_CODE service.unknown",
                "line 5: EMAIL email.format",
                "line 5: CODE organisation.inconsistent",
                "line 6: CODE required",
                "line 6: TITLE required");
        assertThat(as("platform-admin").get("/api/v1/directory/export.csv").expect(200).text()).doesNotContain(good);
    }

    @Test
    void missingColumnIsNamed() {
        Api.Response response = importFile("CODE;SERVICE_CODE;TITLE\n1024701543217;1;x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text()).contains("line 1: SHORT_TITLE", "line 1: EMAIL", "column.missing");
    }

    @Test
    void onlyThePlatformAdminImports() {
        Api.Response response = as("org-admin").postMultipart("/api/v1/directory/import", "file", "d.csv",
                HEADER.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(403);
    }

    private Api.Response importFile(byte[] content) {
        return as("platform-admin").postMultipart("/api/v1/directory/import", "file", "esnsi.csv", content);
    }
}
