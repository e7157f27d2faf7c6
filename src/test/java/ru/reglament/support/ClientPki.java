package ru.reglament.support;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import ru.reglament.shared.BouncyCastle;

/**
 * Client certificates made in the test as a CA that issues them to employees would: a CA (ECDSA, which
 * JSSE speaks for mutual TLS, or GOST R 34.10-2012, which it does not), intermediates, certificates for
 * client authentication with the person's СНИЛС in the subject (OID 1.2.643.100.3, as Russian qualified
 * certificates carry it), revocation lists, and a server key for Tomcat.
 */
public final class ClientPki {

    public enum KeyType {
        EC("EC", "secp256r1", "SHA256withECDSA", null),
        GOST("ECGOST3410-2012", "Tc26-Gost-3410-12-256-paramSetA", "GOST3411-2012-256WITHECGOST3410-2012-256",
                BouncyCastle.provider());

        final String keyAlgorithm;
        final String curve;
        final String signatureAlgorithm;
        final Provider keyProvider;

        KeyType(String keyAlgorithm, String curve, String signatureAlgorithm, Provider keyProvider) {
            this.keyAlgorithm = keyAlgorithm;
            this.curve = curve;
            this.signatureAlgorithm = signatureAlgorithm;
            this.keyProvider = keyProvider;
        }

