package ru.reglament.applications.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.reglament.access.Actor;
import ru.reglament.applications.ActionCommand;
import ru.reglament.applications.ApplicantCard;
import ru.reglament.applications.ApplicationActions;
import ru.reglament.applications.ApplicationCard;
import ru.reglament.applications.ApplicationFilter;
import ru.reglament.applications.ApplicationIntake;
import ru.reglament.applications.ApplicationPage;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.applications.HistoryEntry;
import ru.reglament.applications.IntakeRequest;
import ru.reglament.applications.PublicHistoryEntry;
import ru.reglament.files.UploadLimit;
import ru.reglament.files.UploadLimits;
import ru.reglament.process.AccessPolicy;
import ru.reglament.process.Upload;
import ru.reglament.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Заявления", description = "Приём заявлений из ЕПГУ, действия процесса, карточка, история, решение")
class ApplicationsApi {

    private final ApplicationIntake intake;
    private final ApplicationActions actions;
    private final ApplicationQueries queries;
    private final AccessPolicy policy;
    private final JsonMapper json;
    private final UploadLimit decisionLimit;

    ApplicationsApi(ApplicationIntake intake, ApplicationActions actions, ApplicationQueries queries, AccessPolicy policy,
            JsonMapper json, UploadLimits limits) {
        this.intake = intake;
        this.actions = actions;
        this.queries = queries;
        this.policy = policy;
        this.json = json;
        this.decisionLimit = limits.of(UploadLimits.DECISION_DOCUMENT);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Принять заявление из ЕПГУ",
            description = "Только технический клиент ЕПГУ (роль PORTAL), иначе 403. "
                    + "201 — принято; 200 — повтор того же запроса (тот же portalNumber и тело); "
                    + "409 — тот же portalNumber с другим телом; 422 — нарушены правила полей (problem+json с errors). "
                    + "Ответ — карточка заявителя, та же, что GET /{id} для ЕПГУ.")
    ResponseEntity<ApplicantCard> receive(@RequestBody IntakeRequest request, @AuthenticationPrincipal Actor actor) {
        ApplicationIntake.Result result = intake.receive(request, actor);
        ApplicantCard card = result.card();
        return result.created()
                ? ResponseEntity.created(URI.create("/api/v1/applications/" + card.id())).body(card)
                : ResponseEntity.ok(card);
    }

