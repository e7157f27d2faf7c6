package ru.reglament.applications.internal;

import org.springframework.stereotype.Component;
import ru.reglament.process.EffectCall;

/**
 * Sends the service's configured interagency requests on registration. No service has kinds of
 * information configured until the SMEV module arrives, and with none configured the process moves
 * on to "answers received" at once (DOMAIN.md, `register`). The SMEV module replaces this bean.
 */
@Component
class InteragencyRequestsEffect implements ActionEffect {

    static final String ALL_ANSWERS_RECEIVED = "smev-answers-received";

    @Override
    public String name() {
        return "interagency-requests";
    }

    @Override
    public boolean writesBeyondTheApplication() {
        return false;
    }

    @Override
    public void apply(ActionExecution execution, EffectCall call) {
        execution.details().put("interagencyRequests", 0);
        execution.followWith(ALL_ANSWERS_RECEIVED);
    }
}
