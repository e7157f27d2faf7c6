package ru.reglament.workstation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** «Документы» on the card: the registrar uploads a scan with its particulars, previews, downloads and deletes it. */
class DocumentsTabTest extends BrowserTestBase {

    @Test
    void theRegistrarUploadsPreviewsDownloadsAndDeletesADocument() {
        long id = fixtures().atAcceptanceDecision().get("id").asLong();
        byte[] pdf = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n" + System.nanoTime())
                .getBytes(StandardCharsets.US_ASCII);
        Page page = loggedIn("registrar");
        page.navigate("/applications/" + id + "?tab=documents");

        page.locator("#document-type").selectOption("PASSPORT_RF");
        page.locator("#document-file").setInputFiles(new FilePayload("паспорт.pdf", "application/pdf", pdf));
        page.locator("#document-number").fill("4104 512377");
        page.locator("#document-date").fill("2004-09-21");
        page.locator("#document-issuer").fill("ТП УФМС России по Ленинградской обл.");
        page.locator("#document-submit").click();
        page.waitForLoadState();

        assertThat(page.locator("#flash-message")).containsText("паспорт.pdf");
        var row = page.locator("#documents tbody tr[id^=document-]");
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Паспорт гражданина Российской Федерации");
        assertThat(row).containsText("№ 4104 512377");
        assertThat(row).containsText("от 21.09.2004");
        screenshot(page, "card-documents");

        APIResponse preview = page.request().get(row.locator("a.preview").getAttribute("href"));
        assertThat(preview.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(preview.headers().get("content-disposition")).startsWith("inline");
        APIResponse download = page.request().get(row.locator("a.download").getAttribute("href"));
        assertThat(download.headers().get("content-disposition")).startsWith("attachment");
        assertThat(download.body()).isEqualTo(pdf);

        // A disguised executable is refused with a message naming why; nothing is added.
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        page.locator("#document-type").selectOption("OTHER");
        page.locator("#document-file").setInputFiles(new FilePayload("скан.pdf", "application/pdf", exe));
        page.locator("#document-submit").click();
        page.waitForLoadState();
        assertThat(page.locator("#flash-error")).containsText("не принимаются");
        assertThat(page.locator("#documents tbody tr[id^=document-]")).hasCount(1);

        // «Выгрузка»: the package is listed with its download arrow, and is a zip holding the scan.
        page.locator("#export-submit").click();
        page.waitForLoadState();
        var exported = page.locator("#exports tbody tr");
        assertThat(exported).hasCount(1);
        assertThat(exported).containsText("Выгрузка_");
        APIResponse zip = page.request().get(exported.locator("a.export-download").getAttribute("href"));
        assertThat(zip.headers().get("content-type")).isEqualTo("application/zip");
        assertThat(new String(zip.body(), StandardCharsets.ISO_8859_1)).contains("manifest.json");

        page.locator("#documents tbody tr[id^=document-] button.delete").click();
        page.waitForLoadState();
        assertThat(page.locator("#flash-message")).containsText("удалён");
        assertThat(page.locator("#documents tbody tr[id^=document-]")).hasCount(0);
    }
}
