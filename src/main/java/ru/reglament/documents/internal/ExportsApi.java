package ru.reglament.documents.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import ru.reglament.access.Actor;
import ru.reglament.documents.CaseExports;
import ru.reglament.documents.ExportPackage;
import ru.reglament.shared.web.Downloads;

/** {@code /api/v1/applications/{id}/exports}: «Выгрузка» over HTTP. */
@RestController
@RequestMapping("/api/v1/applications/{id}/exports")
@Tag(name = "Документы заявления")
class ExportsApi {

    private final CaseExports exports;

    ExportsApi(CaseExports exports) {
        this.exports = exports;
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Сформировать выгрузку дела: zip с решением, его подписью (.sig), документами и manifest.json")
    ExportPackage export(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return exports.export(id, actor);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Выгрузки дела, новые первыми")
    List<ExportPackage> list(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return exports.of(id, actor);
    }

    @GetMapping("/{exportId}/content")
    @Operation(summary = "Скачать выгрузку (zip)")
    ResponseEntity<StreamingResponseBody> content(@PathVariable long id, @PathVariable long exportId,
            @AuthenticationPrincipal Actor actor) {
        CaseExports.Download download = exports.download(id, exportId, actor);
        return Downloads.stream(download.content(), "application/zip", download.export().size(), download.export().name(), false);
    }
}
