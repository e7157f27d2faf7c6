package ru.reglament.interagency.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.reglament.interagency.InformationKind;
import ru.reglament.shared.YamlResources;

/**
 * The kinds of information and which services request them, read from {@code interagency/kinds.yaml}
 * and checked at start-up: every problem is named with the file, the kind or service, and the rule,
 * and the platform does not start with a catalogue it could not send from.
 */
@Component
class KindCatalog {

    static final Set<String> APPLICANT_KINDS = Set.of("PERSON", "LEGAL", "ENTREPRENEUR");

    /** How the built-in simulator answers a kind: {@code answer} after {@code delay}, or a scenario. */
    record Simulation(String answerTemplate, Duration delay, Scenario scenario) {
    }

    enum Scenario { ANSWER, REJECT, SILENT }

    /** A kind with what only this module needs: its request template and its simulation. */
    record Kind(InformationKind kind, String template, Simulation simulation) {
    }

    private final String resource;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Map<String, List<InformationKind.Requested>> byService = new LinkedHashMap<>();

    KindCatalog(@Value("${reglament.interagency.kinds:interagency/kinds.yaml}") String resource,
            RequestTemplates templates) {
        this.resource = resource;
        load(templates);
    }

    Kind kind(String code) {
        Kind kind = kinds.get(code);
        if (kind == null) throw new IllegalStateException("No kind of information " + code + " in " + resource);
        return kind;
    }

    Collection<Kind> kinds() {
        return kinds.values();
    }

    /** What registration requests for an application of this service and applicant. */
    List<InformationKind.Requested> requestedBy(String serviceCode, String applicantKind) {
        return byService.getOrDefault(serviceCode, List.of()).stream().filter(r -> r.appliesTo(applicantKind)).toList();
    }

    List<InformationKind.Requested> requestedBy(String serviceCode) {
        return byService.getOrDefault(serviceCode, List.of());
    }

    @SuppressWarnings("unchecked")
    private void load(RequestTemplates templates) {
        Map<String, Object> root = YamlResources.read(resource);
        List<String> problems = new ArrayList<>();
        Map<String, Object> kindsYaml = (Map<String, Object>) root.getOrDefault("kinds", Map.of());
        kindsYaml.forEach((code, value) -> {
            Kind kind = kind(code, (Map<String, Object>) value, templates, problems);
            if (kind != null) kinds.put(code, kind);
        });
        Map<Object, Object> services = root == null ? Map.of() : (Map<Object, Object>) root.getOrDefault("services", Map.of());
        services.forEach((service, value) -> {
            String where = "services." + service;
            List<InformationKind.Requested> requested = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Object item : (List<Object>) value) {
                Map<String, Object> entry = (Map<String, Object>) item;
                String code = String.valueOf(entry.get("kind"));
                Kind kind = kinds.get(code);
                if (kind == null) {
                    problems.add(where + ": unknown kind " + code + (kindsYaml.containsKey(code) ? " (refused above)" : ""));
                    continue;
                }
                if (!seen.add(code)) problems.add(where + ": kind " + code + " listed twice");
                Set<String> applicants = new LinkedHashSet<>();
                for (Object a : (List<Object>) entry.getOrDefault("applicants", List.of())) {
                    if (!APPLICANT_KINDS.contains(String.valueOf(a))) {
                        problems.add(where + "." + code + ".applicants: " + a + " is not one of " + APPLICANT_KINDS);
                    }
                    applicants.add(String.valueOf(a));
                }
                requested.add(new InformationKind.Requested(kind.kind(), Boolean.TRUE.equals(entry.get("required")),
                        Set.copyOf(applicants)));
            }
            byService.put(String.valueOf(service), List.copyOf(requested));
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Kinds of information refused: " + resource + ":\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    @SuppressWarnings("unchecked")
    private static Kind kind(String code, Map<String, Object> yaml, RequestTemplates templates, List<String> problems) {
        String where = "kinds." + code;
        int before = problems.size();
        String name = text(yaml, "name", where, problems);
        String provider = text(yaml, "provider", where, problems);
        Map<String, Object> type = yaml.get("messageType") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        String namespace = text(type, "namespace", where + ".messageType", problems);
        String rootElement = text(type, "root", where + ".messageType", problems);
        String template = text(yaml, "template", where, problems);
        int timeout = yaml.get("timeoutDays") instanceof Integer days ? days : 0;
        if (timeout < 1) problems.add(where + ".timeoutDays: a whole number of working days, at least 1");
        if (template != null && namespace != null && rootElement != null) {
            String problem = templates.checkRequest(template, namespace, rootElement);
            if (problem != null) problems.add(where + ".template: " + problem);
        }
        Simulation simulation = simulation(yaml.get("simulator"), where + ".simulator", templates, problems);
        if (problems.size() > before) return null;
        return new Kind(new InformationKind(code, name, provider, namespace, rootElement, timeout), template, simulation);
    }

    @SuppressWarnings("unchecked")
    private static Simulation simulation(Object value, String where, RequestTemplates templates, List<String> problems) {
        Map<String, Object> yaml = value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Scenario scenario;
        try {
            scenario = Scenario.valueOf(String.valueOf(yaml.getOrDefault("scenario", "answer")).toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(where + ".scenario: one of answer, reject, silent");
            return null;
        }
        Duration delay = Duration.ZERO;
        if (yaml.get("delay") != null) {
            try {
                delay = Duration.parse(String.valueOf(yaml.get("delay")));
            } catch (DateTimeParseException e) {
                problems.add(where + ".delay: an ISO-8601 duration such as PT2S");
            }
        }
        String answer = yaml.get("answer") == null ? null : String.valueOf(yaml.get("answer"));
        if (scenario == Scenario.ANSWER && answer == null) problems.add(where + ".answer: the answer's template is required");
        if (answer != null && !templates.exists(RequestTemplates.SIMULATOR + answer)) {
            problems.add(where + ".answer: no template " + answer);
        }
        return new Simulation(answer, delay, scenario);
    }

    private static String text(Map<String, Object> yaml, String key, String where, List<String> problems) {
        Object value = yaml.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            problems.add(where + "." + key + ": required");
            return null;
        }
        return String.valueOf(value).trim();
    }
}