        KeyPair generate() {
            try {
                // EC keys of the JDK's own provider, as JSSE signs the handshake with them.
                KeyPairGenerator generator = keyProvider == null ? KeyPairGenerator.getInstance(keyAlgorithm)
                        : KeyPairGenerator.getInstance(keyAlgorithm, keyProvider);
                generator.initialize(new ECGenParameterSpec(curve), RANDOM);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A certificate, its key and the chain the holder sends (the certificate, then its CAs up to the root). */
    public record Issued(X509Certificate certificate, PrivateKey key, List<X509Certificate> chain) {

        /** A TLS client context that presents this certificate and trusts {@code server}. */
        public SSLContext tls(X509Certificate server) {
            return ClientPki.tls(this, server);
        }

        /** As nginx's {@code $ssl_client_escaped_cert} puts it in a header: PEM, URL-escaped. */
        public String escapedPem() {
            StringBuilder escaped = new StringBuilder();
            for (byte b : pem(certificate).getBytes(StandardCharsets.US_ASCII)) {
                char c = (char) b;
                if (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~') escaped.append(c);
                else escaped.append('%').append(String.format("%02X", b));
            }
            return escaped.toString();
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final ASN1ObjectIdentifier SNILS = new ASN1ObjectIdentifier("1.2.643.100.3");

    private final KeyType type;
    private final KeyPair keys;
    private final X509Certificate certificate;
    private final List<X509Certificate> chain;

    private ClientPki(KeyType type, KeyPair keys, X509Certificate certificate, List<X509Certificate> chain) {
        this.type = type;
        this.keys = keys;
        this.certificate = certificate;
        this.chain = chain;
    }

    /** A root CA, valid from a year ago for ten years. */
    public static ClientPki authority(KeyType type, String name) {
        KeyPair keys = type.generate();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "RU").addRDN(BCStyle.O, "Reglament")
                .addRDN(BCStyle.CN, name).build();
        X509Certificate root = build(subject, keys, subject, keys, type, now().minus(Duration.ofDays(365)),
                now().plus(Duration.ofDays(3650)), Kind.CA);
        return new ClientPki(type, keys, root, List.of(root));
    }

    /** A CA this one certifies. */
    public ClientPki intermediate(String name) {
        KeyPair next = type.generate();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "RU").addRDN(BCStyle.CN, name)
                .build();
        X509Certificate issued = build(subject, next, subjectOf(certificate), keys, type,
                now().minus(Duration.ofDays(100)), now().plus(Duration.ofDays(1000)), Kind.CA);
        List<X509Certificate> path = new ArrayList<>(List.of(issued));
        path.addAll(chain);
        return new ClientPki(type, next, issued, List.copyOf(path));
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** A client certificate valid from yesterday for a year. */
    public Issued valid(String fullName, String snils) {
        return issue(fullName, snils, now().minus(Duration.ofDays(1)), now().plus(Duration.ofDays(365)));
    }

    /** A client certificate of last year, expired yesterday. */
    public Issued expired(String fullName, String snils) {
        return issue(fullName, snils, now().minus(Duration.ofDays(366)), now().minus(Duration.ofDays(1)));
    }

    /** A client certificate: surname and given names, СНИЛС (when given) and common name in the subject. */
    public Issued issue(String fullName, String snils, Instant notBefore, Instant notAfter) {
        return issue(person(fullName, snils), notBefore, notAfter, Kind.CLIENT);
    }

    /** A certificate for signing only (its extended key usage has no client authentication). */
    public Issued signingOnly(String fullName, String snils) {
        return issue(person(fullName, snils), now().minus(Duration.ofDays(1)), now().plus(Duration.ofDays(365)),
                Kind.SIGNING);
    }

    /** A self-signed client certificate with whatever subject its maker chose: no CA vouches for it. */
    public static Issued selfMade(KeyType type, String fullName, String snils) {
        KeyPair keys = type.generate();
        X500Name subject = person(fullName, snils);
        X509Certificate made = build(subject, keys, subject, keys, type, now().minus(Duration.ofDays(1)),
                now().plus(Duration.ofDays(365)), Kind.CLIENT);
        return new Issued(made, keys.getPrivate(), List.of(made));
    }

    /** A revocation list of this CA (DER), issued an hour ago, due {@code nextUpdate} later, listing {@code revoked}. */
    public byte[] crl(Duration nextUpdate, X509Certificate... revoked) {
        try {
            Instant thisUpdate = now().minus(Duration.ofHours(1));
            X509v2CRLBuilder builder = new X509v2CRLBuilder(subjectOf(certificate), Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(thisUpdate.plus(nextUpdate)));
            for (X509Certificate certificate : revoked) {
                builder.addCRLEntry(certificate.getSerialNumber(), Date.from(now().minus(Duration.ofMinutes(30))),
                        CRLReason.keyCompromise);
            }
            X509CRL crl = new JcaX509CRLConverter().setProvider(BouncyCastle.provider()).getCRL(builder.build(
                    new JcaContentSignerBuilder(type.signatureAlgorithm).setProvider(BouncyCastle.provider())
                            .build(keys.getPrivate())));
            return crl.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CRL as PEM. */
    public static String crlPem(byte[] der) {
        return "-----BEGIN X509 CRL-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END X509 CRL-----\n";
    }

    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A server key and certificate for localhost, 127.0.0.1 and ::1 in a PKCS#12 file; returns the
     * certificate, which the test's clients trust.
     */
    public static X509Certificate serverKeyStore(Path file, String password) {
        try {
            KeyPair keys = KeyType.EC.generate();
            X500Name subject = new X500Name("CN=localhost");
            X509Certificate server = build(subject, keys, subject, keys, KeyType.EC, now().minus(Duration.ofDays(1)),
                    now().plus(Duration.ofDays(30)), Kind.SERVER);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", keys.getPrivate(), password.toCharArray(), new X509Certificate[] {server});
            Files.createDirectories(file.getParent());
            try (var out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return server;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TLS client context trusting {@code server}, presenting {@code client} when not null. */
    public static SSLContext tls(Issued client, X509Certificate server) {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("server", server);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            KeyManagerFactory keys = null;
            if (client != null) {
                KeyStore own = KeyStore.getInstance("PKCS12");
                own.load(null, null);
                own.setKeyEntry("client", client.key(), PASSWORD, client.chain().toArray(X509Certificate[]::new));
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(own, PASSWORD);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A СНИЛС with its check number, made of nine digits. */
    public static String snils(int nineDigits) {
        String digits = String.format("%09d", nineDigits);
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (digits.charAt(i) - '0') * (9 - i);
        int check = sum < 100 ? sum : sum <= 101 ? 0 : sum % 101 == 100 ? 0 : sum % 101;
        return digits + String.format("%02d", check);
    }

    private Issued issue(X500Name subject, Instant notBefore, Instant notAfter, Kind kind) {
        KeyPair holder = type.generate();
        X509Certificate issued = build(subject, holder, subjectOf(certificate), keys, type, notBefore, notAfter, kind);
        List<X509Certificate> path = new ArrayList<>(List.of(issued));
        path.addAll(chain);
        return new Issued(issued, holder.getPrivate(), List.copyOf(path));
    }

    private static X500Name person(String fullName, String snils) {
        String[] names = fullName.split(" ", 2);
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "RU")
                .addRDN(BCStyle.SURNAME, names[0]);
        if (names.length > 1) name.addRDN(BCStyle.GIVENNAME, names[1]);
        if (snils != null) name.addRDN(SNILS, new DERNumericString(snils));
        return name.addRDN(BCStyle.CN, fullName).build();
    }

    private enum Kind { CA, CLIENT, SIGNING, SERVER }

    private static X509Certificate build(X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys,
            KeyType issuerType, Instant notBefore, Instant notAfter, Kind kind) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, RANDOM).setBit(63), Date.from(notBefore), Date.from(notAfter), subject,
                    subjectKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true,
                            kind == Kind.CA ? new BasicConstraints(1) : new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(kind == Kind.CA
                            ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                            : KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            switch (kind) {
                case CLIENT -> builder.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth,
                                KeyPurposeId.id_kp_emailProtection}));
                case SIGNING -> builder.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
                case SERVER -> builder.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                        .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                                new GeneralName(GeneralName.dNSName, "localhost"),
                                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                                new GeneralName(GeneralName.iPAddress,
                                        InetAddress.getByName("::1").getHostAddress())}));
                case CA -> { }
            }
            return new JcaX509CertificateConverter().setProvider(BouncyCastle.provider()).getCertificate(builder.build(
                    new JcaContentSignerBuilder(issuerType.signatureAlgorithm).setProvider(BouncyCastle.provider())
                            .build(issuerKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X500Name subjectOf(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
