package ru.reglament.documents.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicationHistory;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.applications.OpenCard;
import ru.reglament.documents.ApplicationDocument;
import ru.reglament.documents.ApplicationDocuments;
import ru.reglament.documents.DocumentDetails;
import ru.reglament.files.FileStore;
import ru.reglament.files.StoredFile;
import ru.reglament.files.UploadLimit;
import ru.reglament.files.UploadLimits;
import ru.reglament.shared.ConflictException;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.shared.NotFoundException;
import ru.reglament.shared.Violations;
import ru.reglament.staff.Role;

/** {@link ApplicationDocuments} on {@code documents_document} and the files storage port. */
@Service
class JdbcApplicationDocuments implements ApplicationDocuments {

    /** Who works an application and so may add documents to it; observers and the portal only read. */
    private static final Set<Role> WORKING = Set.of(Role.REGISTRAR, Role.ASSIGNING_REGISTRAR, Role.SPECIALIST,
            Role.ASSIGNING_SPECIALIST, Role.OFFICIAL, Role.COUNTER_CLERK);

    private final JdbcClient jdbc;
    private final FileStore files;
    private final ApplicationQueries applications;
    private final ApplicationHistory history;
    private final DocumentTypes types;
    private final ContentTypes contentTypes;
    private final UploadLimit limit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    JdbcApplicationDocuments(JdbcClient jdbc, FileStore files, ApplicationQueries applications, ApplicationHistory history,
            DocumentTypes types, ContentTypes contentTypes, UploadLimits limits,
            TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.applications = applications;
        this.history = history;
        this.types = types;
        this.contentTypes = contentTypes;
        this.limit = limits.of(UPLOAD_LIMIT);
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public List<ApplicationDocument> of(long applicationId, Actor actor) {
        applications.version(applicationId, actor);
        return jdbc.sql(SELECT + " where d.application_id = ? and d.deleted_at is null order by d.uploaded_at, d.id")
                .param(applicationId).query((rs, n) -> row(rs)).list();
    }

    @Override
    public List<DocumentType> typesFor(long applicationId, Actor actor) {
        return types.forService(applications.open(applicationId, actor).service().code());
    }

    @Override
    public List<DocumentType> typesOfService(String serviceCode) {
        return types.forService(serviceCode);
    }

    @Override
    public boolean mayAdd(OpenCard opened, Actor actor) {
        return working(opened, actor) && !closed(opened);
    }

    @Override
    public ApplicationDocument upload(long applicationId, DocumentDetails details, String fileName, InputStream content,
            long declaredSize, Actor actor) {
        OpenCard opened = applications.open(applicationId, actor);
        if (!working(opened, actor)) {
            throw new ForbiddenException("role", "Роль пользователя не позволяет добавлять документы");
        }
        if (closed(opened)) {
            throw new ConflictException("application.final", "Заявление закрыто: документы к нему больше не добавляются");
        }
        check(details, types.forService(opened.service().code()));
        try {
            Received received = receive(content, declaredSize, "file");
            StoredFile stored = received.file();
            String contentType = received.contentType();
            String name = FileNames.sanitised(fileName);
            Instant now = clock.instant();
            Long id = transaction.execute(tx -> {
                Long inserted = jdbc.sql("""
                        insert into documents_document (application_id, type_code, file_key, name, size, content_type,
                            description, doc_number, doc_date, doc_issuer, uploaded_by, uploaded_by_name, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                        .params(applicationId, details.typeCode(), stored.key(), name, stored.size(), contentType,
                                blankToNull(details.description()), blankToNull(details.number()),
                                details.date() == null ? null : Date.valueOf(details.date()), blankToNull(details.issuer()),
                                actor.employeeIdOrNull(), actor.fullName(), Timestamp.from(now))
                        .query(Long.class).single();
                history.changed(applicationId, "document-added", note("Добавлен документ «" + name + "» ("
                        + types.name(details.typeCode()) + ")", actor), now);
                return inserted;
            });
            return find(applicationId, id);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload", e);
        }
    }

    /** A file received and stored, with the type its content told. */
    record Received(StoredFile file, String contentType) {
    }

    /**
     * Stores an upload under the document limit if its content is of an allowed type; refused
     * (nothing stored) naming {@code field} otherwise.
     */
    Received receive(InputStream content, long declaredSize, String field) throws IOException {
        InputStream limited = new BufferedInputStream(limit.limited(content, declaredSize, field));
        String contentType = contentTypes.detect(limited);
        if (!contentTypes.allowed(contentType)) {
            throw new InvalidInputException(field, TYPE_NOT_ALLOWED, "Файлы этого типа не принимаются (по содержимому это "
                    + contentType + "); допускаются PDF, изображения JPEG, PNG, TIFF, документы Office и OpenDocument");
        }
        return new Received(files.put(limited, contentType), contentType);
    }

    /**
     * A file the portal stored before (by {@code POST /api/v1/files}) and now names by its SHA-256: it
     * must be there, of an allowed type, and whole.
     */
    Received referenced(String sha256, String field) {
        StoredFile file;
        try {
            file = files.describe(sha256 == null ? null : sha256.toLowerCase(java.util.Locale.ROOT));
        } catch (NotFoundException e) {
            throw new InvalidInputException(field, "file.unknown", "Файла с таким SHA-256 в хранилище нет: передайте его "
                    + "сначала (POST /api/v1/files) или частью запроса");
        }
        if (file.contentType() == null || !contentTypes.allowed(file.contentType())) {
            throw new InvalidInputException(field, TYPE_NOT_ALLOWED, "Файлы этого типа не принимаются: " + file.contentType());
        }
        files.verify(file.key());
        return new Received(file, file.contentType());
    }

    /** The applicant's documents, received with the application: once, however often the portal retries. */
    void attachFromApplicant(long applicationId, List<ApplicantDocument> received, Instant at) {
        transaction.executeWithoutResult(tx -> {
            // Serialises two retries of the same intake racing each other (the key space is this module's alone).
            jdbc.sql("select pg_advisory_xact_lock(?)").param(applicationId).query((rs, n) -> 1).single();
            boolean attached = jdbc.sql("select exists (select 1 from documents_document where application_id = ? "
                    + "and uploaded_by is null)").param(applicationId).query(Boolean.class).single();
            if (attached) return;
            for (ApplicantDocument d : received) {
                jdbc.sql("""
                        insert into documents_document (application_id, type_code, file_key, name, size, content_type,
                            description, doc_number, doc_date, doc_issuer, uploaded_by, uploaded_by_name, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?)""")
                        .params(applicationId, d.details().typeCode(), d.file().file().key(), FileNames.sanitised(d.name()),
                                d.file().file().size(), d.file().contentType(), blankToNull(d.details().description()),
                                blankToNull(d.details().number()),
                                d.details().date() == null ? null : Date.valueOf(d.details().date()),
                                blankToNull(d.details().issuer()), APPLICANT, Timestamp.from(at))
                        .update();
            }
        });
    }

    record ApplicantDocument(DocumentDetails details, String name, Received file) {
    }

    static final String APPLICANT = "Заявитель (ЕПГУ)";

    @Override
    public Download download(long applicationId, long documentId, Actor actor) {
        applications.version(applicationId, actor);
        ApplicationDocument document = find(applicationId, documentId);
        // Checked whole before a byte goes out, so a damaged file is refused, not half-sent.
        files.verify(document.sha256());
        return new Download(document, files.open(document.sha256()));
    }

    @Override
    public void delete(long applicationId, long documentId, Actor actor) {
        OpenCard opened = applications.open(applicationId, actor);
        ApplicationDocument document = find(applicationId, documentId);
        if (document.uploadedBy() == null || document.uploadedBy() != actor.employeeId()) {
            throw new ForbiddenException("document.not-yours", "Удалить документ может только тот, кто его добавил");
        }
        if (closed(opened)) {
            throw new ConflictException("application.final", "Заявление закрыто: его документы не удаляются");
        }
        Instant now = clock.instant();
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("update documents_document set deleted_at = ?, deleted_by_name = ? where id = ? and deleted_at is null")
                    .params(Timestamp.from(now), actor.fullName(), documentId).update();
            history.changed(applicationId, "document-deleted", note("Удалён документ «" + document.name() + "» ("
                    + document.typeName() + ")", actor), now);
        });
    }

    private ApplicationDocument find(long applicationId, long documentId) {
        return jdbc.sql(SELECT + " where d.id = ? and d.application_id = ? and d.deleted_at is null")
                .params(documentId, applicationId).query((rs, n) -> row(rs)).optional()
                .orElseThrow(() -> new NotFoundException("Документ не найден"));
    }

    private static boolean working(OpenCard opened, Actor actor) {
        return actor.rolesIn(opened.application().organisationId()).stream().anyMatch(WORKING::contains);
    }

    private static boolean closed(OpenCard opened) {
        return opened.process().isFinal(opened.application().status());
    }

    private static void check(DocumentDetails details, List<DocumentType> expected) {
        Violations violations = new Violations();
        if (details.typeCode() == null || details.typeCode().isBlank()) {
            violations.add("type", "required", "Выберите тип документа");
        } else if (expected.stream().noneMatch(t -> t.code().equals(details.typeCode()))) {
            violations.add("type", "document-type.unknown", "Услуга не предусматривает документов типа " + details.typeCode());
        }
        length(violations, "description", details.description(), 1000);
        length(violations, "number", details.number(), 100);
        length(violations, "issuer", details.issuer(), 500);
        violations.throwIfAny();
    }

    private static void length(Violations violations, String field, String value, int max) {
        if (value != null && value.length() > max) violations.add(field, "length", "Не длиннее " + max + " символов");
    }

    private static Map<String, Object> note(String label, Actor actor) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("label", label);
        details.put("by", actor.fullName());
        return details;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static final String SELECT = """
            select d.id, d.application_id, d.type_code, d.name, d.size, d.content_type, d.file_key, d.description,
                   d.doc_number, d.doc_date, d.doc_issuer, d.uploaded_by, d.uploaded_by_name, d.uploaded_at
            from documents_document d""";

    private ApplicationDocument row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date date = rs.getDate("doc_date");
        return new ApplicationDocument(rs.getLong("id"), rs.getLong("application_id"), rs.getString("type_code"),
                types.name(rs.getString("type_code")), rs.getString("name"), rs.getLong("size"), rs.getString("content_type"),
                rs.getString("file_key"), rs.getString("description"), rs.getString("doc_number"),
                date == null ? null : date.toLocalDate(), rs.getString("doc_issuer"), (Long) rs.getObject("uploaded_by"),
                rs.getString("uploaded_by_name"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
