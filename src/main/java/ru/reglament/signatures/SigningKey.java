package ru.reglament.signatures;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import ru.reglament.shared.BouncyCastle;
import ru.reglament.signatures.internal.CadesBes;

/**
 * An information system's own key and certificate (ЭП-ОВ, the key ЕСИА knows the platform by), read
 * from a PKCS#12 file or from PEM files, signing as the platform signs: a detached CAdES-BES.
 */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

    /**
     * Reads {@code pkcs12} (with {@code password} and {@code alias}, the first entry when null) or else
     * the PEM pair {@code key} and {@code certificate}. {@code what} names the key in the error.
     */
    public static SigningKey read(Path pkcs12, String password, String alias, Path key, Path certificate, String what) {
        try {
            if (pkcs12 != null) {
                KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.provider());
                char[] secret = password == null ? new char[0] : password.toCharArray();
                try (InputStream in = Files.newInputStream(pkcs12)) {
                    store.load(in, secret);
                }
                String entry = alias != null ? alias : store.aliases().nextElement();
                return new SigningKey((PrivateKey) store.getKey(entry, secret), (X509Certificate) store.getCertificate(entry));
            }
            if (key != null && certificate != null) {
                PrivateKey privateKey;
                try (Reader in = Files.newBufferedReader(key); PEMParser pem = new PEMParser(in)) {
                    privateKey = new JcaPEMKeyConverter().setProvider(BouncyCastle.provider())
                            .getPrivateKey(PrivateKeyInfo.getInstance(pem.readObject()));
                }
                try (InputStream in = Files.newInputStream(certificate)) {
                    return new SigningKey(privateKey,
                            (X509Certificate) Certificates.factory().generateCertificate(in));
                }
            }
            throw new IllegalStateException(what + ": give pkcs12 or key and certificate");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    /** A detached CAdES-BES (DER) over {@code content}, signed at {@code at}, with the certificate inside. */
    public byte[] signDetached(byte[] content, Instant at) {
        return CadesBes.signDetached(content, privateKey, certificate, List.of(certificate), at);
    }
}
