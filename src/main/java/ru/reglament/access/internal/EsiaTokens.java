package ru.reglament.access.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import ru.reglament.shared.BouncyCastle;

/**
 * ЕСИА's access tokens, as JWS: signed with GOST R 34.10-2012 (256) as ЕСИА signs them in production
 * ({@code alg: GOST3410_2012_256}; the signature is the raw 64 bytes OpenSSL's GOST engine makes and
 * checks), or RS256 as its older test contours did. Which one is the key's to say: a GOST certificate
 * checks only GOST tokens, an RSA one only RS256; any other {@code alg}, "none" included, is refused.
 */
final class EsiaTokens {

    static final JWSAlgorithm GOST_256 = new JWSAlgorithm("GOST3410_2012_256");

    private static final String GOST_SIGNATURE = "GOST3411-2012-256WITHECGOST3410-2012-256";

    private EsiaTokens() {
    }

    /** The token if its signature verifies with the key; else null. */
    static SignedJWT verified(String token, PublicKey key) throws ParseException, JOSEException, GeneralSecurityException {
        SignedJWT jwt = SignedJWT.parse(token);
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (key instanceof RSAPublicKey rsa) {
            return JWSAlgorithm.RS256.equals(algorithm) && jwt.verify(new RSASSAVerifier(rsa)) ? jwt : null;
        }
        if (!GOST_256.equals(algorithm)) return null;
        Signature verifier = Signature.getInstance(GOST_SIGNATURE, BouncyCastle.provider());
        verifier.initVerify(key);
        verifier.update(jwt.getSigningInput());
        return verifier.verify(jwt.getSignature().decode()) ? jwt : null;
    }

    /** A token signed with the key (the simulator's): GOST for a GOST key, RS256 for an RSA one. */
    static String signed(JWTClaimsSet claims, PrivateKey key) throws JOSEException, GeneralSecurityException {
        if (key instanceof RSAPrivateKey rsa) {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(rsa));
            return jwt.serialize();
        }
        JWSHeader header = new JWSHeader.Builder(GOST_256).type(JOSEObjectType.JWT).build();
        String signingInput = header.toBase64URL() + "." + Base64URL.encode(claims.toString());
        Signature signer = Signature.getInstance(GOST_SIGNATURE, BouncyCastle.provider());
        signer.initSign(key);
        signer.update(signingInput.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return signingInput + "." + Base64URL.encode(signer.sign());
    }
}
