package ru.reglament.workstation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.reglament.access.Actor;
import ru.reglament.documents.ApplicationDocument;
import ru.reglament.documents.ApplicationDocuments;
import ru.reglament.documents.CaseExports;
import ru.reglament.documents.DocumentDetails;
import ru.reglament.documents.ExportPackage;
import ru.reglament.files.CorruptedFileException;
import ru.reglament.shared.ConflictException;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.shared.NotFoundException;
import ru.reglament.shared.web.Downloads;

/**
 * The card's «Документы» tab in the browser: «Загрузить» with a type and the document's particulars,
 * download and preview (PDF and images open inline), and delete for whoever added it. Refusals come
 * back to the tab as a message naming what is wrong.
 */
@WorkstationPage
class DocumentsTab {

    private final ApplicationDocuments documents;
    private final CaseExports exports;

    DocumentsTab(ApplicationDocuments documents, CaseExports exports) {
        this.documents = documents;
        this.exports = exports;
    }

    @PostMapping("/applications/{id}/exports")
    String export(@PathVariable long id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        try {
            ExportPackage made = exports.export(id, actor);
            redirect.addFlashAttribute("flashMessage", "Выгрузка «" + made.name() + "» сформирована");
        } catch (CorruptedFileException | NotFoundException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/applications/" + id + "?tab=documents";
    }

    @GetMapping("/applications/{id}/exports/{exportId}")
    ResponseEntity<StreamingResponseBody> exported(@PathVariable long id, @PathVariable long exportId,
            @AuthenticationPrincipal Actor actor) {
        CaseExports.Download download = exports.download(id, exportId, actor);
        return Downloads.stream(download.content(), "application/zip", download.export().size(), download.export().name(), false);
    }

    @PostMapping("/applications/{id}/documents")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String type, @RequestParam(required = false) String number,
            @RequestParam(required = false) String date, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String description, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) throws IOException {
        try (InputStream content = file.getInputStream()) {
            if (file.isEmpty()) throw new InvalidInputException("file", "required", "Выберите файл");
            ApplicationDocument added = documents.upload(id, new DocumentDetails(type, description, number,
                    date(date), issuer), file.getOriginalFilename(), content, file.getSize(), actor);
            redirect.addFlashAttribute("flashMessage", "Документ «" + added.name() + "» загружен");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().stream().map(v -> v.message())
                    .collect(Collectors.joining("; ")));
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/applications/" + id + "?tab=documents";
    }

    @PostMapping("/applications/{id}/documents/{documentId}/delete")
    String delete(@PathVariable long id, @PathVariable long documentId, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        try {
            documents.delete(id, documentId, actor);
            redirect.addFlashAttribute("flashMessage", "Документ удалён");
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/applications/" + id + "?tab=documents";
    }

    /** Downloads the document, or shows it in the browser ({@code inline}) for the preview. */
    @GetMapping("/applications/{id}/documents/{documentId}")
    ResponseEntity<StreamingResponseBody> content(@PathVariable long id, @PathVariable long documentId,
            @RequestParam(defaultValue = "false") boolean inline, @AuthenticationPrincipal Actor actor) {
        ApplicationDocuments.Download download;
        try {
            download = documents.download(id, documentId, actor);
        } catch (CorruptedFileException e) {
            return ResponseEntity.internalServerError().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(out -> out.write(e.getMessage().getBytes(StandardCharsets.UTF_8)));
        }
        ApplicationDocument document = download.document();
        return Downloads.stream(download.content(), document.contentType(), document.size(), document.name(), inline);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "format", "Дата документа — в виде ГГГГ-ММ-ДД");
        }
    }
}
