package ru.reglament.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicationCard;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.documents.ApplicationDocument;
import ru.reglament.documents.ApplicationDocuments;
import ru.reglament.documents.CaseExports;
import ru.reglament.documents.ExportPackage;
import ru.reglament.files.FileStore;
import ru.reglament.files.StoredFile;
import ru.reglament.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link CaseExports}: the zip is written to a temporary file entry by entry, each file streamed from
 * storage (and checked against its SHA-256 as it passes: a damaged document fails the export, loudly),
 * then stored like any other file.
 */
@Service
class ZipCaseExports implements CaseExports {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final JdbcClient jdbc;
    private final FileStore files;
    private final ApplicationQueries applications;
    private final ApplicationDocuments documents;
    private final JsonMapper json;
    private final ZoneId zone;
    private final Clock clock;

    ZipCaseExports(JdbcClient jdbc, FileStore files, ApplicationQueries applications, ApplicationDocuments documents,
            JsonMapper json, ZoneId zone, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.applications = applications;
        this.documents = documents;
        this.json = json;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public ExportPackage export(long applicationId, Actor actor) {
        ApplicationCard card = applications.card(applicationId, actor);
        String number = card.registrationNumber() != null ? card.registrationNumber() : card.portalNumber();
        Instant now = clock.instant();
        String name = "Выгрузка_" + FileNames.sanitised(number).replace(' ', '_') + "_"
                + STAMP.format(now.atZone(zone)) + ".zip";
        Path zip = null;
        try {
            zip = Files.createTempFile("export-", ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                List<Map<String, Object>> manifest = new ArrayList<>();
                Set<String> names = new HashSet<>();
                if (card.decision() != null) {
                    byte[] decision = applications.decisionDocument(applicationId, actor);
                    entry(out, names, manifest, "Решение/решение.pdf", "application/pdf", new java.io.ByteArrayInputStream(decision));
                    if (card.decision().signature() != null) {
                        entry(out, names, manifest, "Решение/решение.pdf.sig", "application/pkcs7-signature",
                                new java.io.ByteArrayInputStream(applications.decisionSignature(applicationId, actor)));
                    }
                }
                for (ApplicationDocument d : documents.of(applicationId, actor)) {
                    try (InputStream in = files.open(d.sha256())) {
                        entry(out, names, manifest, "Документы/" + d.typeName() + "/" + d.name(), d.contentType(), in);
                    }
                }
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("package", name);
                root.put("createdAt", now.toString());
                root.put("createdBy", actor.fullName());
                root.put("files", manifest);
                root.put("application", card);
                out.setLevel(Deflater.DEFAULT_COMPRESSION);
                out.putNextEntry(new ZipEntry("manifest.json"));
                out.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
                out.closeEntry();
            }
            StoredFile stored;
            try (InputStream in = Files.newInputStream(zip)) {
                stored = files.put(in, "application/zip");
            }
            long id = jdbc.sql("""
                    insert into documents_export (application_id, name, file_key, size, created_at, created_by, created_by_name)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(applicationId, name, stored.key(), stored.size(), Timestamp.from(now), actor.employeeIdOrNull(),
                            actor.fullName())
                    .query(Long.class).single();
            return new ExportPackage(id, applicationId, name, stored.size(), stored.sha256(), now, actor.fullName());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the export of application " + applicationId, e);
        } finally {
            if (zip != null) zip.toFile().delete();
        }
    }

    /** Text compresses; scans, PDFs and Office files are compressed already, and deflating them ran at 40 MB/s. */
    private static final Set<String> COMPRESSIBLE = Set.of("text/plain", "application/xml", "application/json",
            "application/x-tika-msoffice", "application/pkcs7-signature");

    /** One file into the zip, under a name not yet taken, its size and SHA-256 into the manifest. */
    private static void entry(ZipOutputStream out, Set<String> names, List<Map<String, Object>> manifest, String path,
            String contentType, InputStream content) throws IOException {
        out.setLevel(COMPRESSIBLE.contains(contentType) ? Deflater.DEFAULT_COMPRESSION : Deflater.NO_COMPRESSION);
        String unique = path;
        for (int i = 2; !names.add(unique); i++) {
            int dot = path.lastIndexOf('.');
            unique = dot > path.lastIndexOf('/') ? path.substring(0, dot) + " (" + i + ")" + path.substring(dot) : path + " (" + i + ")";
        }
        out.putNextEntry(new ZipEntry(unique));
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n; (n = content.read(buffer)) >= 0; size += n) {
            sha256.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        out.closeEntry();
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", unique);
        file.put("size", size);
        file.put("sha256", HexFormat.of().formatHex(sha256.digest()));
        manifest.add(file);
    }

    @Override
    public List<ExportPackage> of(long applicationId, Actor actor) {
        applications.version(applicationId, actor);
        return jdbc.sql(SELECT + " where application_id = ? order by created_at desc, id desc").param(applicationId)
                .query((rs, n) -> row(rs)).list();
    }

    @Override
    public Download download(long applicationId, long exportId, Actor actor) {
        applications.version(applicationId, actor);
        ExportPackage export = jdbc.sql(SELECT + " where application_id = ? and id = ?").params(applicationId, exportId)
                .query((rs, n) -> row(rs)).optional().orElseThrow(() -> new NotFoundException("Выгрузка не найдена"));
        files.verify(export.sha256());
        return new Download(export, files.open(export.sha256()));
    }

    private static final String SELECT = "select id, application_id, name, size, file_key, created_at, created_by_name "
            + "from documents_export";

    private static ExportPackage row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ExportPackage(rs.getLong("id"), rs.getLong("application_id"), rs.getString("name"), rs.getLong("size"),
                rs.getString("file_key"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_name"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
