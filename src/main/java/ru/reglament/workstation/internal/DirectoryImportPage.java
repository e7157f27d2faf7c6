package ru.reglament.workstation.internal;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.reglament.directory.DirectoryImport;
import ru.reglament.shared.InvalidInputException;

/**
 * The platform administrator's import of the ЕСНСИ donor table: upload a CSV, watch the upload's
 * progress, then see what changed or every bad line with its column and rule (nothing is written then).
 */
@WorkstationPage
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class DirectoryImportPage {

    /** One bad line of the report. */
    record BadLine(String line, String column, String rule, String message) {
    }

    private static final Pattern WHERE = Pattern.compile("line (\\d+): (.*)");

    private final DirectoryImport directoryImport;

    DirectoryImportPage(DirectoryImport directoryImport) {
        this.directoryImport = directoryImport;
    }

    @GetMapping("/admin/directory-import")
    String page(Model model) {
        model.addAttribute("currentSection", "directory-import");
        return "workstation/directory-import";
    }

    /** The current table in the same format, for editing and importing back. */
    @GetMapping("/admin/directory-export.csv")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("esnsi-donor-table.csv").build().toString())
                .body(directoryImport.exportDonorTable());
    }

    @PostMapping("/admin/directory-import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) throws IOException {
        model.addAttribute("currentSection", "directory-import");
        if (file == null || file.isEmpty()) {
            model.addAttribute("report", List.of(new BadLine("—", "file", "required", "Выберите CSV-файл")));
        } else {
            try {
                model.addAttribute("result", directoryImport.importDonorTable(file.getBytes()));
                model.addAttribute("fileName", file.getOriginalFilename());
            } catch (InvalidInputException e) {
                model.addAttribute("report", e.violations().stream().map(v -> {
                    Matcher m = WHERE.matcher(v.field());
                    return m.matches() ? new BadLine(m.group(1), m.group(2), v.rule(), v.message())
                            : new BadLine("—", v.field(), v.rule(), v.message());
                }).toList());
                model.addAttribute("fileName", file.getOriginalFilename());
            }
        }
        return htmx != null ? "workstation/directory-import :: outcome" : "workstation/directory-import";
    }
}
