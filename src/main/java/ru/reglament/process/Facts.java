package ru.reglament.process;

import java.util.Set;

/** The facts the engine itself establishes; modules add theirs through {@link FactSource}. */
public final class Facts {

    /** The caller is the application's responsible employee. */
    public static final String CALLER_IS_ASSIGNEE = "caller-is-assignee";
    /** The service has a fee. */
    public static final String PAID_SERVICE = "paid-service";

    public static final Set<String> BUILT_IN = Set.of(CALLER_IS_ASSIGNEE, PAID_SERVICE);

    private Facts() {
    }
}