    @GetMapping
    @Operation(summary = "Список заявлений организации(й) пользователя",
            description = "scope=mine (по умолчанию) — назначенные на меня; all — все. Постраничный вывод курсором nextCursor.")
    ApplicationPage list(@RequestParam(defaultValue = "mine") String scope,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String service,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long assignee,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "только открытые со сроком не позже этой даты") @RequestParam(required = false)
            LocalDate dueBy,
            @Parameter(description = "new (по умолчанию) — сначала новые; old — сначала старые")
            @RequestParam(defaultValue = "new") String sort,
            @Parameter(description = "условие модуля, например smev-waiting (ожидает ответа СМЭВ) или smev-overdue "
                    + "(просрочен ответ СМЭВ)") @RequestParam(required = false) String condition,
            @AuthenticationPrincipal Actor actor) {
        if (!scope.equals("mine") && !scope.equals("all")) {
            throw new InvalidInputException("scope", "enum", "scope: mine или all");
        }
        if (!sort.equals("new") && !sort.equals("old")) {
            throw new InvalidInputException("sort", "enum", "sort: new или old");
        }
        return queries.list(new ApplicationFilter(scope.equals("mine"), status, service, assignee, from, to, q, cursor, size,
                dueBy, sort.equals("old"), condition), actor);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Карточка заявления", description = "actions — действия, доступные вызывающему сейчас. "
            + "ЕПГУ (роль PORTAL) получает карточку заявителя: без сотрудников и действий, решение — только подписанное.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(oneOf = {ApplicationCard.class,
            ApplicantCard.class})))
    Object card(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return policy.readsAsApplicant(actor) ? queries.applicantCard(id, actor) : queries.card(id, actor);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "История заявления", description = "ЕПГУ (роль PORTAL) получает историю для заявителя: "
            + "смены статусов от имени организации, комментарии для заявителя и промежуточные статусы.")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(oneOf = {
            HistoryEntry.class, PublicHistoryEntry.class}))))
    List<?> history(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return policy.readsAsApplicant(actor) ? queries.applicantHistory(id, actor)
                : queries.history(id, actor);
    }

    @PostMapping(path = "/{id}/actions/{action}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Выполнить действие процесса",
            description = "Тело: {\"version\": n, ...параметры действия}. Параметры каждого действия описаны "
                    + "отдельным путём /api/v1/applications/{id}/actions/<код действия>, а в карточке — в actions[].parameters. "
                    + "403 — роль/организация не позволяет; 409 — действие недоступно в этом статусе или версия устарела; "
                    + "422 — неверные параметры.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(oneOf = {ApplicationCard.class,
            ApplicantCard.class})))
    Object act(@PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) JsonNode params, @AuthenticationPrincipal Actor actor) {
        return asSeenBy(actions.perform(new ActionCommand(id, action, params == null ? json.createObjectNode() : params,
                actor)).card(), actor);
    }

    @GetMapping(path = "/{id}/decision/document", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Скачать подлинник решения в PDF: байты, которые подписываются (проект) или подписаны",
            description = "Подпись (действие sign, /decision/signature) проверяется по этим байтам. "
                    + "ЕПГУ (роль PORTAL) — только подписанное решение, до подписания 404")
    ResponseEntity<byte[]> decisionDocument(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return file(queries.decisionDocument(id, actor), MediaType.APPLICATION_PDF, "decision-" + id + ".pdf");
    }

    @GetMapping(path = "/{id}/decision/printable", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Скачать решение для чтения: проект с отметкой «ПРОЕКТ», подписанное — с визуализацией подписи",
            description = "Визуализация (ГОСТ Р 7.0.97-2016, п. 5.23): ФИО и должность подписавшего, штамп с владельцем, "
                    + "серийным номером и сроком действия сертификата и временем подписания. Юридически значим подлинник "
                    + "(/decision/document) с подписью. ЕПГУ (роль PORTAL) — только подписанное решение, до подписания 404")
    ResponseEntity<byte[]> decisionPrintable(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return file(queries.decisionPrintable(id, actor), MediaType.APPLICATION_PDF, "decision-" + id + "-printable.pdf");
    }

    // The body is read here, through the upload limit, rather than bound as @RequestBody byte[], which
    // would take a body of any size into memory before anything could refuse it.
    @PutMapping(path = "/{id}/decision/document", consumes = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Заменить проект решения загруженным PDF (действие upload-decision)",
            description = "Тело — PDF с хотя бы одной страницей, без шифрования. 413 — больше предельного размера "
                    + "(reglament.files.limits.decision-document); 422 — не PDF (file.not-pdf) или PDF зашифрован "
                    + "(file.encrypted); ничего не меняется.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                    @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    ApplicationCard uploadDecision(@PathVariable long id,
            @Parameter(description = "версия карточки") @RequestParam int version,
            HttpServletRequest request, @AuthenticationPrincipal Actor actor) throws IOException {
        byte[] pdf = decisionLimit.read(request.getInputStream(), request.getContentLengthLong(), "document");
        // Only the staff may upload (the portal gets a 403 from the process), so the full card is the answer.
        return actions.perform(new ActionCommand(id, "upload-decision", json.createObjectNode().put("version", version),
                pdf.length == 0 ? Map.of() : Map.of("document", new Upload("decision.pdf", MediaType.APPLICATION_PDF_VALUE, pdf)),
                actor)).card();
    }

    @GetMapping(path = "/{id}/decision/signature")
    @Operation(summary = "Скачать открепленную подпись решения (CMS, .sig)")
    ResponseEntity<byte[]> decisionSignature(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return file(queries.decisionSignature(id, actor), MediaType.parseMediaType("application/pkcs7-signature"),
                "decision-" + id + ".pdf.sig");
    }

    /** The answer to the portal's own action (the withdrawal) is the card its applicant sees. */
    private Object asSeenBy(ApplicationCard card, Actor actor) {
        return policy.readsAsApplicant(actor) ? ApplicantCard.of(card) : card;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.status(HttpStatus.OK).contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
