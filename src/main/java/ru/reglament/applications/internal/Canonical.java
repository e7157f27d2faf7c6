package ru.reglament.applications.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request's fingerprint that ignores key order and absent-versus-null, so a retried request is
 * recognised as the same: SHA-256 of its JSON with every object's keys sorted and null members left
 * out, at any depth. Written in one pass by a mapper configured for it; building a sorted tree first
 * cost a third of the intake handler. Fingerprints are stored, so this form must never change.
 */
public final class Canonical {

    private final ObjectWriter writer;

    public Canonical(JsonMapper json) {
        this.writer = json.rebuild()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // Record components are creator properties, which otherwise keep their declaration order.
                .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
                .disable(JsonNodeFeature.WRITE_NULL_PROPERTIES)
                .build()
                .writer();
    }

    public byte[] sha256(Object value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(writer.writeValueAsBytes(value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
