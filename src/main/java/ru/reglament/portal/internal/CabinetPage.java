package ru.reglament.portal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * its signature, checked here as the applicant's side would check it. A wrong number or code reads as
 * "nothing found" either way, so the page does not tell which orders exist.
 */
@Controller
@ConditionalOnProperty(name = "reglament.portal.simulator.enabled", havingValue = "true")
class CabinetPage {

    static final String PATH = "/cabinet";

    private final JdbcClient jdbc;
    private final FileStore files;
    private final SignatureVerifier verifier;
    private final ElkStatuses codes;
    private final SimulatedPortal portal;
    private final ZoneId zone;

    CabinetPage(JdbcClient jdbc, FileStore files, SignatureVerifier verifier, ElkStatuses codes, SimulatedPortal portal,
            ZoneId zone) {
        this.jdbc = jdbc;
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
        Map<String, Object> row = attachment(number, code, statusId, contentId);
        String key = (String) (signature ? row.get("signature_key") : row.get("file_key"));
        if (key == null) throw new NotFoundException("Подписи у файла нет");
        files.verify(key);
        String name = "Результат-" + number + (signature ? ".pdf.sig" : ".pdf");
        return Downloads.stream(files.open(key), signature ? "application/pkcs7-signature" : (String) row.get("mime_type"),
                files.describe(key).size(), name, false);
    }

    private Optional<List<Status>> statuses(String number, String code) {
        if (!codeMatches(number, code)) return Optional.empty();
        Map<Long, List<Attachment>> attachments = new LinkedHashMap<>();
        jdbc.sql("""
                select a.status_id, a.content_id, a.doc_type, a.mime_type, a.file_key, a.file_size, a.signature_key
                from portal_simulator_attachment a join portal_simulator_status s on s.id = a.status_id
                where s.order_number = ? order by a.status_id""")
                .param(number).query().listOfRows()
                .forEach(r -> attachments.computeIfAbsent((Long) r.get("status_id"), id -> new ArrayList<>()).add(checked(r)));
        return Optional.of(jdbc.sql("""
                select id, elk_status, status_date, comment from portal_simulator_status
                where order_number = ? order by status_date, id""")
                .param(number)
                .query((rs, n) -> new Status(rs.getLong("id"), rs.getInt("elk_status"), codes.title(rs.getInt("elk_status")),
                        DATE_TIME.format(rs.getTimestamp("status_date").toInstant().atZone(zone)), rs.getString("comment"),
                        attachments.getOrDefault(rs.getLong("id"), List.of())))
                .list());
    }

    /** The file's signature checked against the file: who signed, when, and whether it holds. */
    private Attachment checked(Map<String, Object> r) {
        String signatureKey = (String) r.get("signature_key");
        String check = null;
        boolean valid = false;
        if (signatureKey != null) {
            try {
                VerifiedSignature verified = verifier.verify(files.get((String) r.get("file_key")), files.get(signatureKey));
                check = "Подпись верна: " + verified.signerName() + ", сертификат " + verified.certificateSerial()
                        + (verified.testSignature() ? " (тестовая подпись, юридической силы не имеет)" : "");
                valid = true;
            } catch (SignatureRejectedException e) {
                check = "Подпись не прошла проверку: " + e.getMessage();
            }
        }
        return new Attachment((String) r.get("content_id"), (String) r.get("doc_type"), (String) r.get("mime_type"),
                ((Number) r.get("file_size")).longValue(), signatureKey != null, check, valid);
    }

    private Map<String, Object> attachment(String number, String code, long statusId, String contentId) {
        if (!codeMatches(number, code)) throw new NotFoundException("Заявление не найдено");
        return jdbc.sql("""
                select a.file_key, a.signature_key, a.mime_type from portal_simulator_attachment a
                join portal_simulator_status s on s.id = a.status_id
                where s.order_number = ? and a.status_id = ? and a.content_id = ?""")
                .params(number, statusId, contentId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Файл не найден"));
    }

    private boolean codeMatches(String number, String code) {
        Optional<String> expected = portal.accessCode(number);
        return expected.isPresent() && MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.UTF_8),
                code.toUpperCase().getBytes(StandardCharsets.UTF_8));
    }
}
