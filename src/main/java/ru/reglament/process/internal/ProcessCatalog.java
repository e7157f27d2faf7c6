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
import java.util.HashSet;
import java.util.function.Function;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.FactSource;
import ru.reglament.process.Facts;
import ru.reglament.process.ParameterType;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;

/** Loads and validates every definition at start-up; the platform does not start with a broken one. */
@Service
class ProcessCatalog implements ProcessDefinitions {

    private static final Logger log = LoggerFactory.getLogger(ProcessCatalog.class);

    private final Map<String, NavigableMap<Integer, ProcessDefinition>> definitions = new ConcurrentHashMap<>();
    private final List<ProcessDefinition> all;
    private final List<ProcessDefinition> currentVersions;

    ProcessCatalog(List<ActionEffect> effects, List<ParameterType> types, List<FactSource> factSources,
            @Value("${reglament.processes.location:classpath*:processes/*.yaml}") String location) {
        Map<String, ActionEffect> knownEffects = effects.stream()
                .collect(Collectors.toMap(ActionEffect::name, Function.identity()));
        Map<String, ParameterType> knownTypes = types.stream()
                .collect(Collectors.toMap(ParameterType::name, Function.identity()));
        Set<String> knownFacts = new HashSet<>(Facts.BUILT_IN);
        factSources.forEach(source -> knownFacts.addAll(source.facts()));
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                String source = resource.getFilename();
                ProcessDefinition definition = ProcessYaml.parse(source,
                        resource.getContentAsString(StandardCharsets.UTF_8), knownTypes);
                List<String> problems = ProcessValidator.problems(definition, knownEffects, knownFacts);
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
        all = definitions.values().stream().flatMap(v -> v.values().stream()).toList();
        currentVersions = definitions.values().stream().map(v -> v.lastEntry().getValue()).toList();
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
        return all;
    }

    @Override
    public Collection<ProcessDefinition> currentVersions() {
        return currentVersions;
    }
}
