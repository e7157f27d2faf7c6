package ru.reglament.signatures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.reglament.shared.BouncyCastle;

/**
 * Certificates as the platform reads and trusts them, for signatures and for logins alike: read from
 * files with BouncyCastle (PEM or DER, GOST keys known), and chained to trusted ones by the JDK's PKIX
 * path builder with BouncyCastle verifying the signatures (GOST-signed certificates exist only there).
 */
public final class Certificates {

    /** The files of a folder that are read as certificates. */
    public static final Set<String> FILES = Set.of(".pem", ".crt", ".cer", ".der");

    private Certificates() {
    }

    /** BouncyCastle's factory: it reads PEM and DER alike and knows GOST public keys. */
    public static CertificateFactory factory() throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509", BouncyCastle.provider());
    }

    /**
     * Every certificate in the file, or in the folder's {@code .pem .crt .cer .der} files (a file may hold
     * several); a missing path holds none. A file that is not a certificate stops the caller (at start-up):
     * skipping it would reject everything of that CA with a misleading "untrusted" and nobody would look.
     */
    public static List<X509Certificate> read(Path path) {
        if (path == null || !Files.exists(path)) return List.of();
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files(path, FILES)) {
            try (InputStream in = Files.newInputStream(file)) {
                List<X509Certificate> read = factory().generateCertificates(in).stream()
                        .map(X509Certificate.class::cast).toList();
                if (read.isEmpty()) throw new IllegalStateException("No certificate in " + file.toAbsolutePath());
                certificates.addAll(read);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                throw new IllegalStateException("Not a certificate: " + file.toAbsolutePath(), e);
            }
        }
        return List.copyOf(certificates);
    }

    /** The file itself, or the folder's regular files ending in one of {@code extensions}, sorted. */
    public static List<Path> files(Path path, Set<String> extensions) {
        if (!Files.isDirectory(path)) return List.of(path);
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile).filter(file -> extensions.stream()
                    .anyMatch(file.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + path.toAbsolutePath(), e);
        }
    }

    /**
     * The path from {@code target} to one of {@code trusted} valid at {@code at}, built with
     * {@code intermediates} filling the gaps; revocation is the caller's to check on the path.
     *
     * @throws GeneralSecurityException when there is none
     */
    public static PKIXCertPathBuilderResult path(X509Certificate target, Collection<X509Certificate> trusted,
            Collection<X509Certificate> intermediates, Instant at) throws GeneralSecurityException {
        Set<TrustAnchor> anchors = trusted.stream().map(certificate -> new TrustAnchor(certificate, null))
                .collect(Collectors.toSet());
        X509CertSelector selector = new X509CertSelector();
        selector.setCertificate(target);
        PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, selector);
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(at));
        parameters.setSigProvider(BouncyCastle.provider().getName());
        List<X509Certificate> known = new ArrayList<>(intermediates);
        known.add(target);
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(known)));
        return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
    }
}
