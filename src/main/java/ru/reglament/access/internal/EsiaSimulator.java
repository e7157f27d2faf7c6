package ru.reglament.access.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;
import ru.reglament.shared.BouncyCastle;
import ru.reglament.shared.YamlResources;
import ru.reglament.signatures.SignatureRejectedException;
import ru.reglament.signatures.SignatureVerifier;
import ru.reglament.signatures.VerifiedSignature;

/**
 * A built-in ЕСИА for the demo and the tests: the same endpoints and formats as ЕСИА's OAuth 2.0
 * profile. The authorization and token requests must carry a {@code client_secret} that is a valid
 * detached CMS signature, by the certificate registered for the client, of scope, timestamp, client
 * id and state, with a timestamp within an hour; a code is good once and for five minutes. Its login
 * page lists the people of {@code access/esia-simulator.yaml}; tokens are GOST-signed JWTs (as ЕСИА's) with
 * {@code urn:esia:sbj_id}; the REST API answers the person, their organisations and their access groups.
 */
@Controller
@ConditionalOnExpression("${reglament.access.esia.enabled:false} and ${reglament.access.esia.simulator.enabled:false}")
class EsiaSimulator {

    private static final Logger log = LoggerFactory.getLogger(EsiaSimulator.class);
    private static final String PATH = EsiaProperties.SIMULATOR_PATH;
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    private static final Duration TIMESTAMP_TOLERANCE = Duration.ofHours(1);

    record Organisation(String oid, String ogrn, String fullName, List<String> groups) {
    }

    record Person(String oid, String lastName, String firstName, String middleName, String snils, boolean trusted,
            List<Organisation> organisations) {

        public String fullName() {
            return lastName + " " + firstName + " " + middleName;
        }
    }

    private record Code(String oid, String clientId, String redirectUri, Instant expires) {
    }

