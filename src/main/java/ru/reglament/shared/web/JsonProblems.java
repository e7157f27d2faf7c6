package ru.reglament.shared.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import ru.reglament.shared.FieldViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** What was wrong with a JSON body that could not become the request's object, in our field and rule terms. */
final class JsonProblems {

    // Jackson's own wording for a key seen twice under STRICT_DUPLICATE_DETECTION.
    private static final String DUPLICATE = "Duplicate Object property \"";

    private JsonProblems() {
    }

    /** The field at fault when the JSON parsed but does not fit; null when it did not parse at all. */
    static FieldViolation violation(HttpMessageNotReadableException e) {
        JacksonException json = jacksonCause(e);
        if (json == null || json instanceof StreamConstraintsException) return null;
        String path = path(json);
        if (json instanceof UnrecognizedPropertyException unknown) {
            return new FieldViolation(path.isEmpty() ? unknown.getPropertyName() : path, "field.unknown",
                    "Поле не предусмотрено форматом запроса (проверьте написание): " + unknown.getPropertyName());
        }
        String message = json.getOriginalMessage();
        if (json instanceof StreamReadException && message != null && message.startsWith(DUPLICATE)) {
            String key = message.substring(DUPLICATE.length(), Math.max(DUPLICATE.length(), message.indexOf('"', DUPLICATE.length())));
            return new FieldViolation(path.isEmpty() ? key : path + "." + key, "json.duplicate-key",
                    "Поле передано дважды: " + key);
        }
        if (json instanceof DatabindException && !path.isEmpty()) {
            return new FieldViolation(path, "type", "Значение не того типа (строка, число, объект или список)");
        }
        return null;
    }

    static String malformedRule(HttpMessageNotReadableException e) {
        JacksonException json = jacksonCause(e);
        if (json == null) return "body.required";
        return json instanceof StreamConstraintsException ? "json.too-large" : "json.malformed";
    }

    static String malformedMessage(HttpMessageNotReadableException e) {
        return switch (malformedRule(e)) {
            case "body.required" -> "Тело запроса пусто или не прочитано";
            case "json.too-large" -> "JSON превышает допустимые размеры (вложенность, длина значения)";
            default -> "Тело запроса — не корректный JSON";
        };
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json) return json;
        }
        return null;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
