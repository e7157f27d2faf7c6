package ru.reglament.portal.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.shared.YamlResources;

/**
 * Which of our statuses the applicant's cabinet hears of, and as which code of the portal's status
 * classifier ({@code portal/elk-statuses.yaml}). A bad file stops the start-up naming the file, the
 * entry and the rule: an unknown process or status, a code that is no positive number or has no title.
 */
@Component
class ElkStatuses {

    /** How a status is reported: its code, and whether the signed result goes with it. */
    record Code(int code, boolean result) {
    }

    private final Map<String, Map<String, Code>> byProcess = new HashMap<>();
    private final Map<Integer, String> titles = new TreeMap<>();
    private final int intermediate;

    @SuppressWarnings("unchecked")
    ElkStatuses(@Value("${reglament.portal.statuses:portal/elk-statuses.yaml}") String resource,
            ProcessDefinitions processes) {
        Map<String, Object> root = YamlResources.read(resource);
        List<String> problems = new ArrayList<>();
        if (root.get("titles") instanceof Map<?, ?> titleMap) {
            titleMap.forEach((code, title) -> {
                if (!(code instanceof Integer c) || c < 1) problems.add("titles." + code + ": a code is a positive number");
                else if (!(title instanceof String t) || t.isBlank()) problems.add("titles." + code + ": needs a title");
                else titles.put(c, t);
            });
        } else {
            problems.add("titles: a map of code to the title the cabinet shows");
        }
        intermediate = root.get("intermediate") instanceof Integer c ? c : -1;
        if (!titles.containsKey(intermediate)) problems.add("intermediate: a code listed in titles");
        if (root.get("processes") instanceof Map<?, ?> processMap) {
            processMap.forEach((process, statuses) -> read(String.valueOf(process), statuses, processes, problems));
        } else {
            problems.add("processes: a map of process code to its statuses");
        }
        if (!problems.isEmpty()) throw new IllegalStateException(resource + ": " + String.join("; ", problems));
    }

    private void read(String process, Object statuses, ProcessDefinitions processes, List<String> problems) {
        List<ProcessDefinition> versions = processes.all().stream().filter(p -> p.code().equals(process)).toList();
        if (versions.isEmpty()) {
            problems.add("processes." + process + ": no such process");
            return;
        }
        if (!(statuses instanceof Map<?, ?> statusMap)) {
            problems.add("processes." + process + ": a map of status to {code, result}");
            return;
        }
        Map<String, Code> codes = new HashMap<>();
        statusMap.forEach((status, entry) -> {
            String where = "processes." + process + "." + status;
            if (versions.stream().noneMatch(p -> p.statuses().containsKey(String.valueOf(status)))) {
                problems.add(where + ": no such status in the process");
            } else if (!(entry instanceof Map<?, ?> body) || !(body.get("code") instanceof Integer code)) {
                problems.add(where + ": needs {code: number}");
            } else if (!titles.containsKey(code)) {
                problems.add(where + ": code " + code + " has no title in titles");
            } else {
                codes.put(String.valueOf(status), new Code(code, Boolean.TRUE.equals(body.get("result"))));
            }
        });
        byProcess.put(process, Map.copyOf(codes));
    }

    /** How the status is reported, or null when the cabinet does not hear of it. */
    Code of(String process, String status) {
        Map<String, Code> codes = byProcess.get(process);
        return codes == null ? null : codes.get(status);
    }

    int intermediate() {
        return intermediate;
    }

    String title(int code) {
        return titles.getOrDefault(code, "Статус " + code);
    }
}
