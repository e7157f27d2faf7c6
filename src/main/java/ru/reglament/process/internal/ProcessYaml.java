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
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessStatus;
import ru.reglament.process.Transition;
import ru.reglament.staff.Role;

/** Reads a process definition file; any mistake names the file and the place. */
final class ProcessYaml {

    private ProcessYaml() {
    }

    static ProcessDefinition parse(String source, String text) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        Map<String, Object> doc = map(root, source);
        Map<String, ProcessStatus> statuses = new LinkedHashMap<>();
        map(doc.get("statuses"), source + ": statuses").forEach((code, value) -> {
            Map<String, Object> status = map(value, source + ": statuses." + code);
            statuses.put(code, new ProcessStatus(code, string(status.get("name"), source + ": statuses." + code + ".name"),
                    Boolean.TRUE.equals(status.get("final"))));
        });
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
            String comment = action.get("comment") == null ? "optional" : String.valueOf(action.get("comment"));
            String notify = action.get("notify") == null ? "nobody" : String.valueOf(action.get("notify"));
            Object isPublic = action.get("public");
            if (isPublic != null && !(isPublic instanceof Boolean)) {
                throw new IllegalArgumentException(where + ".public: true or false");
            }
            actions.put(code, new ProcessAction(code, string(action.get("label"), where + ".label"),
                    ProcessAction.CommentRule.valueOf(comment.toUpperCase(Locale.ROOT)), List.copyOf(transitions),
                    List.copyOf(effects), ProcessAction.Notify.valueOf(notify.toUpperCase(Locale.ROOT)),
                    Boolean.TRUE.equals(isPublic)));
        });
        Map<String, String> intermediate = new LinkedHashMap<>();
        if (doc.get("intermediateStatuses") != null) {
            map(doc.get("intermediateStatuses"), source + ": intermediateStatuses")
                    .forEach((k, v) -> intermediate.put(k, String.valueOf(v)));
        }
        Map<String, ActionParameter> parameters = new LinkedHashMap<>();
        if (doc.get("parameters") != null) {
            map(doc.get("parameters"), source + ": parameters").forEach((name, value) ->
                    parameters.put(name, parameter(name, map(value, source + ": parameters." + name), source + ": parameters." + name)));
        }
        Object version = doc.get("version");
        if (!(version instanceof Integer)) throw new IllegalArgumentException(source + ": version must be a whole number");
        return new ProcessDefinition(string(doc.get("process"), source + ": process"), (Integer) version,
                string(doc.get("title"), source + ": title"), string(doc.get("initial"), source + ": initial"),
                statuses, actions, intermediate, Map.copyOf(parameters));
    }

    private static ActionParameter parameter(String name, Map<String, Object> p, String where) {
        ActionParameter.Type type;
        try {
            type = ActionParameter.Type.valueOf(string(p.get("type"), where + ".type").toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ".type: one of text, integer, text-list");
        }
        Object max = p.get("max");
        if (type != ActionParameter.Type.INTEGER && !(max instanceof Integer m && m > 0)) {
            throw new IllegalArgumentException(where + ".max: the longest text, a positive whole number");
        }
        return new ActionParameter(name, type, max instanceof Integer m ? m : 0, Boolean.TRUE.equals(p.get("multiline")));
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
