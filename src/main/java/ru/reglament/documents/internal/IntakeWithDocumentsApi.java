package ru.reglament.documents.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicantCard;
import ru.reglament.applications.ApplicationIntake;
import ru.reglament.applications.IntakeRequest;
import ru.reglament.documents.ApplicationDocuments.DocumentType;
import ru.reglament.documents.DocumentDetails;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.shared.Violations;
import ru.reglament.staff.Role;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake with the applicant's documents: {@code POST /api/v1/applications} as multipart, the
 * application as the JSON part {@code application} (the same body as the JSON intake), the documents
 * described by the JSON part {@code attachments} and sent as file parts it names. Every file is stored
 * and checked (type by content, size, the SHA-256 the portal states) before the application is
 * received; a refused file leaves no application. A retry stores nothing twice (files are
 * content-addressed) and attaches the documents once, also when a crash came between the two.
 */
@RestController
class IntakeWithDocumentsApi {

    /**
     * One document of the application: the file part that carries it, or only the SHA-256 of a file
     * the portal stored before (with {@code name}, the file's name to show); and what the portal says of it.
     */
    record Attachment(String file, String name, String type, String sha256, String description, String number,
            LocalDate date, String issuer) {
    }

    private final ApplicationIntake intake;
    private final JdbcApplicationDocuments documents;
    private final DocumentTypes types;
    private final JsonMapper json;
    private final Clock clock;

    IntakeWithDocumentsApi(ApplicationIntake intake, JdbcApplicationDocuments documents, DocumentTypes types,
            JsonMapper json, Clock clock) {
        this.intake = intake;
        this.documents = documents;
        this.types = types;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/applications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Принять заявление из ЕПГУ с документами заявителя (multipart)",
            description = "Часть application — JSON заявления (как в JSON-приёме); часть attachments — JSON-массив "
                    + "[{file, type, sha256?, description?, number?, date?, issuer?}], где file — имя части с файлом; "
                    + "вместо file можно указать sha256 (и name) файла, переданного заранее через POST /api/v1/files. "
                    + "Тип файла определяется по содержимому; sha256, если указан, должен совпасть. При любом отказе "
                    + "(422, 413) заявление не создаётся. Повтор того же запроса — 200 и та же карточка, файлы не дублируются.")
    ResponseEntity<ApplicantCard> receive(MultipartHttpServletRequest request, @AuthenticationPrincipal Actor actor)
            throws IOException {
        // Before any file is stored: only the portal submits.
        if (!actor.has(Role.PORTAL)) {
            throw new ForbiddenException("role", "Заявления принимает только технический клиент ЕПГУ (роль PORTAL)");
        }
        IntakeRequest application = part(request, "application", IntakeRequest.class, true);
        Attachment[] attachments = part(request, "attachments", Attachment[].class, false);
        List<JdbcApplicationDocuments.ApplicantDocument> received = new ArrayList<>();
        Violations violations = new Violations();
        List<DocumentType> expected = application.serviceCode() == null ? List.of()
                : types.forService(application.serviceCode().trim());
        for (int i = 0; attachments != null && i < attachments.length; i++) {
            Attachment a = attachments[i];
            String at = "attachments[" + i + "]";
            if (a.type() == null || expected.stream().noneMatch(t -> t.code().equals(a.type()))) {
                violations.add(at + ".type", "document-type.unknown", "Услуга не предусматривает документов типа " + a.type());
                continue;
            }
            DocumentDetails details = new DocumentDetails(a.type(), a.description(), a.number(), a.date(), a.issuer());
            if (a.file() == null && a.sha256() != null) {
                // A reference to a file stored before.
                try {
                    received.add(new JdbcApplicationDocuments.ApplicantDocument(details, a.name(),
                            documents.referenced(a.sha256(), at + ".sha256")));
                } catch (InvalidInputException e) {
                    e.violations().forEach(v -> violations.add(v.field(), v.rule(), v.message()));
                }
                continue;
            }
            MultipartFile file = a.file() == null ? null : request.getFile(a.file());
            if (file == null) {
                violations.add(at + ".file", "required", "Нет части с файлом «" + a.file() + "» (или укажите sha256 "
                        + "файла, переданного заранее)");
                continue;
            }
            JdbcApplicationDocuments.Received stored;
            try (InputStream in = file.getInputStream()) {
                stored = documents.receive(in, file.getSize(), at + ".file");
            }
            if (a.sha256() != null && !a.sha256().equalsIgnoreCase(stored.file().sha256())) {
                violations.add(at + ".sha256", "hash.mismatch", "SHA-256 полученного файла " + stored.file().sha256()
                        + " не совпадает с указанным: файл повреждён при передаче");
                continue;
            }
            received.add(new JdbcApplicationDocuments.ApplicantDocument(details, file.getOriginalFilename(), stored));
        }
        violations.throwIfAny();

        ApplicationIntake.Result result = intake.receive(application, actor);
        ApplicantCard card = result.card();
        documents.attachFromApplicant(card.id(), received, clock.instant());
        return result.created()
                ? ResponseEntity.created(URI.create("/api/v1/applications/" + card.id())).body(card)
                : ResponseEntity.ok(card);
    }

    /**
     * A file for a later intake to name by its SHA-256 (a large one sent ahead, or one the portal keeps
     * for several applications): stored under the same checks as a document, answered with its hash.
     */
    @PostMapping(path = "/api/v1/files", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Передать файл заранее, чтобы указать его в заявлении по SHA-256 (только ЕПГУ)",
            description = "Тело — содержимое файла. Тип определяется по содержимому; предел — "
                    + "reglament.files.limits.application-document. Ответ: sha256, size, contentType.")
    ResponseEntity<java.util.Map<String, Object>> file(jakarta.servlet.http.HttpServletRequest request,
            @AuthenticationPrincipal Actor actor) throws IOException {
        if (!actor.has(Role.PORTAL)) {
            throw new ForbiddenException("role", "Файлы заявлений передаёт только технический клиент ЕПГУ (роль PORTAL)");
        }
        JdbcApplicationDocuments.Received stored;
        try (InputStream in = request.getInputStream()) {
            stored = documents.receive(in, request.getContentLengthLong(), "file");
        }
        return ResponseEntity.status(201).body(java.util.Map.of("sha256", stored.file().sha256(),
                "size", stored.file().size(), "contentType", stored.contentType()));
    }

    private <T> T part(MultipartHttpServletRequest request, String name, Class<T> type, boolean required) throws IOException {
        MultipartFile part = request.getFile(name);
        String text = part != null ? new String(part.getBytes(), java.nio.charset.StandardCharsets.UTF_8)
                : request.getParameter(name);
        if (text == null || text.isBlank()) {
            if (required) throw new InvalidInputException(name, "required", "Нет части " + name + " (JSON)");
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JacksonException e) {
            throw new InvalidInputException(name, "json", "Часть " + name + " — не JSON нужного вида: " + e.getOriginalMessage());
        }
    }
}
