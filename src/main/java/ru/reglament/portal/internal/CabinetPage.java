package ru.reglament.portal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import ru.reglament.files.FileStore;
import ru.reglament.shared.NotFoundException;
import ru.reglament.shared.web.Downloads;
import ru.reglament.signatures.SignatureRejectedException;
import ru.reglament.signatures.SignatureVerifier;
import ru.reglament.signatures.VerifiedSignature;

/**
 * The applicant's cabinet as the built-in portal would show it (demo): for a portal number and its
 * access code, the statuses the feed delivered with their times and comments, and the result file with
 * its signature, checked here as the applicant's side would check it. What the portal keeps is the
 * simulated portal's; the page reads it there. A wrong number or code reads as
 * "nothing found" either way, so the page does not tell which orders exist.
 */
@Controller
@ConditionalOnProperty(name = "reglament.portal.simulator.enabled", havingValue = "true")
class CabinetPage {

    static final String PATH = "/cabinet";

    private final FileStore files;
    private final SignatureVerifier verifier;
    private final ElkStatuses codes;
    private final SimulatedPortal portal;
    private final ZoneId zone;

    CabinetPage(FileStore files, SignatureVerifier verifier, ElkStatuses codes, SimulatedPortal portal, ZoneId zone) {
        this.zone = zone;
        this.portal = portal;
        this.files = files;
        this.verifier = verifier;
        this.codes = codes;
    }

    /** A status as the cabinet lists it, with its files. */
    record Status(long id, int code, String title, String date, String comment, List<Attachment> attachments) {
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** A file of a status, and what the check of its signature found (null: it came unsigned). */
    record Attachment(String contentId, String docType, String mimeType, long size, boolean signed, String check,
            boolean valid) {
    }

    @GetMapping(PATH)
    String cabinet(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
            Model model) {
        model.addAttribute("number", number == null ? "" : number.trim());
        if (number != null && code != null) {
            Optional<List<Status>> statuses = statuses(number.trim(), code.trim());
            model.addAttribute("searched", true);
            model.addAttribute("code", code.trim());
            model.addAttribute("statuses", statuses.orElse(null));
        }
        return "portal/cabinet";
    }

    @GetMapping(PATH + "/files/{statusId}/{contentId}")
    ResponseEntity<StreamingResponseBody> file(@PathVariable long statusId, @PathVariable String contentId,
            @RequestParam String number, @RequestParam String code,
            @RequestParam(defaultValue = "false") boolean signature) {
        if (!codeMatches(number, code)) throw new NotFoundException("Заявление не найдено");
        SimulatedPortal.KeptFile file = portal.file(number, statusId, contentId)
                .orElseThrow(() -> new NotFoundException("Файл не найден"));
        String key = signature ? file.signatureKey() : file.fileKey();
        if (key == null) throw new NotFoundException("Подписи у файла нет");
        files.verify(key);
        String name = "Результат-" + number + (signature ? ".pdf.sig" : ".pdf");
        return Downloads.stream(files.open(key), signature ? "application/pkcs7-signature" : file.mimeType(),
                files.describe(key).size(), name, false);
    }

    private Optional<List<Status>> statuses(String number, String code) {
        if (!codeMatches(number, code)) return Optional.empty();
        return Optional.of(portal.statuses(number).stream()
                .map(s -> new Status(s.id(), s.code(), codes.title(s.code()), DATE_TIME.format(s.date().atZone(zone)),
                        s.comment(), s.files().stream().map(this::checked).toList()))
                .toList());
    }

    /** The file's signature checked against the file: who signed, when, and whether it holds. */
    private Attachment checked(SimulatedPortal.KeptFile file) {
        String check = null;
        boolean valid = false;
        if (file.signatureKey() != null) {
            try {
                VerifiedSignature verified = verifier.verify(files.get(file.fileKey()), files.get(file.signatureKey()));
                check = "Подпись верна: " + verified.signerName() + ", сертификат " + verified.certificateSerial()
                        + (verified.testSignature() ? " (тестовая подпись, юридической силы не имеет)" : "");
                valid = true;
            } catch (SignatureRejectedException e) {
                check = "Подпись не прошла проверку: " + e.getMessage();
            }
        }
        return new Attachment(file.contentId(), file.docType(), file.mimeType(), file.size(), file.signatureKey() != null,
                check, valid);
    }

    private boolean codeMatches(String number, String code) {
        Optional<String> expected = portal.accessCode(number);
        return expected.isPresent() && MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.UTF_8),
                code.toUpperCase().getBytes(StandardCharsets.UTF_8));
    }
}
