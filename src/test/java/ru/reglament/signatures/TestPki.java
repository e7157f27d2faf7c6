package ru.reglament.signatures;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Keys, certificates and CMS signatures made in the test with plain BouncyCastle, independent of
 * the module's own signing code, so the verifier is not checked against itself.
 */
final class TestPki {

    static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestPki() {
    }

    enum KeyType {
        GOST_256("ECGOST3410-2012", "Tc26-Gost-3410-12-256-paramSetA", "GOST3411-2012-256WITHECGOST3410-2012-256"),
        GOST_512("ECGOST3410-2012", "Tc26-Gost-3410-12-512-paramSetA", "GOST3411-2012-512WITHECGOST3410-2012-512"),
        RSA("RSA", null, "SHA256WITHRSA"),
        ECDSA("EC", "secp256r1", "SHA256WITHECDSA");

        final String keyAlgorithm;
        final String curve;
        final String signatureAlgorithm;

        KeyType(String keyAlgorithm, String curve, String signatureAlgorithm) {
            this.keyAlgorithm = keyAlgorithm;
            this.curve = curve;
            this.signatureAlgorithm = signatureAlgorithm;
        }

        KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm, BC);
                if (curve != null) generator.initialize(new ECGenParameterSpec(curve), RANDOM);
                else generator.initialize(2048, RANDOM);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A key pair with its certificate. */
    record Party(KeyType type, KeyPair keys, X509Certificate certificate) {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "RU").addRDN(BCStyle.CN, commonName).build();
    }

    static Party authority(KeyType type, String commonName) {
        KeyPair keys = type.generate();
        X509Certificate certificate = certificate(name(commonName), keys.getPublic(), name(commonName), keys,
                type, random(), now().minus(Duration.ofDays(365)), now().plus(Duration.ofDays(3650)), true);
        return new Party(type, keys, certificate);
    }

    static Party intermediate(Party issuer, String commonName) {
        KeyPair keys = issuer.type().generate();
        X509Certificate certificate = certificate(name(commonName), keys.getPublic(), subjectOf(issuer),
                issuer.keys(), issuer.type(), random(), now().minus(Duration.ofDays(300)),
                now().plus(Duration.ofDays(1000)), true);
        return new Party(issuer.type(), keys, certificate);
    }

    static Party signer(Party issuer, X500Name subject) {
        return signer(issuer, subject, random(), now().minus(Duration.ofDays(30)), now().plus(Duration.ofDays(335)));
    }

    static Party signer(Party issuer, X500Name subject, BigInteger serial, Instant notBefore, Instant notAfter) {
        KeyPair keys = issuer.type().generate();
        X509Certificate certificate = certificate(subject, keys.getPublic(), subjectOf(issuer), issuer.keys(),
                issuer.type(), serial, notBefore, notAfter, false);
        return new Party(issuer.type(), keys, certificate);
    }

    static Party selfSigned(KeyType type, X500Name subject) {
        KeyPair keys = type.generate();
        X509Certificate certificate = certificate(subject, keys.getPublic(), subject, keys, type, random(),
                now().minus(Duration.ofDays(1)), now().plus(Duration.ofDays(365)), false);
        return new Party(type, keys, certificate);
    }

    static CmsBuilder cms(Party signer) {
        return new CmsBuilder(signer);
    }

    /** Flips one bit of the signature value, leaving everything else intact. */
    static byte[] tamperSignature(byte[] cms) {
        return rewriteSignerInfos(cms, info -> {
            byte[] value = info.getEncryptedDigest().getOctets().clone();
            value[value.length / 2] ^= 0x01;
            return new SignerInfo(info.getSID(), info.getDigestAlgorithm(), info.getAuthenticatedAttributes(),
                    info.getDigestEncryptionAlgorithm(), new DEROctetString(value),
                    info.getUnauthenticatedAttributes());
        });
    }

    static SignerInfo onlySignerInfo(byte[] cms) {
        SignedData data = SignedData.getInstance(ContentInfo.getInstance(cms).getContent());
        return SignerInfo.getInstance(data.getSignerInfos().getObjectAt(0));
    }

    static byte[] rewriteSignerInfos(byte[] cms, UnaryOperator<SignerInfo> change) {
        try {
            SignedData data = SignedData.getInstance(ContentInfo.getInstance(cms).getContent());
            ASN1EncodableVector infos = new ASN1EncodableVector();
            data.getSignerInfos().forEach(info -> infos.add(change.apply(SignerInfo.getInstance(info))));
            SignedData changed = new SignedData(data.getDigestAlgorithms(), data.getEncapContentInfo(),
                    data.getCertificates(), data.getCRLs(), new DERSet(infos));
            return new ContentInfo(CMSObjectIdentifiers.signedData, changed).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void writePem(Path file, X509Certificate certificate) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(certificate);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString(), StandardCharsets.US_ASCII);
    }

    static void writeDer(Path file, X509Certificate certificate) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.getParent());
        Files.write(file, certificate.getEncoded());
    }

    /** A detached CMS SignedData with the options the tests need. */
    static final class CmsBuilder {
        private final Party signer;
        private Instant signingTime = now();
        private final List<X509Certificate> extraCertificates = new ArrayList<>();
        private boolean cryptoProStyle;
        private X509Certificate signingCertificateAttribute;

        private CmsBuilder(Party signer) {
            this.signer = signer;
        }

        /** {@code null} leaves the signing-time attribute out. */
        CmsBuilder signingTime(Instant signingTime) {
            this.signingTime = signingTime;
            return this;
        }

        CmsBuilder withCertificates(X509Certificate... certificates) {
            extraCertificates.addAll(List.of(certificates));
            return this;
        }

        /** The SignerInfo's signature algorithm becomes the public-key OID, as CryptoPro CSP writes it. */
        CmsBuilder cryptoProStyle() {
            this.cryptoProStyle = true;
            return this;
        }

        /** Adds signing-certificate-v2 (SHA-256) naming {@code certificate}. */
        CmsBuilder signingCertificateAttribute(X509Certificate certificate) {
            this.signingCertificateAttribute = certificate;
            return this;
        }

        SignerInfoGenerator signerInfoGenerator() throws Exception {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            if (signingTime != null) {
                attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
            }
            if (signingCertificateAttribute != null) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(signingCertificateAttribute.getEncoded());
                attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                        new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash)}))));
            }
            AttributeTable given = new AttributeTable(attributes);
            CMSAttributeTableGenerator table = parameters -> {
                AttributeTable result = new DefaultSignedAttributeTableGenerator(given).getAttributes(parameters);
                // BouncyCastle adds these by default; CryptoPro does not write the algorithm protection.
                if (signingTime == null) result = result.remove(CMSAttributes.signingTime);
                if (cryptoProStyle) result = result.remove(CMSAttributes.cmsAlgorithmProtect);
                return result;
            };
            return new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                    .setSignedAttributeGenerator(table)
                    .build(new JcaContentSignerBuilder(signer.type().signatureAlgorithm).setProvider(BC)
                            .build(signer.keys().getPrivate()), signer.certificate());
        }

        byte[] sign(byte[] content) {
            return sign(content, List.of());
        }

        /** Signs with this signer and, in parallel, with {@code others}. */
        byte[] sign(byte[] content, List<CmsBuilder> others) {
            try {
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(signerInfoGenerator());
                List<X509Certificate> certificates = new ArrayList<>(List.of(signer.certificate()));
                certificates.addAll(extraCertificates);
                for (CmsBuilder other : others) {
                    generator.addSignerInfoGenerator(other.signerInfoGenerator());
                    certificates.add(other.signer.certificate());
                }
                generator.addCertificates(new JcaCertStore(certificates));
                byte[] cms = generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
                if (!cryptoProStyle) return cms;
                AlgorithmIdentifier keyAlgorithm = new AlgorithmIdentifier(SubjectPublicKeyInfo
                        .getInstance(signer.certificate().getPublicKey().getEncoded()).getAlgorithm().getAlgorithm());
                return rewriteSignerInfos(cms, info -> new SignerInfo(info.getSID(), info.getDigestAlgorithm(),
                        info.getAuthenticatedAttributes(), keyAlgorithm, info.getEncryptedDigest(),
                        info.getUnauthenticatedAttributes()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static X500Name subjectOf(Party party) {
        return X500Name.getInstance(party.certificate().getSubjectX500Principal().getEncoded());
    }

    private static BigInteger random() {
        return new BigInteger(64, RANDOM).setBit(63);
    }

    private static X509Certificate certificate(X500Name subject, PublicKey key, X500Name issuer, KeyPair issuerKeys,
            KeyType issuerType, BigInteger serial, Instant notBefore, Instant notAfter, boolean authority) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore),
                    Date.from(notAfter), subject, key)
                    .addExtension(Extension.basicConstraints, true,
                            authority ? new BasicConstraints(1) : new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(authority
                            ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                            : KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(
                    new JcaContentSignerBuilder(issuerType.signatureAlgorithm).setProvider(BC)
                            .build(issuerKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
