package ru.reglament.applications.internal;

import java.time.Instant;
import ru.reglament.access.Actor;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.Transition;
import ru.reglament.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One action being applied: what the effects read (the application, the
 * caller, the parameters) and what they change (assignee, organisation, number, history details).
 */
public final class ActionExecution {

    private final ApplicationRow application;
    private final ProcessDefinition process;
    private final ProcessAction action;
    private final Transition transition;
    private final Actor actor;
    private final JsonNode params;
    private final Instant now;
    private final PublicService service;
    private final Organisation organisation;
    private final ObjectNode details;
    private int organisationId;
    private Long assigneeId;
    private String registrationNumber;
    private String followUpAction;
    private byte[] upload;
    private boolean decisionDrafted;

    ActionExecution(ApplicationRow application, ProcessDefinition process, ProcessAction action, Transition transition,
            Actor actor, JsonNode params, Instant now, PublicService service, Organisation organisation,
            ObjectNode details, byte[] upload) {
        this.application = application;
        this.process = process;
        this.action = action;
        this.transition = transition;
        this.actor = actor;
        this.params = params;
        this.now = now;
        this.service = service;
        this.organisation = organisation;
        this.details = details;
        this.organisationId = application.organisationId();
        this.assigneeId = application.assigneeId();
        this.registrationNumber = application.registrationNumber();
        this.upload = upload;
    }

    public ApplicationRow application() { return application; }
    public ProcessDefinition process() { return process; }
    public ProcessAction action() { return action; }
    public Transition transition() { return transition; }
    public Actor actor() { return actor; }
    public Instant now() { return now; }
    public PublicService service() { return service; }
    public Organisation organisation() { return organisation; }
    /** Written into the history line of this action. */
    public ObjectNode details() { return details; }
    public int organisationId() { return organisationId; }
    public Long assigneeId() { return assigneeId; }
    public String registrationNumber() { return registrationNumber; }
    public String followUpAction() { return followUpAction; }
    /** Bytes sent with the action (an uploaded document), or null. */
    public byte[] upload() { return upload; }
    public boolean decisionDrafted() { return decisionDrafted; }

    public void assignTo(Long employeeId) { this.assigneeId = employeeId; }
    public void moveTo(int organisationId) { this.organisationId = organisationId; }
    public void registrationNumber(String number) { this.registrationNumber = number; }
    public void markDecisionDrafted() { this.decisionDrafted = true; }
    /** A system action to apply right after this one, written together with it. */
    public void followWith(String systemAction) { this.followUpAction = systemAction; }

    public String text(String name) {
        JsonNode node = params.get(name);
        return node == null || node.isNull() ? null : node.asString().trim();
    }

    public String requiredText(String name, String message) {
        String value = text(name);
        if (value == null || value.isEmpty()) throw new InvalidInputException(name, "required", message);
        return value;
    }

    public JsonNode param(String name) {
        JsonNode node = params.get(name);
        return node == null || node.isNull() ? null : node;
    }
}
