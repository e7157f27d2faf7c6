package ru.reglament.documents.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import ru.reglament.access.Actor;
import ru.reglament.documents.ApplicationDocument;
import ru.reglament.documents.ApplicationDocuments;
import ru.reglament.documents.DocumentDetails;
import ru.reglament.shared.web.Downloads;

/** {@code /api/v1/applications/{id}/documents}: the «Документы» tab over HTTP. */
@RestController
@RequestMapping("/api/v1/applications/{id}/documents")
@Tag(name = "Документы заявления")
class DocumentsApi {

    private final ApplicationDocuments documents;

    DocumentsApi(ApplicationDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Документы заявления: заявителя и добавленные при рассмотрении (без удалённых)")
    List<ApplicationDocument> list(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return documents.of(id, actor);
    }

    @GetMapping(path = "/types", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Типы документов, которые предусматривает услуга заявления")
    List<ApplicationDocuments.DocumentType> types(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return documents.typesFor(id, actor);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Добавить документ", description = "Части формы: file, type (код из /types), необязательно "
            + "description, number, date (ГГГГ-ММ-ДД), issuer. Тип файла определяется по содержимому. 413 — больше "
            + "reglament.files.limits.application-document (file.too-large); 422 — тип файла не допускается (file.type) "
            + "или тип документа не предусмотрен услугой (document-type.unknown); 409 — заявление закрыто. "
            + "При отказе ничего не сохраняется.")
    ApplicationDocument upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(required = false) String description, @RequestParam(required = false) String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String issuer, @AuthenticationPrincipal Actor actor) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return documents.upload(id, new DocumentDetails(type, description, number, date, issuer),
                    file.getOriginalFilename(), content, file.getSize(), actor);
        }
    }

    @GetMapping("/{documentId}/content")
    @Operation(summary = "Скачать документ (inline=true — открыть в браузере: просмотр PDF и изображений)",
            description = "Содержимое сверяется с SHA-256 до отправки; повреждённый файл — 500 file.corrupted.")
    ResponseEntity<StreamingResponseBody> content(@PathVariable long id, @PathVariable long documentId,
            @RequestParam(defaultValue = "false") boolean inline, @AuthenticationPrincipal Actor actor) {
        ApplicationDocuments.Download download = documents.download(id, documentId, actor);
        ApplicationDocument document = download.document();
        return Downloads.stream(download.content(), document.contentType(), document.size(), document.name(), inline);
    }

    @DeleteMapping("/{documentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Удалить документ (только добавивший его, пока заявление не закрыто; файл остаётся для аудита)")
    void delete(@PathVariable long id, @PathVariable long documentId, @AuthenticationPrincipal Actor actor) {
        documents.delete(id, documentId, actor);
    }
}
