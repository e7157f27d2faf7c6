package ru.reglament.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import ru.reglament.applications.IntakeRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Fingerprints of received requests are stored: the canonical form must give the hashes it always gave. */
class CanonicalTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Canonical canonical = new Canonical(json);

    private static final String REQUEST = """
            {"portalNumber":"EPGU-1","serviceCode":"ARCHIVE","organisationOgrn":"1024701234567",
             "submittedAt":"2026-03-05T10:15:30+03:00","channel":"EPGU","purpose":null,
             "applicant":{"kind":"PERSON","lastName":"Иванов","firstName":"Иван","snils":"112-233-445 95",
               "document":{"type":"PASSPORT_RF","number":"123456","series":null}},
             "fields":{"zeta":1.50,"alpha":[3,null,{"b":null,"a":"x"}],"Ёлка":true,"empty":{},"n":null,
               "big":123456789012345678901234567890}}""";

    @Test
    void aRequestFingerprintedBeforeKeepsItsStoredHash() {
        // Computed when the fingerprint was first stored (a sorted tree written by the default mapper).
        assertThat(HexFormat.of().formatHex(canonical.sha256(read(REQUEST))))
                .isEqualTo(HexFormat.of().formatHex(sortedTreeFingerprint(read(REQUEST))))
                .isEqualTo("476832bac558ed2fe35ab463a770a32a0886603c4e0a9da3a2980d272d4747d7");
    }

    @Test
    void matchesTheSortedTreeFormOnRequestsOfEveryShape() {
        String[] requests = {
                REQUEST,
                "{\"portalNumber\":\"A\"}",
                "{\"portalNumber\":\"A\",\"applicant\":{\"kind\":\"LEGAL\",\"organisationName\":\"ООО \\\"Ромашка\\\"\"},"
                        + "\"representative\":{\"kind\":\"PERSON\",\"document\":{}}}",
                "{\"fields\":{\"list\":[[1,2],[{\"z\":1,\"a\":2}],[]],\"nested\":{\"b\":{\"d\":null,\"c\":\"\\u0000\"}}}}",
                "{\"fields\":{\"B\":1,\"a\":2,\"_\":3,\"10\":4,\"9\":5,\"я\":6,\"Я\":7}}"};
        for (String request : requests) {
            assertThat(canonical.sha256(read(request))).as(request).isEqualTo(sortedTreeFingerprint(read(request)));
        }
    }

    @Test
    void ignoresKeyOrderAndNullsButNotValues() {
        byte[] original = canonical.sha256(read(REQUEST));
        String reordered = """
                {"fields":{"big":123456789012345678901234567890,"empty":{},"Ёлка":true,
                   "alpha":[3,null,{"a":"x"}],"zeta":1.50},
                 "applicant":{"document":{"number":"123456","type":"PASSPORT_RF"},"snils":"112-233-445 95",
                   "firstName":"Иван","lastName":"Иванов","kind":"PERSON"},
                 "channel":"EPGU","submittedAt":"2026-03-05T10:15:30+03:00","organisationOgrn":"1024701234567",
                 "serviceCode":"ARCHIVE","portalNumber":"EPGU-1"}""";
        assertThat(canonical.sha256(read(reordered))).isEqualTo(original);
        assertThat(canonical.sha256(read(REQUEST.replace("Иван\",", "Пётр\",")))).isNotEqualTo(original);
        assertThat(canonical.sha256(read(REQUEST.replace("[3,null,", "[null,3,")))).isNotEqualTo(original);
    }

    private IntakeRequest read(String request) {
        return json.readValue(request, IntakeRequest.class);
    }

    /** The form fingerprints were first stored in: the request as a tree, keys sorted, null members dropped. */
    private byte[] sortedTreeFingerprint(IntakeRequest request) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(sorted(json.valueToTree(request))));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isNull()) fields.put(e.getKey(), sorted(e.getValue()));
            }
            ObjectNode result = json.createObjectNode();
            fields.forEach(result::set);
            return result;
        }
        if (node.isArray()) {
            ArrayNode result = json.createArrayNode();
            node.forEach(item -> result.add(sorted(item)));
            return result;
        }
        return node;
    }
}
