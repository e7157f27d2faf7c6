package ru.reglament.access.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import ru.reglament.shared.BouncyCastle;
import ru.reglament.signatures.Certificates;
import ru.reglament.signatures.SigningKey;
import ru.reglament.signatures.TestCertificateAuthority;
import ru.reglament.signatures.TestSigner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ЕСИА's OAuth 2.0 profile from the information system's side: the authorization request with its
 * {@code client_secret} (a detached CMS signature of scope, timestamp, client id and state made with
 * the system's key), the token exchange (a new state and signature), the check of the access token
 * (ЕСИА's signature, expiry, the subject {@code urn:esia:sbj_id}), and the REST API: the person
 * (name, СНИЛС), their organisations, their access groups in each.
 */
@Component
@ConditionalOnProperty(name = "reglament.access.esia.enabled", havingValue = "true")
class EsiaClient {

    /** ЕСИА's timestamp: "2026.12.02 14:05:00 +0300". */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss Z");

    /**
     * What ЕСИА says of a person: their oid, name, СНИЛС, whether the account is confirmed ({@code trusted}),
     * and for each organisation (by ОГРН) their groups there.
     */
    record Person(String oid, String fullName, String snils, boolean trusted, Map<String, List<String>> groupsByOgrn) {
    }

    /** ЕСИА refused, or answered what cannot be believed. */
    static final class EsiaException extends RuntimeException {
        EsiaException(String message) {
            super(message);
        }

        EsiaException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final EsiaProperties properties;
    private final Environment environment;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final X509Certificate systemCertificate;
    private final Function<byte[], byte[]> signer;
    private volatile PublicKey tokenKey;

    EsiaClient(EsiaProperties properties, Environment environment, JsonMapper json, Clock clock,
            TestCertificateAuthority testAuthority) {
        this.properties = properties;
        this.environment = environment;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        EsiaProperties.Key key = properties.key();
        if (key != null && (key.pkcs12() != null || key.key() != null)) {
            SigningKey read = SigningKey.read(key.pkcs12(), key.password(), key.alias(), key.key(), key.certificate(),
                    "the ЕСИА key reglament.access.esia.key");
            systemCertificate = read.certificate();
            signer = content -> read.signDetached(content, clock.instant());
        } else if (properties.demoKey()) {
            TestSigner issued = testAuthority.issueOrganisation("Reglament (ИС, тестовый ключ ЕСИА)", "0000000000000",
                    Duration.ofDays(365));
            systemCertificate = issued.certificate();
            signer = issued::signDetached;
        } else {
            throw new IllegalStateException("ЕСИА login is on but has no key: set reglament.access.esia.key.pkcs12 "
                    + "(and .password) or .key and .certificate (PEM), or demo-key in the test contour");
        }
    }

    /** The certificate ЕСИА knows the system by (its registration). */
    X509Certificate systemCertificate() {
        return systemCertificate;
    }

    /** Where to send the browser: ЕСИА's login with the signed authorization request. */
    URI authorizationUri(String state, String redirectUri) {
        String timestamp = timestamp();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", properties.clientId());
        query.put("client_secret", clientSecret(properties.scope(), timestamp, state));
        query.put("redirect_uri", redirectUri);
        query.put("scope", properties.scope());
        query.put("response_type", "code");
        query.put("state", state);
        query.put("timestamp", timestamp);
        query.put("access_type", "online");
        return URI.create(base() + "/aas/oauth2/ac?" + form(query));
    }

    /** Exchanges the code for an access token, checked; answers the person it is for. */
    Person person(String code, String redirectUri) {
        String state = UUID.randomUUID().toString();
        String timestamp = timestamp();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("client_id", properties.clientId());
        body.put("code", code);
        body.put("grant_type", "authorization_code");
        body.put("client_secret", clientSecret(properties.scope(), timestamp, state));
        body.put("state", state);
        body.put("redirect_uri", redirectUri);
        body.put("scope", properties.scope());
        body.put("timestamp", timestamp);
        body.put("token_type", "Bearer");
        JsonNode answer = call(HttpRequest.newBuilder(URI.create(base() + "/aas/oauth2/te"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(body))));
        if (!state.equals(answer.path("state").asString(""))) {
            throw new EsiaException("ЕСИА answered the token request with another state");
        }
        String token = answer.path("access_token").asString("");
        String oid = subject(token);
        JsonNode person = get("/rs/prns/" + oid, token);
        String fullName = String.join(" ", List.of(person.path("lastName").asString(""),
                person.path("firstName").asString(""), person.path("middleName").asString(""))).trim();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (JsonNode organisation : get("/rs/prns/" + oid + "/roles", token).path("elements")) {
            String ogrn = organisation.path("ogrn").asString("");
            List<String> names = new ArrayList<>();
            for (JsonNode group : get("/rs/orgs/" + organisation.path("oid").asString("") + "/emps/" + oid + "/grps", token)
                    .path("elements")) {
                names.add(group.path("name").asString(""));
            }
            groups.put(ogrn, names);
        }
        return new Person(oid, fullName, person.path("snils").asString(null), person.path("trusted").asBoolean(false),
                groups);
    }

    /** The subject of an access token whose signature, issuer's key and expiry hold. */
    private String subject(String token) {
        try {
            SignedJWT jwt = EsiaTokens.verified(token, tokenKey());
            if (jwt == null) throw new EsiaException("ЕСИА's token signature does not verify");
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (claims.getExpirationTime() == null || !claims.getExpirationTime().toInstant().isAfter(clock.instant())) {
                throw new EsiaException("ЕСИА's token has expired");
            }
            Object subject = claims.getClaim("urn:esia:sbj_id");
            if (subject == null) throw new EsiaException("ЕСИА's token names no subject (urn:esia:sbj_id)");
            return String.valueOf(subject);
        } catch (ParseException | JOSEException | GeneralSecurityException e) {
            throw new EsiaException("ЕСИА's token cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@code client_secret}: the detached CMS of scope + timestamp + client id + state, Base64 URL-safe. */
    String clientSecret(String scope, String timestamp, String state) {
        byte[] signed = signer.apply((scope + timestamp + properties.clientId() + state).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    String timestamp() {
        return TIMESTAMP.format(clock.instant().atZone(ZoneId.of("Europe/Moscow")));
    }

    private JsonNode get(String path, String token) {
        return call(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token).GET());
    }

    private JsonNode call(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(properties.timeout()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new EsiaException("ЕСИА unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EsiaException("Interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new EsiaException("ЕСИА answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    private PublicKey tokenKey() {
        PublicKey key = tokenKey;
        if (key != null) return key;
        try {
            String pem = properties.tokenCertificate() != null ? Files.readString(properties.tokenCertificate())
                    : call(HttpRequest.newBuilder(URI.create(base() + "/key")).GET()).path("publicKey").asString("");
            tokenKey = key = publicKey(pem);
            return key;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new EsiaException("ЕСИА's token certificate cannot be read: " + e.getMessage(), e);
        }
    }

    /** A PEM certificate's key, or a PEM public key's: GOST R 34.10-2012 or RSA. */
    static PublicKey publicKey(String pem) throws GeneralSecurityException {
        if (pem.contains("BEGIN CERTIFICATE")) {
            return Certificates.factory()
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))).getPublicKey();
        }
        String body = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return new JcaPEMKeyConverter().setProvider(BouncyCastle.provider())
                    .getPublicKey(SubjectPublicKeyInfo.getInstance(Base64.getDecoder().decode(body)));
        } catch (PEMException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private String base() {
        if (!properties.usesSimulator()) return properties.baseUrl().replaceAll("/+$", "");
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port + environment.getProperty("server.servlet.context-path", "")
                + EsiaProperties.SIMULATOR_PATH;
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
