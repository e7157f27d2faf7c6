package ru.reglament.workstation.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ru.reglament.applications.StatusView;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.ProcessStatus;

/**
 * Statuses and actions named in the page's language: the definitions' Russian names, or their
 * English ones ({@code en}) on the English workstation; {@code @names} in templates.
 */
@Component("names")
class ProcessNames {

    private final Map<String, ProcessStatus> statuses = new HashMap<>();
    private final Map<String, ProcessAction> actions = new HashMap<>();

    ProcessNames(ProcessDefinitions processes) {
        for (ProcessDefinition process : processes.currentVersions()) {
            process.statuses().values().forEach(s -> statuses.putIfAbsent(s.code(), s));
            process.actions().values().forEach(a -> actions.putIfAbsent(a.code(), a));
        }
    }

    boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    public String status(StatusView status) {
        ProcessStatus known = statuses.get(status.code());
        return known == null ? status.name() : known.name(english());
    }

    public String status(ProcessStatus status) {
        return status.name(english());
    }

    public String action(String code, String label) {
        ProcessAction known = actions.get(code);
        return known == null ? label : known.label(english());
    }
}
