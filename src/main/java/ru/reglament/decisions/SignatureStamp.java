package ru.reglament.decisions;

import java.time.Instant;
import java.util.Objects;

/**
 * What the visualised signature prints (ГОСТ Р 7.0.97-2016, 5.23, as ПГС shows it): the signer's
 * name and position in the signature block, and in the stamp the certificate's owner, serial,
 * validity and the signing time. Made from a verified signature, never typed in.
 *
 * @param signerPosition the signing employee's position; null when unknown
 * @param testSignature a signature accepted only by the test contour's trust, stamped as such
 */
public record SignatureStamp(String signerName, String signerPosition, String certificateOwner,
        String certificateSerial, String certificateIssuer, Instant validFrom, Instant validTo, Instant signedAt,
        boolean testSignature) {

    public SignatureStamp {
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(certificateSerial, "certificateSerial");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(signedAt, "signedAt");
    }
}
