package ru.reglament.workstation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.reglament.directory.FormField;
import tools.jackson.databind.JsonNode;

/**
 * «Данные заявления»: the form data as the service describes its fields — their labels, in their
 * order, each value shown by its type. What the portal sent beyond that list is shown too, under
 * its own key and marked as not described, so nothing the applicant wrote goes unseen.
 */
@Component
class FormData {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** One line: the label (or the key of a field the service does not describe) and the value as shown. */
    record Line(String label, String value, boolean described) {
    }

    List<Line> of(JsonNode data, List<FormField> fields) {
        List<Line> lines = new ArrayList<>();
        if (data == null || !data.isObject()) return lines;
        Map<String, FormField> byName = new HashMap<>();
        for (FormField field : fields) {
            byName.put(field.name(), field);
            JsonNode value = data.get(field.name());
            if (value != null && !value.isNull()) lines.add(new Line(field.label(), shown(value, field.type()), true));
        }
        for (var entry : data.properties()) {
            if (!byName.containsKey(entry.getKey())) undescribed(lines, entry.getKey(), entry.getValue());
        }
        return lines;
    }

    /** A field the service does not describe: nested objects become «родитель / поле». */
    private void undescribed(List<Line> lines, String label, JsonNode value) {
        if (value.isObject()) {
            for (var entry : value.properties()) undescribed(lines, label + " / " + entry.getKey(), entry.getValue());
        } else if (!value.isNull()) {
            lines.add(new Line(label, shown(value, null), false));
        }
    }

    private static String shown(JsonNode value, String type) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() ? item.asString() : item.toString()));
            return String.join(", ", items);
        }
        if (value.isBoolean()) return value.asBoolean() ? "да" : "нет";
        if (value.isObject()) return value.toString();
        String text = value.asString();
        if ("date".equals(type)) {
            try {
                return DATE.format(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }
}
