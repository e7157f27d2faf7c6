package ru.reglament.signatures.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import ru.reglament.shared.BouncyCastle;

/**
 * A parsed detached CMS SignedData with its single signer, bound to the content it claims to sign.
 * Each method either answers or throws the matching {@code SignatureRejectedException}.
 */
public final class SignedCms {

    private final CMSSignedData data;
    private final SignerInformation signer;
    private final Provider provider = BouncyCastle.provider();

    private SignedCms(CMSSignedData data, SignerInformation signer) {
        this.data = data;
        this.signer = signer;
    }

    /** Parses the CMS and insists on exactly one signer: a decision is signed by one official. */
    public static SignedCms parse(byte[] content, byte[] cms) {
        if (cms == null || cms.length == 0) throw Rejections.notCms(null);
        CMSSignedData data;
        Collection<SignerInformation> signers;
        try {
            // The given content replaces whatever the CMS encapsulates: we check it, not a copy inside.
            data = new CMSSignedData(new CMSProcessableByteArray(content), cms);
            signers = data.getSignerInfos().getSigners();
        } catch (CMSException | RuntimeException e) {
            throw Rejections.notCms(e);
        }
        if (signers.size() != 1) throw Rejections.signerCount(signers.size());
        return new SignedCms(data, signers.iterator().next());
    }

    /** The certificate the SignerInfo points to, taken from the CMS's own certificate set. */
    public X509Certificate signerCertificate() {
        Collection<X509CertificateHolder> matches;
        try {
            matches = data.getCertificates().getMatches(signer.getSID());
        } catch (RuntimeException e) {
            throw Rejections.notCms(e);
        }
        if (matches.isEmpty()) throw Rejections.certificateMissing();
        return convert(matches.iterator().next());
    }

    /** Every certificate carried in the CMS: intermediates for path building. */
    public List<X509Certificate> certificates() {
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : data.getCertificates().getMatches(null)) {
            certificates.add(convert(holder));
        }
        return certificates;
    }

    /** Rejects algorithms outside {@link Algorithms} before any cryptography is attempted. */
    public void checkAlgorithms() {
        checkAllowed(signer.getDigestAlgorithmID().getAlgorithm(), Algorithms.DIGESTS);
        checkAllowed(new ASN1ObjectIdentifier(signer.getEncryptionAlgOID()), Algorithms.SIGNATURES);
    }

    /**
     * Checks the message digest against the content, then the signature value. The key is passed
     * without its certificate on purpose: BouncyCastle would otherwise check the certificate's
     * validity itself and fail with a message we cannot tell apart; we check validity next, with
     * our own rules.
     */
    public void verifySignature(X509Certificate certificate) {
        SignerInformationVerifier verifier;
        try {
            verifier = new JcaSimpleSignerInfoVerifierBuilder().setProvider(provider)
                    .build(certificate.getPublicKey());
        } catch (OperatorCreationException e) {
            throw Rejections.unsupportedAlgorithm(certificate.getPublicKey().getAlgorithm());
        }
        boolean valid;
        try {
            valid = signer.verify(verifier);
        } catch (CMSSignerDigestMismatchException e) {
            throw Rejections.contentMismatch();
        } catch (CMSException e) {
            if (e.getCause() instanceof OperatorCreationException) {
                throw Rejections.unsupportedAlgorithm(signatureAlgorithmName());
            }
            throw Rejections.invalid(e);
        } catch (RuntimeException e) {
            throw Rejections.invalid(e);
        }
        if (!valid) {
            throw signer.getSignedAttributes() == null
                    ? Rejections.invalidOrOtherContent() : Rejections.invalid(null);
        }
    }

    /**
     * CAdES binds the signer's certificate by hash in a signed attribute (signing-certificate-v2,
     * or v1 in older signatures); when present it must name the certificate we verified with,
     * so nobody can swap in another certificate for the same key. Call after
     * {@link #verifySignature}: only then are the attributes the signer's own.
     */
    public void checkSigningCertificateAttribute(X509Certificate certificate) {
        AttributeTable attributes = signer.getSignedAttributes();
        if (attributes == null) return;
        try {
            Attribute v2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
                checkCertId(id.getHashAlgorithm(), id.getCertHash(), id.getIssuerSerial(), certificate);
            }
            Attribute v1 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
                checkCertId(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1), id.getCertHash(),
                        id.getIssuerSerial(), certificate);
            }
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            throw Rejections.notCms(e);
        }
    }

    /** The signing time the signer claims, or {@code null}. Trust it only after {@link #verifySignature}. */
    public Instant signingTime() {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null) return null;
        try {
            return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
        } catch (RuntimeException e) {
            throw Rejections.notCms(e);
        }
    }

    private void checkCertId(AlgorithmIdentifier hashAlgorithm, byte[] expectedHash, IssuerSerial issuerSerial,
            X509Certificate certificate) {
        if (issuerSerial != null) {
            BigInteger serial = issuerSerial.getSerial().getValue();
            if (!serial.equals(certificate.getSerialNumber())) throw Rejections.certificateMismatch();
        }
        if (!Arrays.equals(expectedHash, hash(hashAlgorithm, certificate))) throw Rejections.certificateMismatch();
    }

    private byte[] hash(AlgorithmIdentifier algorithm, X509Certificate certificate) {
        DigestCalculator calculator;
        try {
            calculator = new JcaDigestCalculatorProviderBuilder().setProvider(provider).build().get(algorithm);
        } catch (OperatorCreationException e) {
            throw Rejections.unsupportedAlgorithm(new DefaultAlgorithmNameFinder().getAlgorithmName(algorithm));
        }
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(certificate.getEncoded());
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("Cannot hash the signer certificate", e);
        }
        return calculator.getDigest();
    }

    private void checkAllowed(ASN1ObjectIdentifier algorithm, Set<ASN1ObjectIdentifier> allowed) {
        if (!allowed.contains(algorithm)) {
            throw Rejections.unsupportedAlgorithm(new DefaultAlgorithmNameFinder().getAlgorithmName(algorithm));
        }
    }

    private String signatureAlgorithmName() {
        return new DefaultAlgorithmNameFinder()
                .getAlgorithmName(new ASN1ObjectIdentifier(signer.getEncryptionAlgOID()));
    }

    private X509Certificate convert(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().setProvider(provider).getCertificate(holder);
        } catch (CertificateException e) {
            throw Rejections.notCms(e);
        }
    }
}
