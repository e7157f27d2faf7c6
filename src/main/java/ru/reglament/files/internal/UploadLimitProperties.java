package ru.reglament.files.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** @param limits the largest upload of each kind, e.g. {@code decision-document: 20MB}; {@code default} for the rest */
@ConfigurationProperties("reglament.files")
record UploadLimitProperties(Map<String, DataSize> limits) {
}
