package ru.reglament.workstation.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.reglament.diagrams.ProcessDiagrams;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.shared.NotFoundException;

/**
 * «Процессы»: every loaded version of every process definition, each drawn as the card draws it, so
 * an administrator sees what an application of that version goes through before anyone works one.
 */
@WorkstationPage
class ProcessesPage {

    /** A version in the list; {@code current}: new applications start with it. */
    record VersionLink(String code, int version, String title, boolean current) {
    }

    private final ProcessDefinitions processes;
    private final ProcessDiagrams diagrams;

    ProcessesPage(ProcessDefinitions processes, ProcessDiagrams diagrams) {
        this.processes = processes;
        this.diagrams = diagrams;
    }

    @GetMapping("/admin/processes")
    String processes(@RequestParam(required = false) String process, @RequestParam(required = false) Integer version,
            Locale locale, Model model) {
        List<VersionLink> versions = processes.all().stream()
                .sorted(Comparator.comparing(ProcessDefinition::code)
                        .thenComparing(ProcessDefinition::version, Comparator.reverseOrder()))
                .map(p -> new VersionLink(p.code(), p.version(), p.title(),
                        processes.current(p.code()).version() == p.version()))
                .toList();
        ProcessDefinition shown = shown(process, version, versions);
        model.addAttribute("versions", versions);
        model.addAttribute("shown", shown);
        model.addAttribute("diagram", diagrams.of(shown, locale));
        model.addAttribute("noStatuses", Set.of());
        model.addAttribute("currentSection", "processes");
        return "workstation/processes";
    }

    private ProcessDefinition shown(String process, Integer version, List<VersionLink> versions) {
        if (process == null) {
            VersionLink first = versions.stream().filter(VersionLink::current).findFirst().orElseThrow();
            return processes.version(first.code(), first.version());
        }
        boolean known = versions.stream().anyMatch(v -> v.code().equals(process)
                && (version == null || v.version() == version));
        if (!known) throw new NotFoundException("Нет такого процесса или версии: " + process
                + (version == null ? "" : " v" + version));
        return version == null ? processes.current(process) : processes.version(process, version);
    }
}
