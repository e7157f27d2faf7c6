package ru.reglament.process.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.EffectCall;
import ru.reglament.process.ParameterType;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessStatus;
import ru.reglament.process.Transition;
import ru.reglament.staff.Role;

/** Reads a process definition file; any mistake names the file and the place. */
final class ProcessYaml {

    /** Keys of a parameter's declaration that are not the type's own attributes. */
    private static final Set<String> PARAMETER_KEYS = Set.of("type", "required", "label", "max", "multiline");

    private ProcessYaml() {
    }

    static ProcessDefinition parse(String source, String text, Map<String, ParameterType> types) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        Map<String, Object> doc = map(root, source);
        Map<String, ProcessStatus> statuses = new LinkedHashMap<>();
        map(doc.get("statuses"), source + ": statuses").forEach((code, value) -> {
            String where = source + ": statuses." + code;
            Map<String, Object> status = map(value, where);
            boolean isFinal = Boolean.TRUE.equals(status.get("final"));
            statuses.put(code, new ProcessStatus(code, string(status.get("name"), where + ".name"),
                    status.get("en") == null ? null : string(status.get("en"), where + ".en"), isFinal,
                    queue(status.get("queue"), isFinal, where + ".queue")));
        });
        Map<String, ActionParameter> common = parameters(doc.get("commonParameters"), source + ": commonParameters", types);
        Map<String, ProcessAction> actions = new LinkedHashMap<>();
        map(doc.get("actions"), source + ": actions").forEach((code, value) -> {
            String where = source + ": actions." + code;
            Map<String, Object> action = map(value, where);
            List<Transition> transitions = new ArrayList<>();
            for (Object t : list(action.get("transitions"), where + ".transitions")) {
                transitions.add(transition(map(t, where + ".transitions"), where));
            }
            List<EffectCall> effects = new ArrayList<>();
            Object effectList = action.get("effects");
            if (effectList != null) {
                for (Object e : list(effectList, where + ".effects")) effects.add(effect(e, where));
            }
            Object isPublic = action.get("public");
            if (isPublic != null && !(isPublic instanceof Boolean)) {
                throw new IllegalArgumentException(where + ".public: true or false");
            }
            Object repeatable = action.get("repeatable");
            if (repeatable != null && !(repeatable instanceof Boolean)) {
                throw new IllegalArgumentException(where + ".repeatable: true or false");
            }
            String label = string(action.get("label"), where + ".label");
            actions.put(code, new ProcessAction(code, label,
                    action.get("en") == null ? null : string(action.get("en"), where + ".en"),
                    action.get("submit") == null ? label : string(action.get("submit"), where + ".submit"),
                    List.copyOf(transitions), List.copyOf(effects),
                    parameters(action.get("parameters"), where + ".parameters", types),
                    notify(action.get("notify"), where + ".notify"), Boolean.TRUE.equals(isPublic),
                    Boolean.TRUE.equals(repeatable)));
        });
        Map<String, String> intermediate = new LinkedHashMap<>();
        if (doc.get("intermediateStatuses") != null) {
            map(doc.get("intermediateStatuses"), source + ": intermediateStatuses")
                    .forEach((k, v) -> intermediate.put(k, String.valueOf(v)));
        }
        Object version = doc.get("version");
        if (!(version instanceof Integer)) throw new IllegalArgumentException(source + ": version must be a whole number");
        Set<Role> submittedBy = doc.get("submittedBy") == null ? Set.of()
                : roles(doc.get("submittedBy"), source + ": submittedBy");
        return new ProcessDefinition(string(doc.get("process"), source + ": process"), (Integer) version,
                string(doc.get("title"), source + ": title"), string(doc.get("initial"), source + ": initial"),
                statuses, actions, intermediate, submittedBy, common);
    }

    /** {@code assignee}, {@code nobody}, a list of roles, or {@code {roles: […], label: …}}; final statuses have none. */
    private static ProcessStatus.Queue queue(Object value, boolean isFinal, String where) {
        if (value == null) {
            if (isFinal) return ProcessStatus.Queue.NOBODY;
            throw new IllegalArgumentException(where + " is required for a status that is not final: "
                    + "assignee, nobody, a list of roles or {roles: […], label: …}");
        }
        if ("assignee".equals(value)) return ProcessStatus.Queue.ASSIGNEE;
        if ("nobody".equals(value)) return ProcessStatus.Queue.NOBODY;
        if (value instanceof List<?>) return new ProcessStatus.Queue(roles(value, where), false, null, null, false);
        if (value instanceof Map<?, ?>) {
            Map<String, Object> queue = map(value, where);
            for (String key : queue.keySet()) {
                if (!Set.of("roles", "label", "en", "mine").contains(key)) throw new IllegalArgumentException(where + ": unknown key " + key);
            }
            Object mine = queue.get("mine");
            if (mine != null && !(mine instanceof Boolean)) throw new IllegalArgumentException(where + ".mine: true or false");
            return new ProcessStatus.Queue(roles(queue.get("roles"), where + ".roles"), false,
                    queue.get("label") == null ? null : string(queue.get("label"), where + ".label"),
                    queue.get("en") == null ? null : string(queue.get("en"), where + ".en"), Boolean.TRUE.equals(mine));
        }
        throw new IllegalArgumentException(where + ": assignee, nobody, a list of roles or {roles: […], label: …}");
    }

    private static ProcessAction.Notify notify(Object value, String where) {
        if (value == null) return null;
        Map<String, Object> notify = map(value, where);
        String whom = string(notify.get("whom"), where + ".whom");
        ProcessAction.Notify.Whom parsed;
        try {
            parsed = ProcessAction.Notify.Whom.valueOf(whom.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ".whom: assignee or organisation");
        }
        return new ProcessAction.Notify(parsed, string(notify.get("message"), where + ".message"));
    }

    private static Map<String, ActionParameter> parameters(Object value, String where, Map<String, ParameterType> types) {
        Map<String, ActionParameter> parameters = new LinkedHashMap<>();
        if (value == null) return parameters;
        map(value, where).forEach((name, declaration) -> {
            String at = where + "." + name;
            Map<String, Object> p = map(declaration, at);
            String type = string(p.get("type"), at + ".type");
            ParameterType known = types.get(type);
            if (known == null) throw new IllegalArgumentException(at + ".type: unknown type " + type + "; known: "
                    + new java.util.TreeSet<>(types.keySet()));
            Object required = p.get("required");
            if (required != null && !(required instanceof Boolean)) throw new IllegalArgumentException(at + ".required: true or false");
            Object max = p.get("max");
            if (max != null && !(max instanceof Integer m && m > 0)) {
                throw new IllegalArgumentException(at + ".max: the longest text, a positive whole number");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            p.forEach((k, v) -> {
                if (!PARAMETER_KEYS.contains(k)) attributes.put(k, String.valueOf(v));
            });
            ActionParameter parameter = new ActionParameter(name, type, known.shape(), Boolean.TRUE.equals(required),
                    string(p.get("label"), at + ".label"), max == null ? 0 : (Integer) max,
                    Boolean.TRUE.equals(p.get("multiline")), attributes);
            List<String> problems = known.problems(parameter);
            if (!problems.isEmpty()) throw new IllegalArgumentException(at + ": " + String.join("; ", problems));
            parameters.put(name, parameter);
        });
        return parameters;
    }

    private static Transition transition(Map<String, Object> t, String where) {
        Set<String> from = new LinkedHashSet<>();
        for (Object f : list(t.get("from"), where + ".from")) from.add(String.valueOf(f));
        return new Transition(Set.copyOf(from), t.get("to") == null ? null : String.valueOf(t.get("to")),
                roles(t.get("roles"), where + ".roles"), Boolean.TRUE.equals(t.get("assigneeOnly")),
                t.get("assignees") == null ? Set.of() : roles(t.get("assignees"), where + ".assignees"),
                t.get("when") == null ? null : String.valueOf(t.get("when")),
                t.get("unless") == null ? null : String.valueOf(t.get("unless")));
    }

    private static EffectCall effect(Object value, String where) {
        if (value instanceof String name) return new EffectCall(name, Map.of());
        Map<String, Object> single = map(value, where + ".effects");
        if (single.size() != 1) throw new IllegalArgumentException(where + ".effects: one effect per item");
        Map.Entry<String, Object> entry = single.entrySet().iterator().next();
        Map<String, String> arguments = new LinkedHashMap<>();
        map(entry.getValue(), where + ".effects." + entry.getKey()).forEach((k, v) -> arguments.put(k, String.valueOf(v)));
        return new EffectCall(entry.getKey(), Map.copyOf(arguments));
    }

    private static Set<Role> roles(Object value, String where) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object r : list(value, where)) {
            try {
                roles.add(Role.valueOf(String.valueOf(r)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown role " + r);
            }
        }
        if (roles.isEmpty()) throw new IllegalArgumentException(where + ": at least one role");
        return Set.copyOf(roles);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map)) throw new IllegalArgumentException(where + ": expected a mapping");
        return (Map<String, Object>) value;
    }

    private static Collection<?> list(Object value, String where) {
        if (!(value instanceof List<?> l)) throw new IllegalArgumentException(where + ": expected a list");
        return l;
    }

    private static String string(Object value, String where) {
        if (value == null || String.valueOf(value).isBlank()) throw new IllegalArgumentException(where + " is required");
        return String.valueOf(value);
    }
}
