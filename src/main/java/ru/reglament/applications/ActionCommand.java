package ru.reglament.applications;

import java.util.Map;
import ru.reglament.access.Actor;
import ru.reglament.process.Upload;
import tools.jackson.databind.JsonNode;

/**
 * An action asked of an application: its name, the body ({@code version}, the card version the caller
 * saw, and the action's parameters), the files sent with it by parameter name (already read through
 * their upload limits), and who asks.
 */
public record ActionCommand(long applicationId, String action, JsonNode body, Map<String, Upload> files, Actor actor) {

    public ActionCommand {
        files = Map.copyOf(files);
    }

    public ActionCommand(long applicationId, String action, JsonNode body, Actor actor) {
        this(applicationId, action, body, Map.of(), actor);
    }
}
