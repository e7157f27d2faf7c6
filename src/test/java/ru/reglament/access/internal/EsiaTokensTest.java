package ru.reglament.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.reglament.shared.BouncyCastle;
import ru.reglament.support.OpenSsl;

/**
 * ЕСИА's GOST-signed tokens, checked against OpenSSL's GOST engine rather than our own code: a token
 * OpenSSL signed verifies with our check, one we signed verifies with OpenSSL, and a changed payload,
 * another algorithm or "none" do not verify.
 */
class EsiaTokensTest {

    static final String HEADER = "{\"alg\":\"GOST3410_2012_256\",\"typ\":\"JWT\"}";
    static final String PAYLOAD = "{\"urn:esia:sbj_id\":1000299353,\"exp\":" + (Instant.now().getEpochSecond() + 3600) + "}";

    @TempDir
    Path dir;

    @BeforeEach
    void requireGostEngine() {
        assumeTrue(OpenSsl.succeeds("openssl", "engine", "-t", "gost"),
                "OpenSSL GOST engine is not installed (Debian package libengine-gost-openssl)");
    }

    @Test
    void aTokenOpenSslSignedVerifiesAndAChangedOneDoesNot() throws Exception {
        OpenSsl.run(dir, "genpkey", "-engine", "gost", "-algorithm", "gost2012_256", "-pkeyopt", "paramset:A", "-out", "key.pem");
        OpenSsl.run(dir, "req", "-engine", "gost", "-new", "-x509", "-key", "key.pem", "-subj", "/CN=ESIA test", "-days", "2",
                "-md_gost12_256", "-out", "esia.pem");
        String signingInput = b64(HEADER) + "." + b64(PAYLOAD);
        Files.writeString(dir.resolve("input"), signingInput, StandardCharsets.US_ASCII);
        OpenSsl.run(dir, "dgst", "-engine", "gost", "-md_gost12_256", "-sign", "key.pem", "-out", "signature", "input");
        String token = signingInput + "." + Base64URL.encode(Files.readAllBytes(dir.resolve("signature")));
        var key = EsiaClient.publicKey(Files.readString(dir.resolve("esia.pem")));

        assertThat(EsiaTokens.verified(token, key)).isNotNull();
        assertThat(EsiaTokens.verified(token, key).getJWTClaimsSet().getClaim("urn:esia:sbj_id")).isEqualTo(1000299353L);

        String changed = b64(HEADER) + "." + b64(PAYLOAD.replace("1000299353", "1000299354")) + token.substring(token.lastIndexOf('.'));
        assertThat(EsiaTokens.verified(changed, key)).isNull();
        String rs256 = b64("{\"alg\":\"RS256\"}") + token.substring(token.indexOf('.'));
        assertThat(EsiaTokens.verified(rs256, key)).isNull();
        String none = b64("{\"alg\":\"none\"}") + "." + b64(PAYLOAD) + ".";
        assertThatThrownBy(() -> EsiaTokens.verified(none, key)).as("an unsigned token is not even read")
                .isInstanceOf(ParseException.class);
    }

    @Test
    void aTokenTheSimulatorSignsVerifiesWithOpenSsl() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("ECGOST3410-2012", BouncyCastle.provider());
        generator.initialize(new ECGenParameterSpec("Tc26-Gost-3410-12-256-paramSetA"));
        KeyPair keys = generator.generateKeyPair();
        String token = EsiaTokens.signed(new JWTClaimsSet.Builder().claim("urn:esia:sbj_id", "1000299353")
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build(), keys.getPrivate());
        int lastDot = token.lastIndexOf('.');
        Files.writeString(dir.resolve("input"), token.substring(0, lastDot), StandardCharsets.US_ASCII);
        Files.write(dir.resolve("signature"), Base64URL.from(token.substring(lastDot + 1)).decode());
        Files.writeString(dir.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");

        assertThat(OpenSsl.run(dir, "dgst", "-engine", "gost", "-md_gost12_256", "-verify", "public.pem", "-signature",
                "signature", "input")).contains("Verified OK");
        assertThat(token).startsWith(b64("{\"typ\":\"JWT\",\"alg\":\"GOST3410_2012_256\"}").substring(0, 4));
    }

    private static String b64(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
