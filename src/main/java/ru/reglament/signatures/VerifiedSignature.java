package ru.reglament.signatures;

import java.time.Instant;

/**
 * A signature that passed every check, with the certificate details an official and an auditor
 * look at.
 *
 * @param signerName the person: surname and given names (SN + G) when present, else the CN
 * @param subject the certificate subject as a DN string, most specific part first
 * @param certificateSerial serial number, hex uppercase
 * @param issuer the issuer as a DN string
 * @param issuerName the issuer's CN (the certification authority's name)
 * @param notBefore start of the certificate's validity
 * @param notAfter end of the certificate's validity
 * @param thumbprint SHA-1 of the DER certificate, hex uppercase, as CryptoPro shows it
 * @param signingTime the signing time the signer claimed, or {@code null} when the CMS has none
 * @param algorithm the signature algorithm in Russian, e.g. «ГОСТ Р 34.10-2012 (256 бит)»
 * @param testSignature {@code true} when only the test contour's trust (self-signed certificate,
 *     test CA) accepted it: such a signature has no legal force
 */
public record VerifiedSignature(
        String signerName,
        String subject,
        String certificateSerial,
        String issuer,
        String issuerName,
        Instant notBefore,
        Instant notAfter,
        String thumbprint,
        Instant signingTime,
        String algorithm,
        boolean testSignature) {
}
