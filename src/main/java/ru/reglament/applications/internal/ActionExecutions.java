package ru.reglament.applications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.reglament.access.Actor;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.Transition;
import ru.reglament.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Helpers for applying actions, kept out of the public face. */
public final class ActionExecutions {

    private static final int MAX_COMMENT = 4000;

    private ActionExecutions() {
    }

    public static Map<String, ActionEffect> byName(List<ActionEffect> effects) {
        return effects.stream().collect(Collectors.toUnmodifiableMap(ActionEffect::name, Function.identity()));
    }

    public static ActionExecution start(ApplicationRow application, ProcessDefinition process, ProcessAction action,
            Transition transition, Actor actor, JsonNode params, Instant now, PublicService service,
            Organisation organisation, ObjectNode details, byte[] upload) {
        return new ActionExecution(application, process, action, transition, actor, params, now, service, organisation,
                details, upload);
    }

    /** The action's comment: required where the definition says so, at most 4000 characters. */
    public static String comment(JsonNode params, ProcessAction action) {
        JsonNode node = params.get("comment");
        String comment = node == null || node.isNull() ? null : node.asString().trim();
        if (comment != null && comment.isEmpty()) comment = null;
        if (comment == null && action.requiresComment()) {
            throw new InvalidInputException("comment", "required", "Заполните комментарий");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "length", "Комментарий длиннее " + MAX_COMMENT + " символов");
        }
        return comment;
    }
}
