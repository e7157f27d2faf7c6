package ru.reglament.signatures.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import ru.reglament.signatures.VerifiedSignature;

/** What people read off a certificate: names, serial, thumbprint, algorithm. */
public final class CertificateDetails {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /*
     * Labels as CryptoPro's certmgr prints them. BCStyle's "SN" means serialNumber, while Russian
     * qualified certificates and CryptoPro use SN for the surname, so we keep our own table.
     */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("2.5.4.3", "CN"),
            Map.entry("2.5.4.4", "SN"),
            Map.entry("2.5.4.42", "G"),
            Map.entry("2.5.4.12", "T"),
            Map.entry("2.5.4.10", "O"),
            Map.entry("2.5.4.11", "OU"),
            Map.entry("2.5.4.9", "STREET"),
            Map.entry("2.5.4.7", "L"),
            Map.entry("2.5.4.8", "S"),
            Map.entry("2.5.4.6", "C"),
            Map.entry("2.5.4.5", "SERIALNUMBER"),
            Map.entry("1.2.840.113549.1.9.1", "E"),
            Map.entry("1.2.643.3.131.1.1", "INN"),
            Map.entry("1.2.643.100.4", "INNLE"),
            Map.entry("1.2.643.100.1", "OGRN"),
            Map.entry("1.2.643.100.5", "OGRNIP"),
            Map.entry("1.2.643.100.3", "SNILS"));

    private CertificateDetails() {
    }

    public static VerifiedSignature describe(X509Certificate certificate, Instant signingTime,
            boolean testSignature) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        return new VerifiedSignature(
                personName(subject),
                format(subject),
                serial(certificate),
                format(issuer),
                commonName(issuer),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                thumbprint(certificate),
                signingTime,
                algorithm(certificate),
                testSignature);
    }

    /**
     * Surname and given names when the certificate has them: in a certificate of an organisation's
     * official the CN may be the organisation, while SN and G always name the person.
     */
    static String personName(X500Name name) {
        String surname = first(name, BCStyle.SURNAME);
        String given = first(name, BCStyle.GIVENNAME);
        if (surname != null && given != null) return surname + " " + given;
        String cn = first(name, BCStyle.CN);
        if (cn != null) return cn;
        return surname != null ? surname : format(name);
    }

    public static String issuerName(X509Certificate certificate) {
        return commonName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()));
    }

    static String commonName(X500Name name) {
        String cn = first(name, BCStyle.CN);
        return cn != null ? cn : format(name);
    }

    /** Most specific part first (as Windows and CryptoPro show it), values escaped per RFC 4514. */
    public static String format(X500Name name) {
        StringJoiner dn = new StringJoiner(", ");
        RDN[] rdns = name.getRDNs();
        for (int i = rdns.length - 1; i >= 0; i--) {
            StringJoiner rdn = new StringJoiner("+");
            for (AttributeTypeAndValue part : rdns[i].getTypesAndValues()) {
                String oid = part.getType().getId();
                rdn.add(LABELS.getOrDefault(oid, oid) + "=" + IETFUtils.valueToString(part.getValue()));
            }
            dn.add(rdn.toString());
        }
        return dn.toString();
    }

    /** Hex of the serial's magnitude, padded to whole bytes, as certificate viewers show it. */
    static String serial(X509Certificate certificate) {
        String hex = certificate.getSerialNumber().toString(16).toUpperCase();
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }

    public static String thumbprint(X509Certificate certificate) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot compute the certificate thumbprint", e);
        }
    }

    static String algorithm(X509Certificate certificate) {
        ASN1ObjectIdentifier keyAlgorithm = SubjectPublicKeyInfo
                .getInstance(certificate.getPublicKey().getEncoded()).getAlgorithm().getAlgorithm();
        return Algorithms.keyName(keyAlgorithm);
    }

    private static String first(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) return null;
        for (AttributeTypeAndValue part : rdns[0].getTypesAndValues()) {
            if (!part.getType().equals(type)) continue;
            // The raw text, not the escaped DN form: this is a person's or an authority's name.
            return part.getValue() instanceof ASN1String text
                    ? text.getString() : IETFUtils.valueToString(part.getValue());
        }
        return null;
    }
}
