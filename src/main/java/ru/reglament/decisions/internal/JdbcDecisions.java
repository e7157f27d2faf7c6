package ru.reglament.decisions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.reglament.decisions.Decision;
import ru.reglament.decisions.DecisionDocumentModel;
import ru.reglament.decisions.DecisionKind;
import ru.reglament.decisions.DecisionRenderer;
import ru.reglament.decisions.Decisions;
import ru.reglament.decisions.SignatureStamp;
import ru.reglament.directory.DecisionGround;
import ru.reglament.files.FileStore;
import ru.reglament.files.StoredFile;
import ru.reglament.shared.ConflictException;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.shared.NotFoundException;
import ru.reglament.signatures.SignatureRejectedException;
import ru.reglament.signatures.SignatureVerifier;
import ru.reglament.signatures.VerifiedSignature;
import ru.reglament.staff.Employee;
import ru.reglament.staff.Staff;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcDecisions implements Decisions {

    private static final TypeReference<List<DecisionGround>> GROUNDS = new TypeReference<>() { };
    private static final String COLUMNS = """
            id, application_id, kind, grounds::text as grounds, explanation, extra_info, document_key, document_sha256,
            document_size, document_source, drafted_at, drafted_by_name, signed_at, signer_name, certificate_subject,
            certificate_serial, certificate_issuer, certificate_not_before, certificate_not_after, certificate_thumbprint,
            signature_algorithm, signing_time, test_signature, signature_key, printable_key, printable_sha256,
            printable_size
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final FileStore files;
    private final DecisionRenderer renderer;
    private final SignatureVerifier verifier;
    private final Staff staff;

    JdbcDecisions(JdbcClient jdbc, JsonMapper json, FileStore files, DecisionRenderer renderer, SignatureVerifier verifier,
            Staff staff) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.json = json;
        this.files = files;
        this.renderer = renderer;
        this.verifier = verifier;
    }

    @Override
    public Optional<Decision> current(long applicationId) {
        return jdbc.sql("select " + COLUMNS + " from decisions_decision where application_id = ? and current")
                .param(applicationId).query(this::decision).optional();
    }

    @Override
    @Transactional
    public Decision draft(long applicationId, DecisionDocumentModel model, List<DecisionGround> grounds, Long actorId,
            String actorName, Instant at) {
        requireUnsigned(applicationId);
        StoredFile document = files.put(renderer.renderPdf(model));
        jdbc.sql("update decisions_decision set current = false where application_id = ? and current")
                .param(applicationId).update();
        jdbc.sql("""
                insert into decisions_decision (application_id, kind, grounds, explanation, extra_info, document_key,
                    document_sha256, document_size, document_source, drafted_at, drafted_by, drafted_by_name, model)
                values (?, ?, ?::jsonb, ?, ?, ?, ?, ?, 'GENERATED', ?, ?, ?, ?::jsonb)""")
                .params(applicationId, model.kind().name(), json.writeValueAsString(grounds), model.explanation(),
                        model.extraInfo(), document.key(), document.sha256(), document.size(), Timestamp.from(at),
                        actorId, actorName, json.writeValueAsString(model))
                .update();
        return current(applicationId).orElseThrow();
    }

    @Override
    @Transactional
    public Decision replaceDocument(long applicationId, byte[] pdf, Long actorId, String actorName, Instant at) {
        Decision current = requireUnsigned(applicationId);
        if (pdf == null || pdf.length == 0) {
            throw new InvalidInputException("document", "required", "Загрузите файл проекта решения");
        }
        SignablePdf.require(pdf, "document");
        StoredFile document = files.put(pdf);
        jdbc.sql("""
                update decisions_decision set document_key = ?, document_sha256 = ?, document_size = ?,
                    document_source = 'UPLOADED', drafted_at = ?, drafted_by = ?, drafted_by_name = ?
                where id = ?""")
                .params(document.key(), document.sha256(), document.size(), Timestamp.from(at), actorId, actorName,
                        current.id())
                .update();
        return current(applicationId).orElseThrow();
    }

    @Override
    @Transactional
    public Decision sign(long applicationId, String base64Signature, Long actorId, Instant at) {
        Decision current = requireUnsigned(applicationId);
        if (base64Signature == null || base64Signature.isBlank()) {
            throw new InvalidInputException("signature", "required", "Передайте подпись проекта решения");
        }
        byte[] original = files.get(current.document().key());
        VerifiedSignature verified;
        try {
            verified = verifier.verifyBase64(original, base64Signature);
        } catch (SignatureRejectedException e) {
            throw new InvalidInputException("signature", e.rule(), e.getMessage());
        }
        StoredFile signature = files.put(java.util.Base64.getMimeDecoder().decode(base64Signature.trim()));
        String position = actorId == null ? null : staff.employee(actorId).map(Employee::position).orElse(null);
        SignatureStamp stamp = new SignatureStamp(verified.signerName(), position, verified.signerName(),
                verified.certificateSerial(), verified.issuerName(), verified.notBefore(), verified.notAfter(),
                verified.signingTime() != null ? verified.signingTime() : at, verified.testSignature());
        StoredFile printable = files.put(visualised(current, original, stamp));
        jdbc.sql("""
                update decisions_decision set signed_at = ?, signed_by = ?, signature_key = ?, signer_name = ?,
                    certificate_subject = ?, certificate_serial = ?, certificate_issuer = ?, certificate_not_before = ?,
                    certificate_not_after = ?, certificate_thumbprint = ?, signature_algorithm = ?, signing_time = ?,
                    test_signature = ?, signer_position = ?, printable_key = ?, printable_sha256 = ?, printable_size = ?
                where id = ?""")
                .params(Timestamp.from(at), actorId, signature.key(), verified.signerName(), verified.subject(),
                        verified.certificateSerial(), verified.issuer(), Timestamp.from(verified.notBefore()),
                        Timestamp.from(verified.notAfter()), verified.thumbprint(), verified.algorithm(),
                        verified.signingTime() == null ? null : Timestamp.from(verified.signingTime()),
                        verified.testSignature(), position, printable.key(), printable.sha256(), printable.size(),
                        current.id())
                .update();
        return current(applicationId).orElseThrow();
    }

    @Override
    @Transactional
    public Decision discardDraft(long applicationId) {
        Decision current = requireUnsigned(applicationId);
        if (current == null) throw new ConflictException("decision.none", "Проекта решения нет");
        jdbc.sql("update decisions_decision set current = false where id = ?").param(current.id()).update();
        return current;
    }

    @Override
    public byte[] document(long applicationId) {
        Decision decision = current(applicationId).orElseThrow(() -> new NotFoundException("Проект решения ещё не сформирован"));
        return files.get(decision.document().key());
    }

    @Override
    public byte[] printable(long applicationId) {
        Decision decision = current(applicationId).orElseThrow(() -> new NotFoundException("Проект решения ещё не сформирован"));
        if (!decision.isSigned()) return renderer.markAsDraft(files.get(decision.document().key()));
        // Decisions signed before the visualised copies existed have only their original.
        StoredFile printable = decision.printable();
        return files.get(printable != null ? printable.key() : decision.document().key());
    }

    /**
     * The signed decision as people read it: rendered again from its model with the stamp when the
     * platform rendered it, else (an uploaded document) its pages followed by a signature sheet.
     */
    private byte[] visualised(Decision decision, byte[] original, SignatureStamp stamp) {
        DecisionDocumentModel model = jdbc.sql("select model::text from decisions_decision where id = ?")
                .param(decision.id()).query(String.class).optional()
                .map(text -> json.readValue(text, DecisionDocumentModel.class)).orElse(null);
        if ("GENERATED".equals(decision.documentSource()) && model != null) return renderer.renderSigned(model, stamp);
        // A draft drafted before models were kept has no number at hand; the sheet's hash still binds it.
        String number = model != null ? model.documentNumber() : "б/н";
        return renderer.appendSignatureSheet(original, decision.kind(), number, decision.document().sha256(), stamp);
    }

    @Override
    public byte[] signature(long applicationId) {
        Decision decision = current(applicationId).filter(Decision::isSigned)
                .orElseThrow(() -> new NotFoundException("Решение ещё не подписано"));
        return files.get(decision.signature().signatureKey());
    }

    private Decision requireUnsigned(long applicationId) {
        Optional<Decision> current = current(applicationId);
        if (current.isPresent() && current.get().isSigned()) {
            throw new ConflictException("decision.signed", "Решение уже подписано и не может быть изменено");
        }
        return current.orElse(null);
    }

    private Decision decision(ResultSet rs, int n) throws SQLException {
        Timestamp signedAt = rs.getTimestamp("signed_at");
        Decision.SignatureDetails signature = signedAt == null ? null : new Decision.SignatureDetails(
                signedAt.toInstant(), rs.getString("signer_name"), rs.getString("certificate_subject"),
                rs.getString("certificate_serial"), rs.getString("certificate_issuer"),
                instant(rs, "certificate_not_before"), instant(rs, "certificate_not_after"),
                rs.getString("certificate_thumbprint"), rs.getString("signature_algorithm"), instant(rs, "signing_time"),
                rs.getBoolean("test_signature"), rs.getString("signature_key"));
        return new Decision(rs.getLong("id"), rs.getLong("application_id"), DecisionKind.valueOf(rs.getString("kind")),
                json.readValue(rs.getString("grounds"), GROUNDS), rs.getString("explanation"), rs.getString("extra_info"),
                new StoredFile(rs.getString("document_key"), rs.getString("document_sha256"), rs.getInt("document_size")),
                rs.getString("document_source"), rs.getTimestamp("drafted_at").toInstant(),
                rs.getString("drafted_by_name"), signature, rs.getString("printable_key") == null ? null
                        : new StoredFile(rs.getString("printable_key"), rs.getString("printable_sha256"),
                                rs.getInt("printable_size")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
