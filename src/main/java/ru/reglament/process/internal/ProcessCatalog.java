package ru.reglament.process.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.ProcessEffect;

/** Loads and validates every definition at start-up; the platform does not start with a broken one. */
@Service
class ProcessCatalog implements ProcessDefinitions {

    private static final Logger log = LoggerFactory.getLogger(ProcessCatalog.class);

    private final Map<String, NavigableMap<Integer, ProcessDefinition>> definitions = new ConcurrentHashMap<>();

    ProcessCatalog(List<ProcessEffect> effects,
            @Value("${reglament.processes.location:classpath*:processes/*.yaml}") String location) {
        Set<String> knownEffects = effects.stream().map(ProcessEffect::name).collect(Collectors.toSet());
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                String source = resource.getFilename();
                ProcessDefinition definition = ProcessYaml.parse(source,
                        resource.getContentAsString(StandardCharsets.UTF_8));
                List<String> problems = ProcessValidator.problems(definition, knownEffects);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("Process definition " + source + " is invalid: " + problems);
                }
                definitions.computeIfAbsent(definition.code(), code -> new TreeMap<>())
                        .merge(definition.version(), definition, (a, b) -> {
                            throw new IllegalStateException("Two files define " + a.code() + " version " + a.version());
                        });
                log.info("Loaded process {} version {} from {}", definition.code(), definition.version(), source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!definitions.containsKey("default")) throw new IllegalStateException("No process definition 'default' found");
    }

    @Override
    public ProcessDefinition current(String code) {
        NavigableMap<Integer, ProcessDefinition> versions = definitions.get(code);
        if (versions == null) throw new IllegalArgumentException("Unknown process " + code);
        return versions.lastEntry().getValue();
    }

    @Override
    public ProcessDefinition version(String code, int version) {
        NavigableMap<Integer, ProcessDefinition> versions = definitions.get(code);
        ProcessDefinition definition = versions == null ? null : versions.get(version);
        if (definition == null) throw new IllegalStateException("Process " + code + " version " + version + " is not loaded");
        return definition;
    }

    @Override
    public Collection<ProcessDefinition> all() {
        return definitions.values().stream().flatMap(v -> v.values().stream()).toList();
    }
}
