package ru.reglament.directory.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.reglament.directory.Directory;
import ru.reglament.directory.DirectoryImport;
import ru.reglament.directory.DirectoryImportResult;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.directory.Region;

@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "Справочник", description = "Регионы, организации, услуги; справочник-донор ЕСНСИ (CSV)")
class DirectoryApi {

    private final DirectoryImport donorTable;
    private final Directory directory;

    DirectoryApi(DirectoryImport donorTable, Directory directory) {
        this.donorTable = donorTable;
        this.directory = directory;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Operation(summary = "Загрузить справочник-донор ЕСНСИ (CSV: CODE;SERVICE_CODE;TITLE;SHORT_TITLE;ADDRESS;SCHEDULE;PHONE;EMAIL)",
            description = "UTF-8 или windows-1251, разделитель ; или ,. Всё или ничего: при любой ошибке ничего не "
                    + "записывается, а 422 перечисляет каждую ошибочную строку (field: «line N: COLUMN»).")
    DirectoryImportResult importDonorTable(@RequestPart("file") MultipartFile file) {
        try {
            return donorTable.importDonorTable(file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(path = "/export.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'ORG_ADMIN')")
    @Operation(summary = "Выгрузить справочник-донор ЕСНСИ в том же формате")
    ResponseEntity<byte[]> exportDonorTable() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("esnsi-donor.csv").build().toString())
                .body(donorTable.exportDonorTable());
    }

    @GetMapping("/regions")
    @Operation(summary = "Регионы")
    List<Region> regions() {
        return directory.regions();
    }

    @GetMapping("/organisations")
    @Operation(summary = "Организации; с service — только предоставляющие услугу (для маршрутизации)")
    List<Organisation> organisations(@RequestParam(required = false) String region,
            @RequestParam(required = false) String service) {
        List<Organisation> all = service == null ? directory.organisations()
                : directory.serviceByCode(service).map(s -> directory.organisationsProviding(s.id())).orElse(List.of());
        return region == null ? all : all.stream().filter(o -> o.regionCode().equals(region)).toList();
    }

    @GetMapping("/services")
    @Operation(summary = "Услуги")
    List<PublicService> services() {
        return directory.services();
    }
}
