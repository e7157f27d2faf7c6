package ru.reglament.access.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.reglament.signatures.Certificates;

/**
 * The configured revocation lists, read again when a file changes (a CA publishes a new list every few
 * days, a job copies it here): the files' times and sizes are compared at each login, which costs a
 * few file system calls. A list that cannot be read at start-up stops it; later, the lists read last
 * stay in use and the error is logged, until the files can be read.
 */
final class RevocationLists {

    private static final Logger log = LoggerFactory.getLogger(RevocationLists.class);
    private static final Set<String> FILES = Set.of(".crl", ".pem", ".der");

    private final List<Path> paths;
    private final Clock clock;
    private Map<Path, String> read;
    private List<X509CRL> lists = List.of();

    RevocationLists(List<Path> paths, Clock clock) {
        this.paths = paths;
        this.clock = clock;
        if (configured()) reload(versions());
    }

    boolean configured() {
        return !paths.isEmpty();
    }

    synchronized List<X509CRL> current() {
        try {
            Map<Path, String> versions = versions();
            if (!versions.equals(read)) reload(versions);
        } catch (RuntimeException e) {
            log.error("Client certificate revocation lists not read again, those read before stay in use: {}",
                    e.getMessage());
        }
        return lists;
    }

    private void reload(Map<Path, String> versions) {
        List<X509CRL> loaded = new ArrayList<>();
        for (Path file : versions.keySet()) {
            try (InputStream in = Files.newInputStream(file)) {
                List<X509CRL> inFile = new ArrayList<>();
                for (CRL crl : Certificates.factory().generateCRLs(in)) inFile.add((X509CRL) crl);
                if (inFile.isEmpty()) throw new IllegalStateException("no revocation list in it");
                loaded.addAll(inFile);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                throw new IllegalStateException("Not a revocation list: " + file.toAbsolutePath() + ": "
                        + e.getMessage(), e);
            }
        }
        lists = List.copyOf(loaded);
        read = versions;
        Instant now = clock.instant();
        for (X509CRL crl : lists) {
            String issuer = crl.getIssuerX500Principal().getName();
            int revoked = crl.getRevokedCertificates() == null ? 0 : crl.getRevokedCertificates().size();
            if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(now)) {
                log.warn("Client certificate revocation list of {} ({} revoked) was due to be replaced at {}: its "
                        + "certificates are refused until a current one is put in place", issuer, revoked,
                        crl.getNextUpdate().toInstant());
            } else {
                log.info("Client certificate revocation list of {}: {} revoked, next update {}", issuer, revoked,
                        crl.getNextUpdate() == null ? "not given" : crl.getNextUpdate().toInstant());
            }
        }
    }

    private Map<Path, String> versions() {
        Map<Path, String> versions = new LinkedHashMap<>();
        for (Path path : paths) {
            for (Path file : Certificates.files(path, FILES)) {
                try {
                    versions.put(file, Files.getLastModifiedTime(file) + "/" + Files.size(file));
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot read " + file.toAbsolutePath(), e);
                }
            }
        }
        return versions;
    }
}
