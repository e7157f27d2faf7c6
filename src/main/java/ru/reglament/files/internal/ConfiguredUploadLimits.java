package ru.reglament.files.internal;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import ru.reglament.files.UploadLimit;
import ru.reglament.files.UploadLimits;

/**
 * The limits from {@code reglament.files.limits}, checked at start-up against the servlet's multipart
 * limit: a form upload larger than that is cut off by the server before the policy sees it, so a
 * policy limit above it could never be reached through a form.
 */
@Component
class ConfiguredUploadLimits implements UploadLimits {

    static final String DEFAULT = "default";

    private final Map<String, UploadLimit> limits = new TreeMap<>();
    private final UploadLimit fallback;

    ConfiguredUploadLimits(UploadLimitProperties properties,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize multipartFileSize) {
        Map<String, DataSize> configured = properties.limits() == null ? Map.of() : properties.limits();
        configured.forEach((kind, size) -> {
            if (size.toBytes() > multipartFileSize.toBytes()) {
                throw new IllegalStateException("reglament.files.limits." + kind + " (" + size
                        + ") is above spring.servlet.multipart.max-file-size (" + multipartFileSize + ")");
            }
            limits.put(kind, new UploadLimit(kind, size.toBytes()));
        });
        fallback = limits.get(DEFAULT);
        if (fallback == null) throw new IllegalStateException("reglament.files.limits.default is not set");
    }

    @Override
    public UploadLimit of(String kind) {
        UploadLimit limit = limits.get(kind);
        return limit != null ? limit : new UploadLimit(kind, fallback.maxBytes());
    }
}
