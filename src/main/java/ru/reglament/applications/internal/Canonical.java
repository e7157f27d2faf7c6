package ru.reglament.applications.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A request's fingerprint that ignores key order, so a retried request is recognised as the same. */
public final class Canonical {

    private Canonical() {
    }

    public static byte[] sha256(JsonMapper json, Object value) {
        JsonNode tree = sorted(json, json.valueToTree(value));
        try {
            return MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(tree));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sorted(JsonMapper json, JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isNull()) fields.put(e.getKey(), sorted(json, e.getValue()));
            }
            ObjectNode result = json.createObjectNode();
            fields.forEach(result::set);
            return result;
        }
        if (node.isArray()) {
            ArrayNode result = json.createArrayNode();
            node.forEach(item -> result.add(sorted(json, item)));
            return result;
        }
        return node;
    }
}
