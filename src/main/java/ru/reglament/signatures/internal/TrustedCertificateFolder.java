package ru.reglament.signatures.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import ru.reglament.shared.BouncyCastle;

/** Reads the trusted certificates (roots of the accredited CAs, their intermediates) from a folder. */
public final class TrustedCertificateFolder {

    private static final Set<String> EXTENSIONS = Set.of(".pem", ".crt", ".cer", ".der");

    private TrustedCertificateFolder() {
    }

    /**
     * Every certificate in the folder's {@code .pem .crt .cer .der} files; a file may hold several
     * PEM certificates. A missing folder means none. A file that is not a certificate stops the
     * start-up: silently skipping it would reject every signature of that CA with a misleading
     * "untrusted" and nobody would look at the folder.
     */
    public static List<X509Certificate> load(Path folder) {
        if (folder == null || !Files.exists(folder)) return List.of();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("Trusted certificates path is not a folder: " + folder.toAbsolutePath());
        }
        List<X509Certificate> certificates = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(TrustedCertificateFolder::isCertificateFile).sorted().toList()) {
                certificates.addAll(read(file));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read trusted certificates from " + folder.toAbsolutePath(), e);
        }
        return List.copyOf(certificates);
    }

    private static boolean isCertificateFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static List<X509Certificate> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            // BouncyCastle's factory reads PEM and DER alike and knows GOST public keys.
            Collection<? extends Certificate> read =
                    CertificateFactory.getInstance("X.509", BouncyCastle.provider()).generateCertificates(in);
            if (read.isEmpty()) throw new IllegalStateException("No certificate in trusted certificate file " + file);
            return read.stream().map(X509Certificate.class::cast).toList();
        } catch (CertificateException | RuntimeException e) {
            throw new IllegalStateException("Not a certificate: trusted certificate file " + file, e);
        }
    }
}
