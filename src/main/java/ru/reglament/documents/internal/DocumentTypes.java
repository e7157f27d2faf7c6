package ru.reglament.documents.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.reglament.documents.ApplicationDocuments.DocumentType;
import ru.reglament.shared.YamlResources;

/**
 * The document types and which each service expects, from {@code documents/document-types.yaml}; a
 * bad file stops the start-up naming the file, the entry and the rule.
 */
@Component
class DocumentTypes {

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, List<DocumentType>> byService = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    DocumentTypes(@Value("${reglament.documents.types:documents/document-types.yaml}") String resource) {
        Map<String, Object> root = YamlResources.read(resource);
        List<String> problems = new ArrayList<>();
        Object types = root.get("types");
        if (!(types instanceof Map<?, ?> typeMap) || typeMap.isEmpty()) {
            throw new IllegalStateException(resource + ": types must name at least one document type (code: name)");
        }
        typeMap.forEach((code, name) -> {
            if (!(code instanceof String c) || !c.matches("[A-Z][A-Z0-9_]{1,49}")) {
                problems.add("types." + code + ": a code is 2 to 50 capital letters, digits and _");
            } else if (!(name instanceof String n) || n.isBlank()) {
                problems.add("types." + code + ": needs a name");
            } else {
                names.put(c, n);
            }
        });
        Object services = root.getOrDefault("services", Map.of());
        if (services instanceof Map<?, ?> serviceMap) {
            serviceMap.forEach((service, list) -> {
                List<DocumentType> expected = new ArrayList<>();
                if (!(list instanceof List<?> codes) || codes.isEmpty()) {
                    problems.add("services." + service + ": a list of document type codes");
                    return;
                }
                for (Object code : codes) {
                    if (names.containsKey(String.valueOf(code))) expected.add(new DocumentType((String) code, names.get(code)));
                    else problems.add("services." + service + ": unknown document type " + code);
                }
                byService.put(String.valueOf(service), List.copyOf(expected));
            });
        } else {
            problems.add("services: a map of service code to document types");
        }
        if (!problems.isEmpty()) throw new IllegalStateException(resource + ": " + String.join("; ", problems));
    }

    /** What the service expects; every type for a service the file does not list. */
    List<DocumentType> forService(String serviceCode) {
        List<DocumentType> listed = byService.get(serviceCode);
        if (listed != null) return listed;
        return names.entrySet().stream().map(e -> new DocumentType(e.getKey(), e.getValue())).toList();
    }

    String name(String code) {
        return names.getOrDefault(code, code);
    }
}
