package ru.reglament.printing.internal;

import com.openhtmltopdf.extend.FSSupplier;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Hands openhtmltopdf a fresh stream over font bytes read once at start-up, so no rendering touches
 * the jar. The cache key lets the shared metrics cache recognise the face across renderings.
 */
final class ByteArrayFontSupplier implements FSSupplier<InputStream> {

    private final String name;
    private final byte[] bytes;

    ByteArrayFontSupplier(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    @Override
    public InputStream supply() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public String cacheKey() {
        return "reglament-decisions:" + name;
    }
}
