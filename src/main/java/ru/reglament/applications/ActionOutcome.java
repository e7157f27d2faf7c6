package ru.reglament.applications;

import ru.reglament.process.ProcessAction;

/**
 * What an action did, for whoever asked: the card right after it (with what was looked up to build
 * it), the action as its process defines it, whether it drafted, replaced or signed the decision, and
 * whether the caller may still read the card in full (routing takes it to another organisation).
 */
public record ActionOutcome(OpenCard opened, ProcessAction action, boolean changedDecision, boolean callerReadsInFull) {

    public ApplicationCard card() {
        return opened.card();
    }
}
