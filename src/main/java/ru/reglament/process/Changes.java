package ru.reglament.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an effect changes: the application's assignee, organisation or registration number, lines of
 * detail for the action's history line, a system action to follow, and domain events to publish once
 * the action is written. Immutable; each method returns a new value, so effects compose:
 * {@code Changes.none().assignTo(id).detail("assigneeName", name)}.
 */
public final class Changes {

    private static final Changes NONE = new Changes(false, null, null, null, false, Map.of(), null, List.of());

    private final boolean changesAssignee;
    private final Long assigneeId;
    private final Integer organisationId;
    private final String registrationNumber;
    private final boolean changesDecision;
    private final Map<String, Object> details;
    private final String followUp;
    private final List<Object> events;

    private Changes(boolean changesAssignee, Long assigneeId, Integer organisationId, String registrationNumber,
            boolean changesDecision, Map<String, Object> details, String followUp, List<Object> events) {
        this.changesAssignee = changesAssignee;
        this.assigneeId = assigneeId;
        this.organisationId = organisationId;
        this.registrationNumber = registrationNumber;
        this.changesDecision = changesDecision;
        this.details = details;
        this.followUp = followUp;
        this.events = events;
    }

    public static Changes none() {
        return NONE;
    }

    /** Makes the employee responsible for the application; null leaves it unassigned. */
    public Changes assignTo(Long employeeId) {
        return new Changes(true, employeeId, organisationId, registrationNumber, changesDecision, details, followUp, events);
    }

    /** Moves the application to another organisation. */
    public Changes moveTo(int organisation) {
        return new Changes(changesAssignee, assigneeId, organisation, registrationNumber, changesDecision, details, followUp,
                events);
    }

    public Changes registrationNumber(String number) {
        return new Changes(changesAssignee, assigneeId, organisationId, number, changesDecision, details, followUp, events);
    }

    /** The action drafted, replaced or signed the application's decision (the card then reads it). */
    public Changes decisionChanged() {
        return new Changes(changesAssignee, assigneeId, organisationId, registrationNumber, true, details, followUp, events);
    }

    /** A detail written into the action's history line (the JSON column {@code details}). */
    public Changes detail(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(key, value);
        return new Changes(changesAssignee, assigneeId, organisationId, registrationNumber, changesDecision,
                Collections.unmodifiableMap(more), followUp, events);
    }

    /** A system action applied right after this one, in the same write. */
    public Changes followWith(String systemAction) {
        return new Changes(changesAssignee, assigneeId, organisationId, registrationNumber, changesDecision, details,
                systemAction, events);
    }

    /** A domain event published in the action's transaction once the application is written. */
    public Changes publish(Object event) {
        List<Object> more = new ArrayList<>(events);
        more.add(event);
        return new Changes(changesAssignee, assigneeId, organisationId, registrationNumber, changesDecision, details,
                followUp, List.copyOf(more));
    }

    /** These changes followed by {@code later}'s: the later effect wins where both set something. */
    public Changes then(Changes later) {
        if (this == NONE) return later;
        if (later == NONE) return this;
        Map<String, Object> allDetails = new LinkedHashMap<>(details);
        allDetails.putAll(later.details);
        List<Object> allEvents = new ArrayList<>(events);
        allEvents.addAll(later.events);
        return new Changes(changesAssignee || later.changesAssignee,
                later.changesAssignee ? later.assigneeId : assigneeId,
                later.organisationId != null ? later.organisationId : organisationId,
                later.registrationNumber != null ? later.registrationNumber : registrationNumber,
                changesDecision || later.changesDecision, Collections.unmodifiableMap(allDetails),
                later.followUp != null ? later.followUp : followUp, List.copyOf(allEvents));
    }

    public boolean changesAssignee() { return changesAssignee; }
    public Long assigneeId() { return assigneeId; }
    public Integer organisationId() { return organisationId; }
    public String registrationNumber() { return registrationNumber; }
    public boolean changesDecision() { return changesDecision; }
    public Map<String, Object> details() { return details; }
    public String followUp() { return followUp; }
    public List<Object> events() { return events; }
}
