package ru.reglament.process;

import java.util.Set;

/** The facts about an application that transitions may test with {@code when} and {@code unless}. */
public final class Facts {

    public static final String DRAFT_GRANT = "draft-grant";
    public static final String DRAFT_REFUSAL = "draft-refusal";
    public static final String DRAFT_ACCEPTANCE_REFUSAL = "draft-acceptance-refusal";
    /** A grant or refusal draft: what the specialist stage works towards. */
    public static final String DRAFT_DECISION = "draft-decision";
    public static final String PAID_SERVICE = "paid-service";
    public static final String CALLER_IS_ASSIGNEE = "caller-is-assignee";

    public static final Set<String> KNOWN = Set.of(DRAFT_GRANT, DRAFT_REFUSAL, DRAFT_ACCEPTANCE_REFUSAL,
            DRAFT_DECISION, PAID_SERVICE, CALLER_IS_ASSIGNEE);

    private Facts() {
    }
}
