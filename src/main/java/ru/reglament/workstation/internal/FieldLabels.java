package ru.reglament.workstation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * Readable labels for the service form's fields on «Данные заявления», from
 * {@code workstation/field-labels.yaml}; a field without a label shows its own name.
 */
@Component
class FieldLabels {

    /** One line of «Данные заявления»: nested objects become «Родитель / Поле». */
    record Field(String label, String value) {
    }

    private final Map<String, String> labels;

    FieldLabels() {
        try (InputStream in = new ClassPathResource("workstation/field-labels.yaml").getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            Map<String, String> loaded = new java.util.HashMap<>();
            root.forEach((k, v) -> loaded.put(k, String.valueOf(v)));
            this.labels = Map.copyOf(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Field> of(JsonNode fields) {
        List<Field> lines = new ArrayList<>();
        if (fields != null) add(lines, "", fields);
        return lines;
    }

    private void add(List<Field> lines, String prefix, JsonNode node) {
        for (var entry : node.properties()) {
            String label = prefix + labels.getOrDefault(entry.getKey(), entry.getKey());
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                add(lines, label + " / ", value);
            } else if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.isValueNode() ? item.asString() : item.toString()));
                lines.add(new Field(label, String.join(", ", items)));
            } else if (value.isBoolean()) {
                lines.add(new Field(label, value.asBoolean() ? "да" : "нет"));
            } else if (!value.isNull()) {
                lines.add(new Field(label, value.asString()));
            }
        }
    }
}