    /** A request ЕСИА refuses, with its error code. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final EsiaProperties properties;
    private final EsiaClient client;
    private final SignatureVerifier verifier;
    private final Clock clock;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final KeyPair tokenKeys;

    EsiaSimulator(EsiaProperties properties, EsiaClient client, SignatureVerifier verifier, Clock clock)
            throws GeneralSecurityException {
        this.properties = properties;
        this.client = client;
        this.verifier = verifier;
        this.clock = clock;
        this.tokenKeys = tokenKeys(properties.simulator().tokenAlgorithm());
        read(YamlResources.read("access/esia-simulator.yaml"));
    }

    @SuppressWarnings("unchecked")
    private void read(Map<String, Object> root) {
        for (Map<String, Object> p : (List<Map<String, Object>>) root.get("people")) {
            List<Organisation> organisations = new ArrayList<>();
            for (Map<String, Object> o : (List<Map<String, Object>>) p.getOrDefault("organisations", List.of())) {
                organisations.add(new Organisation(String.valueOf(o.get("oid")), String.valueOf(o.get("ogrn")),
                        String.valueOf(o.get("fullName")), ((List<Object>) o.get("groups")).stream().map(String::valueOf).toList()));
            }
            Person person = new Person(String.valueOf(p.get("oid")), String.valueOf(p.get("lastName")),
                    String.valueOf(p.get("firstName")), String.valueOf(p.get("middleName")), String.valueOf(p.get("snils")),
                    !Boolean.FALSE.equals(p.get("trusted")), List.copyOf(organisations));
            people.put(person.oid(), person);
        }
    }

    /** The key its tokens are signed with, for the platform's side of the same node. */
    @GetMapping(path = PATH + "/key", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> key() {
        return Map.of("publicKey", "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(tokenKeys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
    }

    @GetMapping(PATH + "/aas/oauth2/ac")
    String authorize(@RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "client_secret", required = false) String secret,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(required = false) String scope, @RequestParam(required = false) String state,
            @RequestParam(required = false) String timestamp,
            @RequestParam(name = "response_type", required = false) String responseType, Model model,
            HttpServletResponse response) {
        try {
            if (!"code".equals(responseType)) throw new Refused("ESIA-007004: response_type должен быть code");
            registered(redirectUri);
            checkClient(clientId, secret, scope, timestamp, state);
        } catch (Refused refused) {
            log.warn("ЕСИА simulator refused an authorization request of {}: {}", clientId, refused.getMessage());
            model.addAttribute("error", refused.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "access/esia-simulator-error";
        }
        model.addAttribute("people", people.values());
        model.addAttribute("clientId", clientId);
        model.addAttribute("redirectUri", redirectUri);
        model.addAttribute("state", state);
        return "access/esia-simulator";
    }

    /** The person chosen on the login page: a code for them, back to the system. */
    @PostMapping(PATH + "/aas/oauth2/ac")
    String chosen(@RequestParam String oid, @RequestParam(name = "client_id") String clientId,
            @RequestParam(name = "redirect_uri") String redirectUri, @RequestParam String state, HttpServletResponse response) {
        try {
            registered(redirectUri);
        } catch (Refused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "access/esia-simulator-error";
        }
        if (!people.containsKey(oid)) return "redirect:" + redirect(redirectUri, Map.of("error", "access_denied",
                "error_description", "ESIA-007015: пользователь не найден", "state", state));
        String code = UUID.randomUUID().toString();
        codes.put(code, new Code(oid, clientId, redirectUri, clock.instant().plus(CODE_LIFETIME)));
        return "redirect:" + redirect(redirectUri, Map.of("code", code, "state", state));
    }

    @PostMapping(path = PATH + "/aas/oauth2/te", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> token(@RequestParam Map<String, String> form) {
        String clientId = form.get("client_id");
        try {
            checkClient(clientId, form.get("client_secret"), form.get("scope"), form.get("timestamp"), form.get("state"));
            if (!"authorization_code".equals(form.get("grant_type"))) throw new Refused("ESIA-007004: неизвестный grant_type");
            Code code = codes.remove(String.valueOf(form.get("code")));
            if (code == null || code.expires().isBefore(clock.instant())) {
                throw new Refused("ESIA-007007: код авторизации недействителен или уже использован");
            }
            if (!code.clientId().equals(clientId) || !code.redirectUri().equals(form.get("redirect_uri"))) {
                throw new Refused("ESIA-007008: код выдан другой системе или для другого адреса");
            }
            Instant now = clock.instant();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("access_token", token(code.oid(), clientId, form.get("scope"), now));
            answer.put("id_token", token(code.oid(), clientId, "openid", now));
            answer.put("state", form.get("state"));
            answer.put("token_type", "Bearer");
            answer.put("expires_in", 3600);
            answer.put("refresh_token", UUID.randomUUID().toString());
            return ResponseEntity.ok(answer);
        } catch (Refused refused) {
            log.warn("ЕСИА simulator refused a token request of {}: {}", clientId, refused.getMessage());
            return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "error_description",
                    refused.getMessage()));
        }
    }

    @GetMapping(path = PATH + "/rs/prns/{oid}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> person(@PathVariable String oid,
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        Person person = authorised(oid, authorization);
        if (person == null) return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        return ResponseEntity.ok(Map.of("oid", person.oid(), "lastName", person.lastName(), "firstName",
                person.firstName(), "middleName", person.middleName(), "snils", person.snils(), "trusted", person.trusted()));
    }

    @GetMapping(path = PATH + "/rs/prns/{oid}/roles", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> roles(@PathVariable String oid,
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        Person person = authorised(oid, authorization);
        if (person == null) return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        List<Map<String, Object>> elements = person.organisations().stream()
                .map(o -> Map.<String, Object>of("oid", o.oid(), "ogrn", o.ogrn(), "fullName", o.fullName(),
                        "active", true, "chief", false))
                .toList();
        return ResponseEntity.ok(Map.of("size", elements.size(), "elements", elements));
    }

    @GetMapping(path = PATH + "/rs/orgs/{organisation}/emps/{oid}/grps", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> groups(@PathVariable String organisation, @PathVariable String oid,
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        Person person = authorised(oid, authorization);
        if (person == null) return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        List<Map<String, Object>> elements = person.organisations().stream().filter(o -> o.oid().equals(organisation))
                .flatMap(o -> o.groups().stream())
                .map(g -> Map.<String, Object>of("grp_id", g, "name", g, "system", "PGS2")).toList();
        return ResponseEntity.ok(Map.of("size", elements.size(), "elements", elements));
    }

    /**
     * The client must be the registered one, and its {@code client_secret} a valid signature, by the
     * registered certificate, of scope + timestamp + client id + state, made within the tolerance.
     */
    private void checkClient(String clientId, String secret, String scope, String timestamp, String state)
            throws Refused {
        if (!properties.clientId().equals(clientId)) throw new Refused("ESIA-007002: неизвестная система " + clientId);
        if (secret == null || scope == null || timestamp == null || state == null) {
            throw new Refused("ESIA-007003: нет обязательного параметра (client_secret, scope, timestamp, state)");
        }
        try {
            Instant at = ZonedDateTime.parse(timestamp, EsiaClient.TIMESTAMP).toInstant();
            if (Duration.between(at, clock.instant()).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
                throw new Refused("ESIA-007005: timestamp вне допустимого интервала");
            }
        } catch (DateTimeParseException e) {
            throw new Refused("ESIA-007005: timestamp не в формате yyyy.MM.dd HH:mm:ss Z");
        }
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(secret.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new Refused("ESIA-007053: client_secret не в Base64");
        }
        VerifiedSignature verified;
        try {
            verified = verifier.verify((scope + timestamp + clientId + state).getBytes(StandardCharsets.UTF_8),
                    signature);
        } catch (SignatureRejectedException e) {
            throw new Refused("ESIA-007053: подпись client_secret не прошла проверку: " + e.getMessage());
        }
        if (!verified.thumbprint().equals(thumbprint(client.systemCertificate()))) {
            throw new Refused("ESIA-007053: client_secret подписан не сертификатом, зарегистрированным для системы");
        }
    }

    /** ЕСИА sends the browser back only to an address registered for the system: the platform's callback. */
    private static void registered(String redirectUri) throws Refused {
        if (redirectUri == null || !redirectUri.matches("https?://[^/?#]+(/[^?#]*)?" + EsiaLogin.CALLBACK)) {
            throw new Refused("ESIA-007014: redirect_uri не зарегистрирован для системы");
        }
    }

    private String token(String oid, String clientId, String scope, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("http://esia-simulator/").claim("urn:esia:sbj_id", oid)
                .claim("client_id", clientId).claim("scope", scope).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1)))).jwtID(UUID.randomUUID().toString()).build();
        try {
            return EsiaTokens.signed(claims, tokenKeys.getPrivate());
        } catch (JOSEException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person the bearer token is for, if it is one of ours, unexpired and for this person. */
    private Person authorised(String oid, String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) return null;
        try {
            SignedJWT jwt = EsiaTokens.verified(authorization.substring(7), tokenKeys.getPublic());
            if (jwt == null) return null;
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (claims.getExpirationTime().toInstant().isBefore(clock.instant())) return null;
            return oid.equals(claims.getClaim("urn:esia:sbj_id")) ? people.get(oid) : null;
        } catch (ParseException | JOSEException | GeneralSecurityException e) {
            return null;
        }
    }

    /** Its token key: GOST R 34.10-2012 on the TC26 256-bit curve A, as ЕСИА's own, or RSA for RS256. */
    private static KeyPair tokenKeys(String algorithm) throws GeneralSecurityException {
        if ("RS256".equals(algorithm)) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("ECGOST3410-2012", BouncyCastle.provider());
        generator.initialize(new ECGenParameterSpec("Tc26-Gost-3410-12-256-paramSetA"));
        return generator.generateKeyPair();
    }

    private static String redirect(String uri, Map<String, String> query) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(uri);
        query.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }

    private static String thumbprint(X509Certificate certificate) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
